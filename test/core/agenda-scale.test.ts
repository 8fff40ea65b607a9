// reviewAgenda is linear in the report: each suggestion and catalogue entry is read once,
// whatever the number of objectives. Times are for `npm run bench`; these tests count reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  CAUSES,
  type CatalogEntry,
  type ObjectiveAnalysis,
  RED_FLAGS,
  type Report,
  reviewAgenda,
  STATUSES,
  type Status,
  SUGGESTION_STRENGTHS,
  type Suggestion,
  statusSeverity,
} from '../../src/core';
import { Q1_2026 } from '../fixtures/scenarios';

const BASE = analyzeOkrs(
  { cycle: Q1_2026, objectives: [{ id: 'x', title: 'x', progress: 0.5 }] },
  { now: '2026-02-15' },
);
const TEMPLATE = BASE.objectives[0] as ObjectiveAnalysis;

const objective = (id: string, status: Status): ObjectiveAnalysis => ({
  ...TEMPLATE,
  id,
  title: `Objective ${id}`,
  status,
});
const suggestion = (
  causeId: string,
  objectiveIds: string[],
  strength: Suggestion['strength'] = 'strong',
): Suggestion => ({ causeId, strength, objectiveIds, evidence: [] });

/** `value` with `key` behind a getter that counts its reads in `reads.count`. */
function counted<T extends object, K extends keyof T>(value: T, key: K, reads: { count: number }) {
  const field = value[key];
  return Object.defineProperty({ ...value }, key, {
    enumerable: true,
    get: () => {
      reads.count++;
      return field;
    },
  }) as T;
}

describe('reviewAgenda at scale', () => {
  it('reads each suggestion’s objectives and each catalogue id once for 2,000 objectives at risk', () => {
    const count = 2000;
    const ids = Array.from({ length: count }, (_, index) => `o${index}`);
    const suggestionReads = { count: 0 };
    const catalogReads = { count: 0 };
    const catalog: CatalogEntry[] = [...CAUSES, ...RED_FLAGS].map((entry) =>
      counted(entry, 'id', catalogReads),
    );
    const suggestions = [
      // One suggestion per objective, and one naming them all (a capacity imbalance does).
      ...ids.map((id) => suggestion('target.too-aggressive', [id], 'possible')),
      suggestion('team.capacity-imbalance', ids),
    ].map((item) => counted(item, 'objectiveIds', suggestionReads));
    const report: Report = {
      ...BASE,
      objectives: ids.map((id) => objective(id, 'at-risk')),
      suggestions,
    };
    const agenda = reviewAgenda(report, { catalog });
    expect(agenda.plans).toHaveLength(count);
    expect(agenda.problems).toHaveLength(count);
    expect(agenda.problems[1999]?.causes.map((cause) => cause.causeId)).toEqual([
      'team.capacity-imbalance',
      'target.too-aggressive',
    ]);
    // Searching the suggestions per objective read them 2,001 × 4,000 times.
    expect(suggestionReads.count).toBe(count + 1);
    expect(catalogReads.count).toBe(catalog.length);
  });

  it('writes the Markdown of 150,000 objectives (a section spread into one call overflowed the stack)', () => {
    const count = 150_000;
    const report: Report = {
      ...BASE,
      objectives: Array.from({ length: count }, (_, index) => objective(`o${index}`, 'on-track')),
      suggestions: [],
    };
    const { markdown, progress } = reviewAgenda(report);
    expect(progress).toHaveLength(count);
    const lines = markdown.split('\n');
    expect(lines[4]).toBe('- Objective o0: 50%, On track');
    expect(lines[count + 3]).toBe('- Objective o149999: 50%, On track');
  });

  it('gives an objective named twice by one suggestion that cause once', () => {
    const report: Report = {
      ...BASE,
      objectives: [objective('a', 'off-track')],
      suggestions: [suggestion('target.too-aggressive', ['a', 'a'])],
    };
    expect(reviewAgenda(report).problems[0]?.causes.map((cause) => cause.causeId)).toEqual([
      'target.too-aggressive',
    ]);
  });

  it('takes the first catalogue entry of an id that appears twice', () => {
    const first = { ...(CAUSES[0] as CatalogEntry), title: 'First', remedies: ['Try one'] };
    const second = { ...first, title: 'Second', remedies: ['Try two'] };
    const report: Report = {
      ...BASE,
      objectives: [objective('a', 'behind')],
      suggestions: [suggestion(first.id, ['a'])],
    };
    expect(reviewAgenda(report, { catalog: [first, second] }).plans[0]).toEqual({
      objectiveId: 'a',
      title: 'Objective a',
      status: 'behind',
      causeId: first.id,
      causeTitle: 'First',
      remedies: ['Try one'],
    });
  });

  it('finds the same plans and problems as a search per objective, for any report', () => {
    const catalog = [...CAUSES, ...RED_FLAGS];
    // A search per objective, as the agenda once did: the meaning the maps must keep.
    const reference = (report: Report) => {
      const causesOf = (id: string) =>
        report.suggestions
          .filter((s) => s.objectiveIds.includes(id))
          .flatMap((s) => {
            const entry = catalog.find((e) => e.id === s.causeId);
            return entry ? [{ causeId: s.causeId, title: entry.title, strength: s.strength }] : [];
          })
          .sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));
      const severe = report.objectives.filter(
        (o) => statusSeverity(o.status) >= statusSeverity('behind'),
      );
      return {
        plans: severe.map((o) => [o.id, causesOf(o.id)[0]?.causeId ?? null]),
        problems: report.objectives
          .filter((o) => o.status === 'at-risk' || o.status === 'off-track')
          .map((o) => [o.id, causesOf(o.id)]),
      };
    };
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'constructor', '__proto__');
    const causeId = fc.constantFrom(
      ...catalog.slice(0, 6).map((entry) => entry.id),
      'unknown.cause',
      'toString',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(id, fc.constantFrom(...STATUSES)), { maxLength: 8 }),
        fc.array(
          fc.tuple(
            causeId,
            fc.array(id, { maxLength: 5 }),
            fc.constantFrom(...SUGGESTION_STRENGTHS),
          ),
          { maxLength: 8 },
        ),
        (objectives, suggestions) => {
          const report: Report = {
            ...BASE,
            objectives: objectives.map(([key, status]) => objective(key, status)),
            suggestions: suggestions.map(([cause, ids, strength]) =>
              suggestion(cause, ids, strength),
            ),
          };
          const agenda = reviewAgenda(report);
          expect({
            plans: agenda.plans.map((plan) => [plan.objectiveId, plan.causeId]),
            problems: agenda.problems.map((problem) => [problem.objectiveId, problem.causes]),
          }).toEqual(reference(report));
        },
      ),
    );
  });
});

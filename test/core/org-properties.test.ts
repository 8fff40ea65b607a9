import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  analyzeOrg,
  checkReport,
  type ObjectiveInput,
  type OkrSet,
  type OrgReport,
  type OrgUnit,
  STATUSES,
  type TeamInput,
  unitReport,
} from '../../src/core';

const CYCLE = { start: '2026-01-01', end: '2026-04-01' } as const;
const NOW = '2026-02-15';
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

// A tree of teams: each team's parent comes before it, so there is no cycle.
const teamsArb: fc.Arbitrary<TeamInput[]> = fc
  .array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 12 })
  .map((parents) =>
    parents.map((parent, index) => ({
      id: `t${index}`,
      name: `Team ${index}`,
      ...(parent === undefined || index === 0 ? {} : { parentId: `t${parent % index}` }),
    })),
  );

// Progress in 64ths and whole weights: every weighted sum is exact, so the order of summing
// cannot change a status at a threshold.
const objectiveArb = (teamCount: number, committedOnly: boolean) =>
  fc.record(
    {
      team: fc.option(fc.integer({ min: 0, max: teamCount + 1 }), { nil: undefined }),
      progress: fc.integer({ min: 0, max: 80 }).map((k) => k / 64),
      weight: fc.integer({ min: 1, max: 4 }),
      aspirational: committedOnly ? fc.constant(false) : fc.boolean(),
      confidence: fc.option(
        fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
        { nil: undefined },
      ),
      checkIns: fc.array(fc.integer({ min: 0, max: 64 }), { maxLength: 5 }),
    },
    { requiredKeys: ['progress', 'weight', 'aspirational', 'checkIns'] },
  );

type Drawn = ReturnType<typeof objectiveArb> extends fc.Arbitrary<infer T> ? T : never;

const toObjective = (drawn: Drawn, index: number, teamCount: number): ObjectiveInput => ({
  id: `o${index}`,
  title: `Objective ${index}`,
  progress: drawn.progress,
  weight: drawn.weight,
  ...(drawn.aspirational ? { type: 'aspirational' as const } : {}),
  ...(drawn.confidence === undefined ? {} : { confidence: drawn.confidence }),
  // One past the last team names a team that does not exist.
  ...(drawn.team === undefined
    ? {}
    : { team: drawn.team >= teamCount ? 'ghost' : `t${drawn.team}` }),
  checkIns: drawn.checkIns.map((k, at) => ({ at: START + (5 + at * 8) * DAY, progress: k / 64 })),
});

const setArb = (committedOnly = false): fc.Arbitrary<OkrSet> =>
  teamsArb.chain((teams) =>
    fc.array(objectiveArb(teams.length, committedOnly), { maxLength: 30 }).map((drawn) => ({
      cycle: CYCLE,
      teams,
      objectives: drawn.map((d, index) => toObjective(d, index, teams.length)),
    })),
  );

const byId = (org: OrgReport) => new Map(org.units.map((unit) => [unit.id, unit]));

describe('analyzeOrg properties', () => {
  it('puts every objective in exactly one unit, and loses none of the input', () => {
    fc.assert(
      fc.property(setArb(), (set) => {
        const org = analyzeOrg(set, { now: NOW });
        const placed = org.units.flatMap((unit) => unit.objectiveIds).sort();
        expect(placed).toEqual(set.objectives.map((o) => o.id).sort());
        expect(org.objectives).toHaveLength(set.objectives.length);
      }),
    );
  });

  it('counts objectives and statuses of a unit as the sums over its children and its own', () => {
    fc.assert(
      fc.property(setArb(), (set) => {
        const org = analyzeOrg(set, { now: NOW });
        const units = byId(org);
        const statusOf = new Map(org.objectives.map((o) => [o.id, o.status]));
        for (const unit of org.units) {
          const children = unit.childIds.map((id) => units.get(id) as OrgUnit);
          expect(unit.objectiveCount).toBe(
            unit.objectiveIds.length +
              children.reduce((sum, child) => sum + child.objectiveCount, 0),
          );
          for (const status of STATUSES) {
            const own = unit.objectiveIds.filter((id) => statusOf.get(id) === status).length;
            const below = children.reduce((sum, child) => sum + child.statusCounts[status], 0);
            expect(unit.statusCounts[status]).toBe(own + below);
          }
        }
      }),
    );
  });

  it('rolls the weighted mean at the organisation up to the weighted mean of all objectives', () => {
    fc.assert(
      fc.property(setArb(), (set) => {
        const org = analyzeOrg(set, { now: NOW });
        const root = org.units[0] as OrgUnit;
        if (org.objectives.length === 0) {
          expect(root.progress).toBeNull();
          return;
        }
        let sum = 0;
        let total = 0;
        for (const o of org.objectives) {
          sum += Math.min(o.progress, 1) * o.weight;
          total += o.weight;
        }
        expect(root.progress).toBeCloseTo(sum / total, 10);
        expect(root.weight).toBe(total);
      }),
    );
  });

  it('gives the same units whatever the order of teams and objectives, under every rule', () => {
    const shuffled = setArb(true).chain((set) =>
      fc.tuple(
        fc.constant(set),
        fc.shuffledSubarray(set.teams ?? [], { minLength: set.teams?.length ?? 0 }),
        fc.shuffledSubarray(set.objectives, { minLength: set.objectives.length }),
        fc.constantFrom('weighted-mean' as const, 'mean' as const, 'weakest' as const),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([set, teams, objectives, rollup]) => {
        const a = analyzeOrg(set, { now: NOW, rollup });
        const b = analyzeOrg({ ...set, teams, objectives }, { now: NOW, rollup });
        const other = byId(b);
        expect(b.units).toHaveLength(a.units.length);
        for (const unit of a.units) {
          const twin = other.get(unit.id) as OrgUnit;
          expect(twin).toBeDefined();
          expect(twin.parentId).toBe(unit.parentId);
          expect(twin.depth).toBe(unit.depth);
          expect([...twin.childIds].sort()).toEqual([...unit.childIds].sort());
          expect([...twin.objectiveIds].sort()).toEqual([...unit.objectiveIds].sort());
          expect(twin.statusCounts).toEqual(unit.statusCounts);
          expect(twin.status).toBe(unit.status);
          if (unit.progress === null) expect(twin.progress).toBeNull();
          else expect(twin.progress).toBeCloseTo(unit.progress, 12);
          expect(twin.explanation.values.lowest).toBe(unit.explanation.values.lowest);
        }
      }),
    );
  });

  it('equals analyzeOkrs for one team with all the objectives', () => {
    fc.assert(
      fc.property(setArb(), (set) => {
        const objectives = set.objectives.map((o) => ({ ...o, team: 'only' }));
        const flat = { cycle: CYCLE, objectives };
        const org = analyzeOrg({ ...flat, teams: [{ id: 'only', name: 'Only' }] }, { now: NOW });
        const expected = analyzeOkrs(flat, { now: NOW });
        const report = unitReport(org, 'only');
        expect(org.objectives).toEqual(expected.objectives);
        expect(report.objectives).toEqual(expected.objectives);
        expect(report.balance).toEqual(expected.balance);
        expect(report.suggestions).toEqual(expected.suggestions);
      }),
    );
  });

  it('gives every unit a report the widgets accept', () => {
    fc.assert(
      fc.property(
        setArb(),
        fc.constantFrom('weighted-mean' as const, 'mean' as const, 'weakest' as const),
        (set, rollup) => {
          const org = analyzeOrg(set, { now: NOW, rollup });
          for (const unit of org.units) {
            const report = unitReport(org, unit.id);
            expect(checkReport(report).ok).toBe(true);
            const rows = unit.childIds.filter((id) => byId(org).get(id)?.status !== null);
            expect(report.objectives).toHaveLength(rows.length + unit.objectiveIds.length);
          }
          expect(JSON.parse(JSON.stringify(org))).toEqual(org);
        },
      ),
    );
  });
});

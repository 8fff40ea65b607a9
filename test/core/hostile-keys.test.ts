import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  classifyStatus,
  createFormatter,
  formatMessage,
  isAtRiskOrWorse,
  resolveStatusRules,
  STATUS_PRESETS,
  type Status,
  type StatusPreset,
  statusSeverity,
} from '../../src/core';
import { Q1_2026 } from '../fixtures/scenarios';
import { expectClean, issueList } from './helpers';

const NOW = '2026-02-15';
/** Names every plain object inherits: a lookup by one of them must not find the inherited value. */
const PROTOTYPE_KEYS = [
  'constructor',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__proto__',
  'isPrototypeOf',
  '__defineGetter__',
];

describe('strings from data used as message ids', () => {
  it.each(PROTOTYPE_KEYS)('shows the unknown message id %s as itself', (id) => {
    expect(formatMessage(id)).toBe(id);
    expect(createFormatter({ messages: {} }).format(id, {})).toBe(id);
  });

  it.each(PROTOTYPE_KEYS)('names no message through a value %s with a kind', (key) => {
    const text = formatMessage('t', { s: key }, { messages: { t: 'is {s, status}' } });
    expect(text).toBe(`is status.${key}`);
  });

  it('reads a value named like a prototype property only when the values have it', () => {
    const messages = { t: '{constructor} {toString, number} {__proto__}' };
    expect(formatMessage('t', {}, { messages })).toBe(
      '{constructor} {toString, number} {__proto__}',
    );
    const own = JSON.parse('{"constructor": "c", "toString": 2, "__proto__": "p"}');
    expect(formatMessage('t', own, { messages })).toBe('c 2 p');
  });

  it('formats a report that travelled as JSON with prototype-named evidence ids', () => {
    const report = JSON.parse(
      '{"evidence": {"id": "__proto__", "values": {"__proto__": 1, "title": "constructor"}}}',
    );
    expect(formatMessage(report.evidence.id, report.evidence.values)).toBe('__proto__');
    expect(formatMessage('evidence.completed-early', report.evidence.values)).toBe(
      '‘constructor’ was done with {elapsed, percent} of the cycle gone.',
    );
  });

  it('takes values that are not an object as no values', () => {
    const format = createFormatter();
    expect(format.format('status.done', null as never)).toBe('Done');
    expect(format.format('agenda.title', 7 as never)).toBe('OKR review: {cycle}');
  });
});

describe('strings from options used as status preset names', () => {
  it.each(PROTOTYPE_KEYS)('falls back to the default rule for the preset name %s', (name) => {
    const rules = resolveStatusRules(name as StatusPreset);
    expect(rules).toBe(STATUS_PRESETS.default);
    const input = {
      progress: 0.2,
      expected: 0.5,
      projection: 0.4,
      bar: 1,
      elapsed: 0.5,
      confidence: null,
    };
    expect(classifyStatus(input, { statusRules: name as StatusPreset }).status).toBe('at-risk');
  });

  it.each(PROTOTYPE_KEYS)(
    'reports the preset name %s in analyzeOkrs and analyses with the default',
    (name) => {
      const report = analyzeOkrs(
        { cycle: Q1_2026, objectives: [{ id: 'a', title: 'A', progress: 0.2 }] },
        { now: NOW, statusRules: name as StatusPreset },
      );
      expect(issueList(report)).toEqual([['options.statusRules', 'unknown-preset', 'warning']]);
      expect(report.issues[0]?.message).toBe(
        'options.statusRules names no status preset: use ‘default’, ‘score-bands’, ‘gap-points’, ‘pace-ratio’ or ‘forecast’. The default is used instead.',
      );
      // 0.2 at half time projects to 0.4 of the bar: at risk under the projection rule.
      expect(report.objectives[0]).toMatchObject({ status: 'at-risk', rule: 'projection' });
      expectClean(report);
    },
  );
});

describe('strings from data used as status values', () => {
  it.each(PROTOTYPE_KEYS)('ranks the status %s as no status', (status) => {
    expect(statusSeverity(status as Status)).toBe(-1);
    expect(isAtRiskOrWorse(status)).toBe(false);
  });

  it('takes at risk and severely lagging, and only them, as at risk or worse', () => {
    expect(
      ['done', 'ahead', 'on-track', 'not-started', 'behind', 'at-risk', 'off-track'].filter(
        isAtRiskOrWorse,
      ),
    ).toEqual(['at-risk', 'off-track']);
  });

  it.each(PROTOTYPE_KEYS)('analyses objectives and key results with the id %s', (id) => {
    const objectives = JSON.parse(
      JSON.stringify([
        { id, title: id, keyResults: [{ id, title: id, progress: 0.5 }] },
        { id: 'other', title: 'Other', progress: 0.9 },
      ]),
    );
    const report = analyzeOkrs({ cycle: Q1_2026, objectives }, { now: NOW });
    expect(report.objectives.map((o) => o.id)).toEqual([id, 'other']);
    expect(report.objectives[0]?.keyResults[0]?.id).toBe(id);
    expect(report.issues).toEqual([]);
    expectClean(report);
  });
});

import { describe, expect, it } from 'vitest';
import { parseOkrSet } from '../../src/core';
import { hasText, isRecord, joinPath } from '../../src/core/parse';
import { MESSAGES_DE } from '../../src/locales/de';
import { COMPANY, MARKETING, Q1_2026 } from '../fixtures/scenarios';

describe('parseOkrSet', () => {
  it('accepts the reference scenarios and returns their data', () => {
    const result = parseOkrSet(MARKETING);
    expect(result).toEqual({ ok: true, value: MARKETING });
    expect(parseOkrSet(COMPANY).ok).toBe(true);
  });

  it('drops fields it does not know', () => {
    const result = parseOkrSet({ cycle: Q1_2026, objectives: [], extra: 1 });
    expect(result).toEqual({ ok: true, value: { cycle: Q1_2026, objectives: [] } });
  });

  it('reports every problem with its path and a sentence', () => {
    const result = parseOkrSet({
      cycle: { start: '2026-04-01', end: '2026-01-01' },
      objectives: [
        { id: 'a', title: 'A', progress: 0.5 },
        {
          id: 'b',
          title: 'B',
          confidence: 2,
          keyResults: [
            { id: 'k', title: 'K', target: Number.NaN, current: 1 },
            { id: 'k', title: 'K2', start: 3, target: 3, current: 1 },
          ],
          checkIns: [{ at: 'yesterday', progress: 0.1 }],
        },
        { id: 'a', title: '' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: 'cycle.end',
        code: 'cycle-order',
        severity: 'error',
        message: 'The cycle must end after it starts.',
      },
      {
        path: 'objectives[1].keyResults[0].target',
        code: 'not-a-number',
        severity: 'error',
        message: 'objectives[1].keyResults[0].target is not a number.',
      },
      expect.objectContaining({ path: 'objectives[1].keyResults[1].target', code: 'empty-range' }),
      expect.objectContaining({ path: 'objectives[1].keyResults[1].id', code: 'duplicate-id' }),
      {
        path: 'objectives[1].confidence',
        code: 'out-of-range',
        severity: 'error',
        message: 'objectives[1].confidence must be between 0 and 1.',
      },
      expect.objectContaining({ path: 'objectives[1].checkIns[0].at', code: 'invalid-date' }),
      expect.objectContaining({ path: 'objectives[2].title', code: 'empty' }),
      expect.objectContaining({ path: 'objectives[2].id', code: 'duplicate-id' }),
    ]);
  });

  it('reports the wrong kind of input at the root', () => {
    const result = parseOkrSet(null);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: '', code: 'wrong-type', severity: 'error', message: 'input should be an object.' },
      ],
    });
  });

  it('asks for target and current unless a progress is given', () => {
    const result = parseOkrSet({
      cycle: Q1_2026,
      objectives: [
        {
          id: 'o',
          title: 'O',
          keyResults: [
            { id: 'k', title: 'K' },
            { id: 'p', title: 'P', progress: 0.3 },
          ],
        },
      ],
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['objectives[0].keyResults[0].target', 'missing'],
      ['objectives[0].keyResults[0].current', 'missing'],
    ]);
  });

  it('writes its messages in the host’s language', () => {
    const result = parseOkrSet(
      { cycle: Q1_2026, objectives: 'none' },
      { messages: MESSAGES_DE, locale: 'de' },
    );
    expect(result.ok ? '' : result.issues[0]?.message).toBe('objectives sollte eine Liste sein.');
  });

  it('names each field’s problem with its own code', () => {
    const result = parseOkrSet({
      cycle: { start: '2026-01-01', end: '2026-04-01', label: 5 },
      objectives: [
        {
          id: ' ',
          title: 7,
          owner: 1,
          team: null,
          type: 'stretch',
          weight: -1,
          progress: Number.POSITIVE_INFINITY,
          confidence: -0.1,
          createdAt: 'soon',
          checkIns: 'x',
        },
        {
          id: 'b',
          title: 'B',
          weight: '1',
          progress: Number.NEGATIVE_INFINITY,
          confidence: 1.5,
          keyResults: {},
        },
        {
          id: 'c',
          title: 'C',
          keyResults: [
            { id: 'k1', title: 'K1', start: Number.POSITIVE_INFINITY, target: 1, current: 0 },
            { id: 'k3', title: 'K3', target: 10 },
            { id: 'k4', title: 'K4', current: 3, progress: -1, weight: Number.NaN },
            { id: 'k5', title: 'K5', target: 0, current: 1 },
            7,
          ],
          checkIns: [
            { at: 1e20, progress: -1, confidence: 2, note: 3 },
            null,
            { at: new Date(Number.NaN), progress: 0.5 },
          ],
        },
        null,
        { id: 'c', title: 'again' },
      ],
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['cycle.label', 'wrong-type'],
      ['objectives[0].id', 'empty'],
      ['objectives[0].title', 'wrong-type'],
      ['objectives[0].owner', 'wrong-type'],
      ['objectives[0].team', 'wrong-type'],
      ['objectives[0].type', 'not-allowed'],
      ['objectives[0].weight', 'negative'],
      ['objectives[0].progress', 'not-finite'],
      ['objectives[0].confidence', 'out-of-range'],
      ['objectives[0].checkIns', 'wrong-type'],
      ['objectives[0].createdAt', 'invalid-date'],
      // Issue 18: parseOkrSet takes numbers only, and says this one is a number written as text.
      ['objectives[1].weight', 'number-as-text'],
      // -Infinity is reported once, as not finite, not also as negative.
      ['objectives[1].progress', 'not-finite'],
      ['objectives[1].keyResults', 'wrong-type'],
      ['objectives[1].confidence', 'out-of-range'],
      ['objectives[2].keyResults[0].start', 'not-finite'],
      ['objectives[2].keyResults[1].current', 'missing'],
      ['objectives[2].keyResults[2].progress', 'negative'],
      ['objectives[2].keyResults[2].weight', 'not-a-number'],
      ['objectives[2].keyResults[3].target', 'empty-range'],
      ['objectives[2].keyResults[4]', 'wrong-type'],
      ['objectives[2].checkIns[0].at', 'invalid-date'],
      ['objectives[2].checkIns[0].progress', 'negative'],
      ['objectives[2].checkIns[0].confidence', 'out-of-range'],
      ['objectives[2].checkIns[0].note', 'wrong-type'],
      ['objectives[2].checkIns[1]', 'wrong-type'],
      ['objectives[2].checkIns[2].at', 'invalid-date'],
      ['objectives[3]', 'wrong-type'],
      ['objectives[4].id', 'duplicate-id'],
    ]);
    expect(result.ok ? [] : result.issues.slice(0, 3).map((issue) => issue.message)).toEqual([
      'cycle.label should be text.',
      'objectives[0].id must not be empty.',
      'objectives[0].title should be text.',
    ]);
  });

  it('accepts every bound: 0 weights and progress, confidence 0 and 1, a target below the start', () => {
    const set = {
      cycle: { start: '2026-01-01', end: '2026-01-01T00:00:00.001Z' },
      objectives: [
        {
          id: 'x',
          title: 'X',
          type: 'aspirational',
          weight: 0,
          progress: 0,
          confidence: 1,
          keyResults: [{ id: 'k', title: 'K', start: 5, target: 0, current: 5, weight: 0 }],
          // Issue 18: the earliest number date read, 1e11 ms (1973-03-03); 0 would be refused.
          checkIns: [{ at: 1e11, progress: 0, confidence: 0, note: '' }],
          createdAt: new Date(1e11),
        },
      ],
    };
    expect(parseOkrSet(set)).toEqual({ ok: true, value: set });
  });

  it('wants the cycle to end after it starts, and to be there', () => {
    const cycle = (start: string, end: string) =>
      parseOkrSet({ cycle: { start, end }, objectives: [] });
    expect(cycle('2026-01-01', '2026-01-01')).toEqual({
      ok: false,
      issues: [
        {
          path: 'cycle.end',
          code: 'cycle-order',
          severity: 'error',
          message: 'The cycle must end after it starts.',
        },
      ],
    });
    expect(cycle('2026-01-01', '2026-01-02').ok).toBe(true);
    expect(parseOkrSet({ objectives: [] })).toEqual({
      ok: false,
      issues: [{ path: 'cycle', code: 'missing', severity: 'error', message: 'cycle is missing.' }],
    });
  });
});

describe('parseOkrSet on ids that are not text', () => {
  it('reports a repeated id only when it is text, and an equal target and start whatever current is', () => {
    const result = parseOkrSet({
      cycle: Q1_2026,
      objectives: [
        { id: 5, title: 'A', confidence: Number.POSITIVE_INFINITY },
        { id: 5, title: 'B' },
        { id: '', title: 'C' },
        { id: '', title: 'D' },
        {
          id: 'k',
          title: 'K',
          keyResults: [
            { id: 'a', title: 'A', target: 0, current: 'x' },
            { id: 5, title: 'B', progress: 0.1 },
            { id: 5, title: 'C', progress: 0.1 },
          ],
        },
      ],
    });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['objectives[0].id', 'wrong-type'],
      ['objectives[0].confidence', 'not-finite'],
      ['objectives[1].id', 'wrong-type'],
      ['objectives[2].id', 'empty'],
      ['objectives[3].id', 'empty'],
      ['objectives[4].keyResults[0].current', 'wrong-type'],
      ['objectives[4].keyResults[0].target', 'empty-range'],
      ['objectives[4].keyResults[1].id', 'wrong-type'],
      ['objectives[4].keyResults[2].id', 'wrong-type'],
    ]);
  });
});

describe('parse helpers', () => {
  it('joins issue paths with dots and brackets', () => {
    expect(joinPath('', ['objectives', 2, 'keyResults', 0, 'target'])).toBe(
      'objectives[2].keyResults[0].target',
    );
    expect(joinPath('objectives[1]', ['title'])).toBe('objectives[1].title');
    expect(joinPath('', [3])).toBe('[3]');
    expect(joinPath('base', [])).toBe('base');
  });

  it('tells text from white space and records from arrays and null', () => {
    expect([' a ', ' \t\n', '', 5].map(hasText)).toEqual([true, false, false, false]);
    expect([{}, [], null, 'x'].map(isRecord)).toEqual([true, false, false, false]);
  });
});

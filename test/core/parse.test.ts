import { describe, expect, it } from 'vitest';
import { parseOkrSet } from '../../src/core';
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
});

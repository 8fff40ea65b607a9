// Issue 18, "spreadsheet-shaped data in the core" (SPEC §11): numbers and percentages written as
// text are read with a warning; a comma, grouped digits, a number date that is no time of a
// cycle and a date format other than ISO 8601 are never guessed, each with an issue saying what
// it looks like and how to give it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeOkrs, describeIssue, type Issue, parseOkrSet, type Report } from '../../src/core';
import {
  dateInputProblem,
  MAX_DATE_NUMBER,
  MIN_DATE_NUMBER,
  readInputDate,
} from '../../src/core/dates';
import { readNumberText } from '../../src/core/numberText';
import { MESSAGES_DE } from '../../src/locales/de';
import { expectClean, issueList } from './helpers';

const CYCLE = { start: '2026-01-01', end: '2026-04-01' };
// Half the cycle gone: expected progress 0.5.
const NOW = '2026-02-15';
const KR = 'objectives[0].keyResults[0]';

const withKeyResult = (fields: Record<string, unknown>) => ({
  cycle: CYCLE,
  objectives: [{ id: 'o', title: 'Grow', keyResults: [{ id: 'k', title: 'Sign-ups', ...fields }] }],
});
const analyze = (input: unknown) => analyzeOkrs(input, { now: NOW });
const issuesOf = (report: { issues: readonly Issue[] }) =>
  report.issues.map(({ path, code, severity, message }) => ({ path, code, severity, message }));
/** A report without its issues, to compare what was read. */
const figures = (report: Report) => ({ ...report, issues: [] });

describe('numbers written as text', () => {
  it('counts a key result whose target is the text "100" as with 100, with a warning', () => {
    const text = analyze(withKeyResult({ target: '100', current: 60 }));
    const number = analyze(withKeyResult({ target: 100, current: 60 }));
    expect(text.objectives.map((o) => [o.progress, o.status])).toEqual([[0.6, 'on-track']]);
    expect(figures(text)).toEqual(figures(number));
    expect(issuesOf(text)).toEqual([
      {
        path: `${KR}.target`,
        code: 'number-as-text',
        severity: 'warning',
        message: `${KR}.target is a number written as text (‘100’). It is read as 100.`,
      },
    ]);
    expectClean(text);
  });

  it.each([
    [' 42.5 ', 42.5, '‘42.5’'],
    ['1e3', 1000, '‘1e3’'],
    ['-3', -3, '‘-3’'],
    ['+7', 7, '‘+7’'],
    ['.5', 0.5, '‘.5’'],
    ['\u00a012\u00a0', 12, '‘12’'],
  ])('reads %j in current as %d', (given, value, shown) => {
    const report = analyze(withKeyResult({ start: -10, target: 2000, current: given }));
    expect(report.objectives[0]?.keyResults[0]?.rawProgress).toBe((value + 10) / 2010);
    expect(issuesOf(report)).toEqual([
      {
        path: `${KR}.current`,
        code: 'number-as-text',
        severity: 'warning',
        message: `${KR}.current is a number written as text (${shown}). It is read as ${value}.`,
      },
    ]);
  });

  it('reads every numeric field of the input, each with its own warning at its path', () => {
    const report = analyze({
      cycle: CYCLE,
      objectives: [
        {
          id: 'o',
          title: 'O',
          weight: '2',
          confidence: '0.4',
          keyResults: [
            { id: 'k', title: 'K', start: '10', target: '20', current: '15', weight: '3' },
            { id: 'p', title: 'P', progress: '0.25' },
          ],
          checkIns: [{ at: '2026-02-01', progress: '0.3', confidence: '0.5' }],
        },
        { id: 'q', title: 'Q', progress: '0.75' },
      ],
    });
    expect(issueList(report)).toEqual([
      [`${KR}.start`, 'number-as-text', 'warning'],
      [`${KR}.target`, 'number-as-text', 'warning'],
      [`${KR}.current`, 'number-as-text', 'warning'],
      [`${KR}.weight`, 'number-as-text', 'warning'],
      ['objectives[0].keyResults[1].progress', 'number-as-text', 'warning'],
      ['objectives[0].checkIns[0].progress', 'number-as-text', 'warning'],
      ['objectives[0].checkIns[0].confidence', 'number-as-text', 'warning'],
      ['objectives[0].weight', 'number-as-text', 'warning'],
      ['objectives[0].confidence', 'number-as-text', 'warning'],
      ['objectives[1].progress', 'number-as-text', 'warning'],
    ]);
    const [first, second] = report.objectives;
    expect(first?.weight).toBe(2);
    expect(first?.confidence).toBe(0.4);
    expect(first?.keyResults.map((k) => [k.progress, k.weight])).toEqual([
      [0.5, 3],
      [0.25, 1],
    ]);
    // (0.5 × 3 + 0.25 × 1) / 4
    expect(first?.progress).toBe(0.4375);
    expect(first?.history).toEqual([
      { at: Date.parse('2026-02-01T00:00:00Z'), progress: 0.3, confidence: 0.5 },
    ]);
    expect(second?.progress).toBe(0.75);
    expectClean(report);
  });

  it('checks a number read from text like the number: "-2" as a weight is negative', () => {
    const report = analyze(withKeyResult({ target: 10, current: 5, weight: '-2' }));
    expect(issueList(report)).toEqual([
      [`${KR}.weight`, 'number-as-text', 'warning'],
      [`${KR}.weight`, 'negative', 'warning'],
    ]);
    expect(report.objectives[0]?.keyResults[0]?.weight).toBe(1);
  });

  it('reads text too big for a number as not finite, and text that is no number as before', () => {
    const report = analyze(withKeyResult({ target: '1e400', current: 'n/a' }));
    expect(issuesOf(report).slice(0, 2)).toEqual([
      {
        path: `${KR}.target`,
        code: 'not-finite',
        severity: 'error',
        message: `${KR}.target is not a finite number. This key result is left out.`,
      },
      {
        path: `${KR}.current`,
        code: 'wrong-type',
        severity: 'error',
        message: `${KR}.current should be a number. This key result is left out.`,
      },
    ]);
    expectClean(report);
  });

  it.each([['0x10'], ['Infinity'], [''], ['  '], ['1_000'], ['5 apples'], ['%']])(
    'does not read %j, which Number() would partly take',
    (given) => {
      expect(readNumberText(given)).toBeNull();
      const report = analyze(withKeyResult({ target: 10, current: given }));
      expect(issueList(report)[0]).toEqual([`${KR}.current`, 'wrong-type', 'error']);
    },
  );
});

describe('percentages written as text', () => {
  it('reads progress: "60%" as 0.6', () => {
    const report = analyze(withKeyResult({ progress: '60%' }));
    expect(report.objectives[0]?.progress).toBe(0.6);
    expect(report.objectives[0]?.status).toBe('on-track');
    expect(issuesOf(report)).toEqual([
      {
        path: `${KR}.progress`,
        code: 'percent-as-text',
        severity: 'warning',
        message: `${KR}.progress is a percentage written as text (‘60%’). It is read as 0.6.`,
      },
    ]);
  });

  it('reads "60 %" in a confidence, "45%" in a check-in and "25%" in a weight as fractions', () => {
    const report = analyze({
      cycle: CYCLE,
      objectives: [
        {
          id: 'o',
          title: 'O',
          progress: 0.5,
          confidence: '60 %',
          weight: '25%',
          checkIns: [{ at: '2026-02-01', progress: '45%', confidence: '30\u202f%' }],
        },
      ],
    });
    const objective = report.objectives[0];
    expect([objective?.confidence, objective?.weight]).toEqual([0.6, 0.25]);
    expect(objective?.history).toEqual([
      { at: Date.parse('2026-02-01T00:00:00Z'), progress: 0.45, confidence: 0.3 },
    ]);
    expect(issueList(report)).toEqual([
      ['objectives[0].checkIns[0].progress', 'percent-as-text', 'warning'],
      ['objectives[0].checkIns[0].confidence', 'percent-as-text', 'warning'],
      ['objectives[0].weight', 'percent-as-text', 'warning'],
      ['objectives[0].confidence', 'percent-as-text', 'warning'],
    ]);
  });

  it('checks a percentage read as a fraction like the fraction: a confidence of "150%" is 1.5', () => {
    const report = analyze({
      cycle: CYCLE,
      objectives: [{ id: 'o', title: 'O', progress: 0.5, confidence: '150%' }],
    });
    expect(issueList(report)).toEqual([
      ['objectives[0].confidence', 'percent-as-text', 'warning'],
      ['objectives[0].confidence', 'out-of-range', 'warning'],
    ]);
    expect(report.objectives[0]?.confidence).toBeNull();
  });

  it.each([
    ['all percentages', { target: '100%', current: '60%' }, 0.6],
    ['a start of 0 as a number', { start: 0, target: '100%', current: '40%' }, 0.4],
    ['a target of 1 as a fraction', { target: 1, current: '60%' }, 0.6],
    ['a decrease in percentages', { start: '8%', target: '2%', current: '5%' }, 0.5],
    ['fractions as text', { start: '-1', target: '0.5', current: '20%' }, 0.8],
  ])(
    'reads start, target and current in percentages when the others agree: %s',
    (_, fields, progress) => {
      const report = analyze(withKeyResult(fields));
      expect(report.objectives[0]?.keyResults[0]?.progress).toBeCloseTo(progress, 12);
      expect(report.issues.every((issue) => issue.severity === 'warning')).toBe(true);
    },
  );

  it('refuses a percentage next to a plain number beyond 1, naming both, never a wrong progress', () => {
    const report = analyze(withKeyResult({ target: 100, current: '60%' }));
    expect(report.objectives[0]?.keyResults).toEqual([]);
    expect(issuesOf(report)[0]).toEqual({
      path: `${KR}.current`,
      code: 'percent-mixed',
      severity: 'error',
      message: `${KR}.current is a percentage (‘60%’) but ${KR}.target is 100, so it could mean 0.6 or 60: it is not guessed. Give start, target and current all as percentages or fractions from −1 to 1, or all as plain numbers. This key result is left out.`,
    });
    expectClean(report);
  });

  it('names the number written as text a percentage conflicts with', () => {
    const report = analyze(withKeyResult({ start: '5', target: '50%', current: '20%' }));
    expect(issueList(report)).toEqual([
      [`${KR}.start`, 'number-as-text', 'warning'],
      [`${KR}.target`, 'percent-mixed', 'error'],
      [`${KR}.current`, 'percent-mixed', 'error'],
      ['objectives[0]', 'no-progress', 'warning'],
    ]);
    expect(report.issues[1]?.message).toContain(`but ${KR}.start is 5,`);
  });

  it('ignores a conflicting percentage next to a usable progress, which it uses', () => {
    const report = analyze(withKeyResult({ target: 100, current: '60%', progress: 0.3 }));
    expect(report.objectives[0]?.progress).toBe(0.3);
    expect(issueList(report)).toEqual([[`${KR}.current`, 'percent-mixed', 'warning']]);
    expect(report.issues[0]?.message).toMatch(/not guessed\. .* The value is ignored\.$/);
  });
});

describe('separators the core does not guess', () => {
  it('does not read "0,5": the issue says why and where decimal commas are read', () => {
    const report = analyze(withKeyResult({ target: 1, current: '0,5' }));
    expect(report.objectives[0]?.keyResults).toEqual([]);
    expect(issuesOf(report)[0]).toEqual({
      path: `${KR}.current`,
      code: 'decimal-comma',
      severity: 'error',
      message: `${KR}.current has a comma (‘0,5’): a decimal comma or a thousands separator is not guessed. Use a decimal point, or okr-balance/import’s parseOkrCsv, which reads a file’s decimal commas. This key result is left out.`,
    });
  });

  it.each([
    ['1.234,5', 'decimal-comma'],
    ['1,234', 'decimal-comma'],
    ['1,234.5', 'decimal-comma'],
    ['60,5 %', 'decimal-comma'],
    ['1.234.567', 'digit-grouping'],
    ['1 234', 'digit-grouping'],
    ["1'234", 'digit-grouping'],
  ])('does not read %j (%s)', (given, code) => {
    const report = analyze(withKeyResult({ target: 1e7, current: given }));
    expect(issueList(report)[0]).toEqual([`${KR}.current`, code, 'error']);
    expect(report.objectives[0]?.keyResults).toEqual([]);
  });

  it('words grouped digits', () => {
    const report = analyze({
      cycle: CYCLE,
      objectives: [{ id: 'o', title: 'O', progress: 0.5, weight: '1 000' }],
    });
    expect(issuesOf(report)).toEqual([
      {
        path: 'objectives[0].weight',
        code: 'digit-grouping',
        severity: 'warning',
        message:
          'objectives[0].weight has grouped digits (‘1 000’), which are not guessed. Give the plain number, or use okr-balance/import’s parseOkrCsv. The default is used instead.',
      },
    ]);
    expect(report.objectives[0]?.weight).toBe(1);
  });

  it('leaves out a check-in whose progress is "0,4"', () => {
    const report = analyze({
      cycle: CYCLE,
      objectives: [
        { id: 'o', title: 'O', progress: 0.5, checkIns: [{ at: '2026-02-01', progress: '0,4' }] },
      ],
    });
    expect(issueList(report)).toEqual([
      ['objectives[0].checkIns[0].progress', 'decimal-comma', 'error'],
    ]);
    expect(report.issues[0]?.message).toMatch(/This check-in is left out\.$/);
    expect(report.objectives[0]?.history).toEqual([]);
  });
});

describe('dates given as numbers that cannot be a time of a cycle', () => {
  it('does not read a cycle start of 46023 as 46 seconds after 1970: it names the serial day', () => {
    const report = analyze({
      ...withKeyResult({ target: 1, current: 0.5 }),
      cycle: {
        start: 46023,
        end: '2026-04-01',
      },
    });
    expect(report.cycle).toBeNull();
    expect(report.objectives).toEqual([]);
    expect(issuesOf(report)).toEqual([
      {
        path: 'cycle.start',
        code: 'date-serial-day',
        severity: 'error',
        message:
          'cycle.start is 46023, as epoch milliseconds 1970-01-01T00:00:46.023Z, but it looks like a spreadsheet’s serial day: 2026-01-01. Give the date as ISO 8601 text (‘2026-01-01’) or epoch milliseconds (1767225600000). Nothing can be analysed.',
      },
    ]);
    expectClean(report);
  });

  it('does not read seconds as milliseconds: 1767225600 is named as 2026-01-01', () => {
    const report = analyze({ cycle: { start: '2026-01-01', end: 1775001600 }, objectives: [] });
    expect(report.cycle).toBeNull();
    expect(issuesOf(report)).toEqual([
      {
        path: 'cycle.end',
        code: 'date-seconds',
        severity: 'error',
        message:
          'cycle.end is 1775001600, as epoch milliseconds 1970-01-21T13:03:21.600Z, but it looks like seconds since 1970: 2026-04-01. Give the date as ISO 8601 text (‘2026-04-01’) or epoch milliseconds (1775001600000). Nothing can be analysed.',
      },
    ]);
  });

  it.each([
    [1, 'date-serial-day', '1900-01-01'],
    [59, 'date-serial-day', '1900-02-28'],
    // Serial 60 is the 29 February 1900 that spreadsheets count and no calendar has.
    [60, 'date-out-of-range', undefined],
    [61, 'date-serial-day', '1900-03-01'],
    [46022, 'date-serial-day', '2025-12-31'],
    [46023, 'date-serial-day', '2026-01-01'],
    [46023.5, 'date-serial-day', '2026-01-01T12:00:00.000Z'],
    [2958465, 'date-serial-day', '9999-12-31'],
    [1767225600, 'date-seconds', '2026-01-01'],
    [1767225600.5, 'date-seconds', '2026-01-01T00:00:00.500Z'],
    [1767225600000000, 'date-microseconds', '2026-01-01'],
    [0, 'date-out-of-range', undefined],
    [-1767225600000, 'date-out-of-range', undefined],
  ])('describes %d as %s (%s)', (value, code, date) => {
    const problem = dateInputProblem(value);
    expect(problem?.code).toBe(code);
    expect(problem?.values.date).toBe(date);
    expect(readInputDate(value)).toBeNull();
  });

  it('reads number dates from 1e11 ms (1973-03-03) up to, not including, 1e14 ms (year 5138)', () => {
    expect(new Date(MIN_DATE_NUMBER).toISOString()).toBe('1973-03-03T09:46:40.000Z');
    expect(readInputDate(MIN_DATE_NUMBER)).toBe(MIN_DATE_NUMBER);
    expect(readInputDate(MIN_DATE_NUMBER - 1)).toBeNull();
    expect(readInputDate(MAX_DATE_NUMBER - 1)).toBe(MAX_DATE_NUMBER - 1);
    expect(readInputDate(MAX_DATE_NUMBER)).toBeNull();
    expect(dateInputProblem(MAX_DATE_NUMBER)?.values.date).toBe('1973-03-03T09:46:40.000Z');
    // A Date is held to the same band; ISO text is read whenever it is.
    expect(readInputDate(new Date(46023))).toBeNull();
    expect(readInputDate('1970-01-01')).toBe(0);
    expect(dateInputProblem(1767225600000)).toBeNull();
  });

  it('gives a number beyond any Date that no guess makes a date the plain invalid-date', () => {
    expect(dateInputProblem(1e20)).toBeNull();
    expect(dateInputProblem(Number.NaN)).toBeNull();
    const report = analyze({ cycle: { start: 1e20, end: '2026-04-01' }, objectives: [] });
    expect(issueList(report)).toEqual([['cycle.start', 'invalid-date', 'error']]);
  });

  it('leaves out a check-in at a serial day and ignores a createdAt in seconds', () => {
    const report = analyze({
      cycle: CYCLE,
      objectives: [
        {
          id: 'o',
          title: 'O',
          progress: 0.5,
          createdAt: 1767225600,
          checkIns: [
            { at: 46054, progress: 0.2 },
            { at: Date.parse('2026-02-10T00:00:00Z'), progress: 0.4 },
          ],
        },
      ],
    });
    expect(issueList(report)).toEqual([
      ['objectives[0].checkIns[0].at', 'date-serial-day', 'error'],
      ['objectives[0].createdAt', 'date-seconds', 'warning'],
    ]);
    expect(report.issues[0]?.message).toBe(
      'objectives[0].checkIns[0].at is 46054, as epoch milliseconds 1970-01-01T00:00:46.054Z, but it looks like a spreadsheet’s serial day: 2026-02-01. Give the date as ISO 8601 text (‘2026-02-01’) or epoch milliseconds (1769904000000). This check-in is left out.',
    );
    expect(report.objectives[0]?.createdAt).toBeNull();
    expect(report.objectives[0]?.history.map((point) => point.progress)).toEqual([0.4]);
  });

  it('names a number date written as text: a serial day, or epoch milliseconds', () => {
    const report = analyze({ cycle: { start: '46023', end: '1775001600000' }, objectives: [] });
    expect(issueList(report)).toEqual([
      ['cycle.start', 'date-serial-day', 'error'],
      ['cycle.end', 'date-number-text', 'error'],
    ]);
    expect(report.issues[1]?.message).toBe(
      'cycle.end is epoch milliseconds written as text (‘1775001600000’, 2026-04-01). Give the number, or the date as ISO 8601 text. Nothing can be analysed.',
    );
  });
});

describe('dates in other formats than ISO 8601', () => {
  it('rejects "01.01.2026", naming the format and how to give the date', () => {
    const report = analyze({ cycle: { start: '01.01.2026', end: '2026-04-01' }, objectives: [] });
    expect(issuesOf(report)).toEqual([
      {
        path: 'cycle.start',
        code: 'date-format',
        severity: 'error',
        message:
          'cycle.start is a date written as dd.mm.yyyy (‘01.01.2026’), which is not guessed. Give it as ISO 8601 text (2026-01-31), or use okr-balance/import’s parseOkrCsv and its dateOrder option. Nothing can be analysed.',
      },
    ]);
  });

  it.each([
    ['01/02/2026', 'dd/mm/yyyy (mm/dd/yyyy)'],
    ['1-2-2026', 'dd-mm-yyyy (mm-dd-yyyy)'],
    ['1.2.26', 'dd.mm.yy'],
    ['2026/01/31', 'yyyy/mm/dd'],
    ['2026.01.31', 'yyyy.mm.dd'],
    ['31.01.2026 14:30', 'dd.mm.yyyy'],
  ])('names %j as %s', (given, format) => {
    expect(dateInputProblem(given)).toEqual({
      code: 'date-format',
      values: { text: given, format },
    });
  });

  it.each([['2026-02-30'], ['2026-02-30T10:00'], ['soon'], ['Jan 1, 2026']])(
    'gives %j the plain invalid-date',
    (given) => {
      expect(dateInputProblem(given)).toBeNull();
      const report = analyze({
        cycle: CYCLE,
        objectives: [{ id: 'o', title: 'O', progress: 0.1, createdAt: given }],
      });
      expect(issueList(report)).toEqual([['objectives[0].createdAt', 'invalid-date', 'warning']]);
    },
  );
});

describe('parseOkrSet, which takes numbers only', () => {
  it('refuses a number written as text, saying analyzeOkrs reads it', () => {
    const result = parseOkrSet(withKeyResult({ target: '100', current: '0,5' }));
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: `${KR}.target`,
          code: 'number-as-text',
          severity: 'error',
          message: `${KR}.target is a number written as text (‘100’). parseOkrSet takes numbers only; analyzeOkrs reads this with a warning.`,
        },
        {
          path: `${KR}.current`,
          code: 'decimal-comma',
          severity: 'error',
          message: `${KR}.current has a comma (‘0,5’): a decimal comma or a thousands separator is not guessed. Use a decimal point, or okr-balance/import’s parseOkrCsv, which reads a file’s decimal commas.`,
        },
      ],
    });
  });

  it('refuses a serial day, a percentage and a dotted date with their own codes', () => {
    const result = parseOkrSet({
      cycle: { start: 46023, end: '01.04.2026' },
      objectives: [{ id: 'o', title: 'O', progress: '60%' }],
    });
    expect(result.ok ? [] : issueList(result)).toEqual([
      ['cycle.start', 'date-serial-day', 'error'],
      ['cycle.end', 'date-format', 'error'],
      ['objectives[0].progress', 'percent-as-text', 'error'],
    ]);
  });
});

describe('the new issues in other words', () => {
  it('words them in German', () => {
    const report = analyzeOkrs(withKeyResult({ target: '100', current: '60%' }), {
      now: NOW,
      locale: 'de',
      messages: MESSAGES_DE,
    });
    expect(report.issues.map((issue) => issue.message)).toEqual([
      `${KR}.target ist eine als Text geschriebene Zahl („100“). Gelesen wird 100.`,
      `${KR}.current ist ein Prozentwert („60%“), aber ${KR}.target ist 100, gemeint sein kann also 0.6 oder 60: Das wird nicht geraten. Geben Sie Start-, Ziel- und aktuellen Wert alle als Prozentwerte oder Anteile von −1 bis 1 an oder alle als einfache Zahlen. Dieses Key Result wird nicht berücksichtigt.`,
      'objectives[0] hat weder Key Results noch einen Fortschrittswert. Der Fortschritt zählt als 0.',
    ]);
  });

  it.each([
    ['number-as-text', 'warning', 'as-text', 'repaired'],
    ['percent-as-text', 'warning', 'as-text', 'repaired'],
    ['percent-mixed', 'error', 'invalid', 'left-out'],
    ['decimal-comma', 'error', 'separators', 'left-out'],
    ['digit-grouping', 'warning', 'separators', 'repaired'],
    ['date-serial-day', 'error', 'date-number', 'left-out'],
    ['date-seconds', 'error', 'date-number', 'left-out'],
    ['date-microseconds', 'warning', 'date-number', 'repaired'],
    ['date-out-of-range', 'error', 'date-number', 'left-out'],
    ['date-number-text', 'error', 'date-number', 'left-out'],
    ['date-format', 'error', 'date-format', 'left-out'],
  ] as const)('describes %s (%s) for the board as %s, %s', (code, severity, problem, outcome) => {
    const issue = { path: `${KR}.current`, code, severity, message: '' };
    expect(describeIssue(issue, null)).toMatchObject({ problem, outcome, field: 'current' });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

// Every numeric field of the input, with a valid value around it.
const FIELDS = [
  'objectives[0].weight',
  'objectives[0].confidence',
  'objectives[1].progress',
  `${KR}.start`,
  `${KR}.target`,
  `${KR}.current`,
  `${KR}.weight`,
  'objectives[0].keyResults[1].progress',
  'objectives[0].checkIns[0].progress',
  'objectives[0].checkIns[0].confidence',
] as const;

function inputWith(field: string, value: unknown) {
  const input = {
    cycle: CYCLE,
    objectives: [
      {
        id: 'o',
        title: 'O',
        weight: 1,
        confidence: 0.5,
        keyResults: [
          { id: 'k', title: 'K', start: 0, target: 10, current: 4, weight: 1 },
          { id: 'p', title: 'P', progress: 0.5 },
        ],
        checkIns: [{ at: '2026-02-01', progress: 0.3, confidence: 0.6 }],
      },
      { id: 'q', title: 'Q', progress: 0.2 },
    ],
  };
  const keys = field.split(/[.[\]]+/).filter(Boolean);
  let at: Record<string, unknown> = input;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1] as string] = value;
  return input;
}

describe('properties of values written as text', () => {
  it('reads String(x) in any numeric field exactly as x, plus one warning at that field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS),
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1000, max: 1000 }),
          fc.double({ min: -2, max: 2, noNaN: true }),
        ),
        (field, x) => {
          const number = analyze(inputWith(field, x));
          const text = analyze(inputWith(field, String(x)));
          expect(figures(text)).toEqual(figures(number));
          const warnings = text.issues.filter((issue) => issue.code === 'number-as-text');
          expect(warnings.map((issue) => [issue.path, issue.severity])).toEqual([
            [field, 'warning'],
          ]);
          expect(text.issues.filter((issue) => issue.code !== 'number-as-text')).toEqual(
            number.issues,
          );
        },
      ),
    );
  });

  it('reads any finite x followed by % in a progress, confidence or weight as x / 100, plus one warning', () => {
    const scaled = FIELDS.filter((field) => !/\.(start|target|current)$/.test(field));
    fc.assert(
      fc.property(
        fc.constantFrom(...scaled),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('%', ' %', '\u00a0%'),
        (field, x, sign) => {
          const number = analyze(inputWith(field, x / 100));
          const text = analyze(inputWith(field, `${x}${sign}`));
          expect(figures(text)).toEqual(figures(number));
          expect(issueList(text).filter(([, code]) => code === 'percent-as-text')).toEqual([
            [field, 'percent-as-text', 'warning'],
          ]);
          expect(text.issues.filter((issue) => issue.code !== 'percent-as-text')).toEqual(
            number.issues,
          );
        },
      ),
    );
  });

  it('never throws on any string in a numeric field, and never puts NaN in the report', () => {
    const numberLike = fc
      .tuple(
        fc.double({ noDefaultInfinity: true }),
        fc.constantFrom('', '%', ' %', ',5', '.000,1', ' 000', 'e3', 'x'),
        fc.constantFrom('', ' ', '\u00a0', '+'),
      )
      .map(([x, tail, pad]) => `${pad}${String(x)}${tail}${pad}`);
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS),
        fc.oneof(
          fc.string(),
          numberLike,
          fc.string({ unit: fc.constantFrom(...'0123456789.,% -+e') }),
        ),
        (field, text) => {
          const report = analyze(inputWith(field, text));
          expectClean(report);
          expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
          expect(parseOkrSet(inputWith(field, text)).ok).toBe(false);
        },
      ),
    );
  });

  it('never reads a number date outside 1e11 to 1e14 ms, and always says so at its path', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -MIN_DATE_NUMBER, max: MIN_DATE_NUMBER, noNaN: true }),
          fc.double({ min: MAX_DATE_NUMBER, max: 8.64e18, noNaN: true }),
          fc.integer({ min: 1, max: 2958465 }),
        ),
        (value) => {
          fc.pre(value < MIN_DATE_NUMBER || value >= MAX_DATE_NUMBER);
          const report = analyze({ cycle: { start: value, end: '2026-04-01' }, objectives: [] });
          expect(report.cycle).toBeNull();
          expect(report.issues).toHaveLength(1);
          expect(report.issues[0]?.path).toBe('cycle.start');
          expect(report.issues[0]?.code).toMatch(/^(date-|invalid-date$)/);
          expectClean(report);
        },
      ),
    );
  });
});

describe('options.now given as a spreadsheet would', () => {
  it.each([
    [46023, 'date-serial-day', '2026-01-01'],
    [1767225600, 'date-seconds', '2026-01-01'],
    ['15.02.2026', 'date-format', undefined],
  ])('refuses now: %j with what it looks like, and analyses at the default', (now, code, date) => {
    const report = analyzeOkrs(
      {
        cycle: { start: '2026-01-01', end: '2026-04-01' },
        objectives: [{ id: 'a', title: 'A', progress: 0.5 }],
      },
      { now } as never,
    );
    const issue = report.issues.find((each) => each.path === 'options.now');
    expect(issue?.code).toBe(code);
    expect(issue?.severity).toBe('warning');
    if (date) expect(issue?.message).toContain(date);
    expect(issue?.message).toMatch(/The default is used instead\.$/);
    expect(report.now).not.toBe(new Date(typeof now === 'number' ? now : 0).toISOString());
  });
});

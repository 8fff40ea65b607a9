import { beforeEach, describe, expect, it } from 'vitest';
import { type ParseOkrCsvResult, parseOkrCsv } from '../../src/import';
import { IMPORT_MESSAGES_DE } from '../../src/locales/de';
import { fixture, Q1 } from './helpers';

const brief = (
  issues: readonly { code: string; severity: string; row?: number; column?: string }[],
) => issues.map(({ code, severity, row, column }) => [code, severity, row, column]);

describe('a broken file: every problem an issue at its row and column, nothing dropped in silence', () => {
  // Read for each test, not when collected nor once before all of them: Stryker sees what a
  // beforeAll runs as covered by no test (see vitest.stryker.config.ts).
  let result: ParseOkrCsvResult;
  beforeEach(() => {
    result = parseOkrCsv(fixture('broken.csv'));
  });

  it('names each bad cell with its row (the header is row 1) and its column header', () => {
    expect(result.issues).toEqual([
      {
        path: 'rows[2].target',
        code: 'not-a-number',
        severity: 'error',
        message: 'row 2, column "Target": "abc" is not a number',
        row: 2,
        column: 'Target',
      },
      {
        path: 'rows[2]',
        code: 'no-value',
        severity: 'warning',
        message:
          'row 2: key result "New logos" has no target and current, nor a progress; it counts as 0',
        row: 2,
      },
      {
        path: 'rows[3]',
        code: 'no-value',
        severity: 'warning',
        message:
          'row 3: key result "Expansion" has no target and current, nor a progress; it counts as 0',
        row: 3,
      },
      {
        path: 'rows[4]',
        code: 'skipped-row',
        severity: 'error',
        message: 'row 4: no objective title or id, nor one above; the row is left out',
        row: 4,
      },
      {
        path: 'rows[5].endDate',
        code: 'cycle-disagrees',
        severity: 'warning',
        message:
          'row 5, column "End date": "2026-04-30" differs from row 2, whose date the cycle takes',
        row: 5,
        column: 'End date',
      },
      {
        path: 'rows[5].type',
        code: 'unknown-type',
        severity: 'warning',
        message: 'row 5, column "Type": "stretchy" is not a known type; committed is used',
        row: 5,
        column: 'Type',
      },
      {
        path: 'rows[6]',
        code: 'extra-cells',
        severity: 'warning',
        message: 'row 6: cells beyond the last column are left out (1)',
        row: 6,
      },
      {
        path: 'rows[6].startDate',
        code: 'not-a-date',
        severity: 'error',
        message: 'row 6, column "Start date": "someday" is not a date',
        row: 6,
        column: 'Start date',
      },
    ]);
  });

  it('still reads every good row, the cycle from the first row that gives one', () => {
    expect(result.ok).toBe(true);
    expect(result.value?.cycle).toEqual({ start: '2026-01-01', end: '2026-04-01' });
    expect(result.value?.objectives.map(({ title }) => title)).toEqual([
      'Grow revenue',
      'Hire well',
      'Cut cost',
    ]);
    expect(result.value?.objectives[1]).toEqual({
      id: 'Hire well',
      title: 'Hire well',
      keyResults: [{ id: '1', title: 'Engineers', target: 5, current: 2 }],
    });
  });

  it('lists the column it read nothing from', () => {
    expect(result.mapping.unused).toEqual(['Notes']);
  });
});

describe('bad cells in numbered and percentage columns', () => {
  it('gives a wide file’s bad cell the path of its key result', () => {
    const text = 'title,key_result_1_title,key_result_1_target,key_result_1_current\nA,KR,ten,3\n';
    const { issues } = parseOkrCsv(text, { cycle: Q1 });
    expect(issues[0]).toEqual({
      path: 'rows[2].keyResults[0].target',
      code: 'not-a-number',
      severity: 'error',
      message: 'row 2, column "key_result_1_target": "ten" is not a number',
      row: 2,
      column: 'key_result_1_target',
    });
  });

  it('says which point in a decimal-comma column is neither mark', () => {
    const text = 'Objective;Key result;Target;Current\nA;KR;10;1,5\nB;KR;10;2.5\n';
    const result = parseOkrCsv(text, { cycle: Q1 });
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'row 3, column "Current": "2.5" is not a number',
      'row 3: key result "KR" has no target and current, nor a progress; it counts as 0',
    ]);
    expect(result.value?.objectives[0]?.keyResults).toEqual([
      { id: '1', title: 'KR', target: 10, current: 1.5 },
    ]);
  });

  it('names a column without a header by its letter', () => {
    const text = 'Objective,Key result,Target,\nA,KR,5,x\n';
    const result = parseOkrCsv(text, { cycle: Q1, mapping: { current: 'D' } });
    expect(result.mapping.unused).toEqual(['D']);
    expect(brief(result.issues)).toEqual([
      ['unknown-column', 'warning', undefined, 'D'],
      ['no-value', 'warning', 2, undefined],
    ]);
  });
});

describe('files that give no OKR set', () => {
  it.each([
    ['an empty text', ''],
    ['a BOM alone', '\uFEFF'],
    ['blank lines', '\n\n\n'],
    ['an empty header', ',,\n,,\n'],
  ])('reports %s as empty', (_, text) => {
    const result = parseOkrCsv(text);
    expect(result).toMatchObject({ ok: false, value: null });
    expect(brief(result.issues)).toEqual([['empty', 'error', undefined, undefined]]);
  });

  it('asks for a title column when no column holds titles', () => {
    const result = parseOkrCsv('Owner,Notes\nana,hi\n', { cycle: Q1 });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        path: '',
        code: 'no-title-column',
        severity: 'error',
        message:
          'No column holds the objectives\' titles (such as "Objective", "Title" or "Name").',
      },
    ]);
    expect(result.mapping.unused).toEqual(['Notes']);
  });

  it('asks for a cycle when neither options.cycle nor date columns give one', () => {
    const result = parseOkrCsv('Objective,Progress\nA,0.5\n');
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ code, message }) => [code, message])).toEqual([
      ['no-cycle', 'No cycle: give options.cycle, or start and end date columns.'],
    ]);
  });

  it('says so when the header is all there is', () => {
    const result = parseOkrCsv('Objective,Progress\n', { cycle: Q1 });
    expect(result.ok).toBe(false);
    expect(brief(result.issues)).toEqual([['no-objectives', 'error', undefined, undefined]]);
  });
});

describe('a host’s mapping and texts', () => {
  const text = 'Ziel;Kennzahl;Soll;Ist;Bemerkung\nUmsatz steigern;Neukunden;40;30;gut\n';

  it('reads the columns a host maps, by name compared without case or spacing, and returns them', () => {
    const result = parseOkrCsv(text, {
      cycle: Q1,
      mapping: { objective: 'ziel', keyResult: 'KENNZAHL', target: 'Soll', current: ' Ist ' },
    });
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toEqual([
      {
        id: 'Umsatz steigern',
        title: 'Umsatz steigern',
        keyResults: [{ id: '1', title: 'Neukunden', target: 40, current: 30 }],
      },
    ]);
    expect(result.mapping.fields).toEqual({
      objective: 'Ziel',
      keyResult: 'Kennzahl',
      target: 'Soll',
      current: 'Ist',
    });
    expect(result.mapping.unused).toEqual(['Bemerkung']);
  });

  it('lets a mapped column win over one the importer would have chosen', () => {
    const result = parseOkrCsv('Title,Name\nfirst,second\n', {
      cycle: Q1,
      mapping: { objective: 'Name' },
    });
    expect(result.value?.objectives.map(({ title }) => title)).toEqual(['second']);
    expect(result.mapping.unused).toEqual(['Title']);
  });

  it('warns about a mapped column the file does not have', () => {
    const result = parseOkrCsv(text, { cycle: Q1, mapping: { objective: 'Ziel', owner: 'Owner' } });
    expect(result.issues[0]).toEqual({
      path: 'owner',
      code: 'unknown-column',
      severity: 'warning',
      message: 'The mapping reads owner from column "Owner", which the file does not have.',
      column: 'Owner',
    });
  });

  it('writes the issues in German with IMPORT_MESSAGES_DE', () => {
    const result = parseOkrCsv(fixture('broken.csv'), { messages: IMPORT_MESSAGES_DE });
    expect(result.issues.map(({ message }) => message).slice(0, 1)).toEqual([
      'Zeile 2, Spalte „Target“: „abc“ ist keine Zahl',
    ]);
    expect(result.issues.at(-1)?.message).toBe(
      'Zeile 6, Spalte „Start date“: „someday“ ist kein Datum',
    );
  });

  it('falls back to English for a text a host catalogue leaves out or gives as no text', () => {
    const messages = { 'import.not-a-date': 42 } as never;
    const result = parseOkrCsv(fixture('broken.csv'), { messages });
    expect(result.issues.at(-1)?.message).toBe(
      'row 6, column "Start date": "someday" is not a date',
    );
  });
});

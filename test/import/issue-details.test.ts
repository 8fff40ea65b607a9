import { describe, expect, it } from 'vitest';
import { parseOkrCsv } from '../../src/import';
import { Q1 } from './helpers';

const read = (text: string, options = {}) => parseOkrCsv(text, { cycle: Q1, ...options });

describe('each issue in full: its severity, path, row and column, and no key it does not fill', () => {
  it('gives a column-wide warning a column and no row', () => {
    const { issues } = read('Objective,Progress\nA,0.5\nB,2\n');
    expect(issues).toStrictEqual([
      {
        path: '',
        code: 'ambiguous-scale',
        severity: 'warning',
        message:
          'column "Progress": its numbers, up to 2, leave the scale open; read as 0–100; set options.progressScale if that is wrong',
        column: 'Progress',
      },
    ]);
  });

  it('says an undecided decimal mark as a warning on its column', () => {
    const { issues } = read('Objective;Key result;Target;Current\nA;KR;2.500;1\n');
    expect(issues).toStrictEqual([
      {
        path: '',
        code: 'ambiguous-decimal',
        severity: 'warning',
        message: 'column "Target": "2.500" read as 2500; set options.decimal if that is wrong',
        column: 'Target',
      },
    ]);
  });

  it('says an undecided day-first date order as a warning, naming dd/mm/yyyy', () => {
    const text = 'Objective;Progress;Start date;End date\nA;0,5;01/02/2026;04/03/2026\n';
    expect(parseOkrCsv(text).issues).toStrictEqual([
      {
        path: '',
        code: 'ambiguous-date-order',
        severity: 'warning',
        message:
          'column "Start date": "01/02/2026" read as dd/mm/yyyy; set options.dateOrder if that is wrong',
        column: 'Start date',
      },
    ]);
  });

  it('gives a row-wide problem a row and a path, and no column', () => {
    const { issues } = read('Objective,Key result\nA,KR\n');
    expect(issues).toStrictEqual([
      {
        path: 'rows[2]',
        code: 'no-value',
        severity: 'warning',
        message: 'row 2: key result "KR" has no target and current, nor a progress; it counts as 0',
        row: 2,
      },
    ]);
  });

  it('gives an unknown parent a warning at the parent column', () => {
    const { issues } = read('Row ID,Parent Row IDs,Goal Title,Progress\n1,9,A,0.5\n');
    expect(issues).toStrictEqual([
      {
        path: 'rows[2].parent',
        code: 'unknown-parent',
        severity: 'warning',
        message:
          'row 2, column "Parent Row IDs": no row has the id "9"; the row is read as an objective',
        row: 2,
        column: 'Parent Row IDs',
      },
    ]);
  });

  it('gives a file-wide error no row, column or path', () => {
    expect(parseOkrCsv('Objective,Progress\nA,0.5\n').issues).toStrictEqual([
      {
        path: '',
        code: 'no-cycle',
        severity: 'error',
        message: 'No cycle: give options.cycle, or start and end date columns.',
      },
    ]);
  });

  it('warns about each type it does not know, and reads the row as an objective', () => {
    const text =
      'Objective,Type,Progress\nA,Commitment,0.5\nB,Non-stretch,0.5\nC,Sub-goal,0.5\nD,Goals,0.5\nE,Uncommitted,0.5\nF,OKR,0.5\n';
    const result = read(text);
    expect(result.value?.objectives.map(({ id, type }) => [id, type])).toEqual([
      ['A', undefined],
      ['B', undefined],
      ['C', undefined],
      ['D', undefined],
      ['E', undefined],
      ['F', undefined],
    ]);
    expect(
      result.issues.map(({ row, severity, path, message }) => [row, severity, path, message]),
    ).toEqual([
      [
        2,
        'warning',
        'rows[2].type',
        'row 2, column "Type": "Commitment" is not a known type; committed is used',
      ],
      [
        3,
        'warning',
        'rows[3].type',
        'row 3, column "Type": "Non-stretch" is not a known type; committed is used',
      ],
      [
        4,
        'warning',
        'rows[4].type',
        'row 4, column "Type": "Sub-goal" is not a known type; committed is used',
      ],
      [
        5,
        'warning',
        'rows[5].type',
        'row 5, column "Type": "Goals" is not a known type; committed is used',
      ],
      [
        6,
        'warning',
        'rows[6].type',
        'row 6, column "Type": "Uncommitted" is not a known type; committed is used',
      ],
    ]);
  });

  it('names columns past Z as a spreadsheet does: AA, AB … AZ, BA', () => {
    const result = read(`Objective${','.repeat(52)}\nA\n`);
    const unused = result.mapping.unused;
    expect(unused).toHaveLength(52);
    expect([unused[0], unused[24], unused[25], unused[26], unused[50], unused[51]]).toEqual([
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
    ]);
  });

  it('fills a host text’s placeholder that the issue has no value for with nothing', () => {
    const result = parseOkrCsv('Objective,Progress\nA,0.5\n', {
      messages: { 'import.no-cycle': 'No cycle{row} (see {help}).' },
    });
    expect(result.issues.map(({ message }) => message)).toEqual(['No cycle (see ).']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseOkrCsv } from '../../src/import';
import { Q1 } from './helpers';

describe('options that override what the importer detects', () => {
  it('reads "1,500" as one and a half with options.decimal a comma, in a comma file', () => {
    const text = 'Objective,Key result,Target,Current\nA,KR,"1,500",1\n';
    expect(parseOkrCsv(text, { cycle: Q1 }).value?.objectives[0]?.keyResults?.[0]?.target).toBe(
      1500,
    );
    const result = parseOkrCsv(text, { cycle: Q1, decimal: ',' });
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives[0]?.keyResults?.[0]?.target).toBe(1.5);
  });

  it('reads month first with options.dateOrder mdy, in a file with decimal commas', () => {
    const text = 'Objective;Progress;Start date;End date\nA;0,5;01/02/2026;04/03/2026\n';
    const result = parseOkrCsv(text, { dateOrder: 'mdy' });
    expect(result.issues).toEqual([]);
    expect(result.mapping.dateOrder).toBe('mdy');
    expect(result.value?.cycle).toEqual({ start: '2026-01-02', end: '2026-04-04' });
  });

  it('ignores a cycle that is no object and takes the date columns', () => {
    const text = 'Objective,Progress,Start date,End date\nA,0.5,2026-01-01,2026-03-31\n';
    const result = parseOkrCsv(text, { cycle: 'Q1 2026' as never });
    expect(result.value?.cycle).toEqual({ start: '2026-01-01', end: '2026-04-01' });
    expect(result.mapping.fields).toMatchObject({ startDate: 'Start date', endDate: 'End date' });
  });
});

describe('the cycle from date columns', () => {
  const file = (...ends: string[]) =>
    `Objective,Progress,Start date,End date\n${ends.map((end, at) => `O${at},0.5,2026-01-01,${end}`).join('\n')}\n`;

  it('takes the same day written two ways as one date, with no warning', () => {
    const result = parseOkrCsv(file('2026-03-31', '31.03.2026', '46112'));
    expect(result.issues).toEqual([]);
    expect(result.value?.cycle).toEqual({ start: '2026-01-01', end: '2026-04-01' });
  });

  it('warns once per column about dates that differ from the first row’s, which it keeps', () => {
    const result = parseOkrCsv(file('2026-03-31', '2026-04-30', '2026-05-31', '2026-03-31'));
    expect(result.issues).toStrictEqual([
      {
        path: 'rows[3].endDate',
        code: 'cycle-disagrees',
        severity: 'warning',
        message:
          'row 3, column "End date": "2026-04-30" differs from row 2, whose date the cycle takes',
        row: 3,
        column: 'End date',
      },
    ]);
    expect(result.value?.cycle).toEqual({ start: '2026-01-01', end: '2026-04-01' });
  });

  it('asks for a cycle when only the end date column holds a date', () => {
    const result = parseOkrCsv('Objective,Progress,End date\nA,0.5,2026-03-31\n');
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ code }) => code)).toEqual(['no-cycle']);
  });

  it('reads a part of 12 as deciding nothing: only a part above 12 decides the order', () => {
    const text = (start: string, end: string) =>
      `Objective,Progress,Start date,End date\nA,0.5,${start},${end}\n`;
    const dayTwelve = parseOkrCsv(text('12/01/2026', '12/03/2026'));
    expect(dayTwelve.mapping.dateOrder).toBe('mdy');
    expect(dayTwelve.issues.map(({ code }) => code)).toEqual(['ambiguous-date-order']);
    const monthTwelve = parseOkrCsv(text('01/12/2026', '03/12/2026'));
    expect(monthTwelve.mapping.dateOrder).toBe('mdy');
    expect(monthTwelve.issues.map(({ code }) => code)).toEqual(['ambiguous-date-order']);
  });
});

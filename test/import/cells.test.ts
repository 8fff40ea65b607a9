import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseOkrCsv, readDate, readNumber } from '../../src/import';
import { Q1 } from './helpers';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('delimiter detection', () => {
  it.each([
    ['commas', 'Objective,Target,Current\nA,1,2\n', ','],
    ['semicolons', 'Objective;Target;Current\nA;1,5;2\n', ';'],
    ['tabs', 'Objective\tTarget\tCurrent\nA\t1,5\t2\n', '\t'],
    [
      'semicolons, with commas inside quoted titles',
      'Objective;Target\n"Grow, then hold";1\n"A, B, C";2\n',
      ';',
    ],
    [
      'commas, with semicolons and tabs inside quoted titles',
      'Objective,Target\n"a;b;c\td",1\n"x;y",2\n',
      ',',
    ],
    ['commas, with a quoted line break', 'Objective,Target\n"two\nlines; here",1\nB,2\n', ','],
    ['a comma for a single column', 'Objective\nA\n', ','],
  ] as const)('finds %s', (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('reads quoted delimiters as text and lets options.delimiter override the detection', () => {
    const text = 'Objective;Key result;Progress\n"Grow; then hold";"KR; one";50%\n';
    expect(parseOkrCsv(text, { cycle: Q1 }).value?.objectives[0]).toEqual({
      id: 'Grow; then hold',
      title: 'Grow; then hold',
      keyResults: [{ id: '1', title: 'KR; one', progress: 0.5 }],
    });
    const forced = parseOkrCsv(text, { cycle: Q1, delimiter: ',' });
    expect(forced.mapping.delimiter).toBe(',');
    expect(forced.ok).toBe(false);
  });
});

describe('numbers with either decimal mark', () => {
  it.each([
    ['1,5', ',', 1.5],
    ['1.234,5', ',', 1234.5],
    ['1.234.567', ',', 1234567],
    ['-0,25', ',', -0.25],
    ['1 234,5', ',', 1234.5],
    ['1\u00a0234,5', ',', 1234.5],
    ['1.5', '.', 1.5],
    ['1,234.5', '.', 1234.5],
    ['1,234', '.', 1234],
    ["1'234.5", '.', 1234.5],
    ['+7', '.', 7],
    ['.5', '.', 0.5],
  ] as const)('reads %s with %s as the decimal mark as %d', (text, mark, value) => {
    expect(readNumber(text, mark)).toBe(value);
  });

  it.each([
    ['1.5', ','],
    ['1,5', '.'],
    ['12,34,5', '.'],
    ['abc', '.'],
    ['', '.'],
    ['1e400', '.'],
    ['9'.repeat(400), '.'],
    ['--1', '.'],
  ] as const)('reads %j with %s as not a number', (text, mark) => {
    expect(readNumber(text, mark)).toBeNaN();
  });

  it('decides a column’s mark from the column: "1,5" makes "2,000" two', () => {
    const text = 'Objective;Key result;Target;Current\nA;KR;1,5;1\nB;KR;2,000;1\n';
    const [a, b] = parseOkrCsv(text, { cycle: Q1 }).value?.objectives ?? [];
    expect(a?.keyResults?.[0]?.target).toBe(1.5);
    expect(b?.keyResults?.[0]?.target).toBe(2);
  });

  it('takes the mark another column shows when a column shows none', () => {
    const text = 'Objective,Key result,Target,Current\nA,KR,"1,500","1,200.5"\n';
    const result = parseOkrCsv(text, { cycle: Q1 });
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives[0]?.keyResults?.[0]).toMatchObject({
      target: 1500,
      current: 1200.5,
    });
  });

  it('warns when nothing in the file shows the mark, and options.decimal settles it', () => {
    const text = 'Objective;Key result;Target;Current\nA;KR;1.500;700\n';
    const result = parseOkrCsv(text, { cycle: Q1 });
    expect(result.value?.objectives[0]?.keyResults?.[0]?.target).toBe(1500);
    expect(result.issues.map(({ code, message }) => [code, message])).toEqual([
      [
        'ambiguous-decimal',
        'column "Target": "1.500" read as 1500; set options.decimal if that is wrong',
      ],
    ]);
    const settled = parseOkrCsv(text, { cycle: Q1, decimal: '.' });
    expect(settled.issues).toEqual([]);
    expect(settled.value?.objectives[0]?.keyResults?.[0]?.target).toBe(1.5);
  });
});

describe('progress scales, decided by the whole column', () => {
  const progressOf = (cells: string[], options = {}) => {
    const text = `Objective,Key result,Progress\n${cells.map((cell, at) => `O${at},KR,${cell}`).join('\n')}\n`;
    const result = parseOkrCsv(text, { cycle: Q1, ...options });
    return {
      values: result.value?.objectives.map((objective) => objective.keyResults?.[0]?.progress),
      issues: result.issues.map(({ code }) => code),
    };
  };

  it('reads 0–1 when no value is above 1', () => {
    expect(progressOf(['0.5', '1', '0.25'])).toEqual({ values: [0.5, 1, 0.25], issues: [] });
  });

  it('reads the whole column as 0–100 when any value is above 1, small values included', () => {
    expect(progressOf(['0.5', '60', '1'])).toEqual({ values: [0.005, 0.6, 0.01], issues: [] });
  });

  it('reads a percentage as a percentage, and the column’s bare numbers as 0–100 with it', () => {
    expect(progressOf(['60%', '25', '"12,5%"'])).toEqual({
      values: [0.6, 0.25, 0.125],
      issues: [],
    });
  });

  it('warns when a column holds only 0 and 1, and reads it as 0–1', () => {
    expect(progressOf(['0', '1', '1'])).toEqual({ values: [0, 1, 1], issues: ['ambiguous-scale'] });
  });

  it('warns when fractions no higher than 2 decide 0–100, as overachievement on 0–1 would look the same', () => {
    const text = 'Objective,Progress\nA,0.5\nB,1.2\n';
    const result = parseOkrCsv(text, { cycle: Q1 });
    expect(result.value?.objectives.map(({ progress }) => progress)).toEqual([0.005, 0.012]);
    expect(result.issues.map(({ message }) => message)).toEqual([
      'column "Progress": its numbers, up to 1.2, leave the scale open; read as 0–100; set options.progressScale if that is wrong',
    ]);
    const overachieved = parseOkrCsv(text, { cycle: Q1, progressScale: 1 });
    expect(overachieved.value?.objectives.map(({ progress }) => progress)).toEqual([0.5, 1.2]);
    expect(overachieved.issues).toEqual([]);
  });

  it('says what it read a column of 0 and 1 as', () => {
    const result = parseOkrCsv('Objective,Progress\nA,0\nB,1\n', { cycle: Q1 });
    expect(result.issues.map(({ message }) => message)).toEqual([
      'column "Progress": its numbers, up to 1, leave the scale open; read as 0–1; set options.progressScale if that is wrong',
    ]);
  });

  it('does not warn for whole numbers up to 2 on 0–100, nor for percentages', () => {
    expect(progressOf(['0', '2', '1'])).toEqual({ values: [0, 0.02, 0.01], issues: [] });
    expect(progressOf(['0.5%', '1.5%'])).toEqual({ values: [0.005, 0.015], issues: [] });
  });

  it('does not warn for a column of zeros, which reads the same on both scales', () => {
    expect(progressOf(['0', '0'])).toEqual({ values: [0, 0], issues: [] });
  });

  it('follows options.progressScale', () => {
    expect(progressOf(['0', '1', '1'], { progressScale: 100 })).toEqual({
      values: [0, 0.01, 0.01],
      issues: [],
    });
    expect(progressOf(['0.5', '60'], { progressScale: 1 })).toEqual({
      values: [0.5, 60],
      issues: [],
    });
  });

  it('decides each column apart: confidence 0–1 beside progress 0–100', () => {
    const text = 'Objective,Progress,Confidence\nA,40,0.7\nB,80,0.9\n';
    expect(parseOkrCsv(text, { cycle: Q1 }).value?.objectives).toEqual([
      { id: 'A', title: 'A', progress: 0.4, confidence: 0.7 },
      { id: 'B', title: 'B', progress: 0.8, confidence: 0.9 },
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['2026-01-01', 'mdy', '2026-01-01'],
    ['2026-1-5', 'mdy', '2026-01-05'],
    ['2026-03-31T18:30:00Z', 'mdy', '2026-03-31'],
    ['2026-03-31 18:30', 'mdy', '2026-03-31'],
    ['31.03.2026', 'mdy', '2026-03-31'],
    ['1.2.2026', 'mdy', '2026-02-01'],
    ['02/01/2026', 'mdy', '2026-02-01'],
    ['02/01/2026', 'dmy', '2026-01-02'],
    ['46023', 'mdy', '2026-01-01'],
    ['46112', 'mdy', '2026-03-31'],
    ['46023.75', 'mdy', '2026-01-01'],
    ['25569', 'mdy', '1970-01-01'],
    ['73050', 'mdy', '2099-12-31'],
    ['03.02.2026 09:30', 'dmy', '2026-02-03'],
    ['2/3/2026 9:30 PM', 'mdy', '2026-02-03'],
    ['2026-03-31 18:30+02:00', 'mdy', '2026-03-31'],
  ] as const)('reads %s (%s) as %s in UTC', (text, order, iso) => {
    const ms = readDate(text, order);
    expect(new Date(ms).toISOString().slice(0, 10)).toBe(iso);
  });

  it('reads dates at midnight UTC whatever the machine’s zone', () => {
    expect(readDate('01.01.2026', 'dmy')).toBe(day('2026-01-01'));
    expect(readDate('46023', 'dmy')).toBe(day('2026-01-01'));
  });

  it.each([
    ['2026', 'a year: serial day 2026 is in 1905'],
    ['60', 'a small number, in 1900'],
    ['25568', 'serial day 25568, in 1969'],
    ['73051', 'serial day 73051, in 2100'],
    ['0', 'serial day 0'],
    ['03.02.2026 25', 'a date with something after it that is no time'],
    ['2026-02-30', 'a day the month does not have'],
    ['31.04.2026', 'a day the month does not have'],
    ['13/13/2026', 'a month above 12'],
    ['1.1.26', 'a two-digit year'],
    ['tomorrow', 'a word'],
    ['', 'nothing'],
  ] as const)('reads %j as no date (%s)', (text, _why) => {
    expect(readDate(text, 'mdy')).toBeNaN();
  });
});

describe('date order, decided by the file', () => {
  const cycleOf = (start: string, end: string, options = {}) => {
    const result = parseOkrCsv(`Objective,Progress,Start,End\nA,0.5,${start},${end}\n`, {
      mapping: { startDate: 'Start', endDate: 'End' },
      ...options,
    });
    return {
      cycle: result.value?.cycle,
      order: result.mapping.dateOrder,
      issues: result.issues.map(({ message }) => message),
    };
  };

  it('reads day first when a first part is above 12 anywhere in the date columns', () => {
    expect(cycleOf('01/02/2026', '30/04/2026')).toEqual({
      cycle: { start: '2026-02-01', end: '2026-05-01' },
      order: 'dmy',
      issues: [],
    });
  });

  it('reads month first when a second part is above 12', () => {
    expect(cycleOf('02/01/2026', '04/30/2026')).toEqual({
      cycle: { start: '2026-02-01', end: '2026-05-01' },
      order: 'mdy',
      issues: [],
    });
  });

  it('uses month first by default, and says so, when no date decides', () => {
    expect(cycleOf('01/02/2026', '04/03/2026')).toEqual({
      cycle: { start: '2026-01-02', end: '2026-04-04' },
      order: 'mdy',
      issues: [
        'column "Start": "01/02/2026" read as mm/dd/yyyy; set options.dateOrder if that is wrong',
      ],
    });
  });

  it('uses day first by default in a file with decimal commas', () => {
    const text = 'Objective;Progress;Start date;End date\nA;0,5;01/02/2026;04/03/2026\n';
    const result = parseOkrCsv(text);
    expect(result.mapping.dateOrder).toBe('dmy');
    expect(result.value?.cycle).toEqual({ start: '2026-02-01', end: '2026-03-05' });
    expect(result.issues.map(({ code }) => code)).toEqual(['ambiguous-date-order']);
  });

  it('does not warn when day and month are the same number', () => {
    expect(cycleOf('01/01/2026', '03/03/2026').issues).toEqual([]);
  });

  it('follows options.dateOrder, with no warning', () => {
    expect(cycleOf('01/02/2026', '04/03/2026', { dateOrder: 'dmy' })).toEqual({
      cycle: { start: '2026-02-01', end: '2026-03-05' },
      order: 'dmy',
      issues: [],
    });
  });

  it('prefers options.cycle to the date columns, which it then lists as unused', () => {
    const result = parseOkrCsv('Objective,Progress,Start date,End date\nA,0.5,x,y\n', {
      cycle: Q1,
    });
    expect(result.value?.cycle).toBe(Q1);
    expect(result.issues).toEqual([]);
    expect(result.mapping.unused).toEqual(['Start date', 'End date']);
  });
});

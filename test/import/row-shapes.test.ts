import { describe, expect, it } from 'vitest';
import { parseOkrCsv } from '../../src/import';
import { Q1 } from './helpers';

const read = (text: string, options = {}) => parseOkrCsv(text, { cycle: Q1, ...options });

describe('rows as spreadsheets leave them', () => {
  it('skips blank rows and rows of spaces without an issue', () => {
    const result = read('Objective,Progress\nA,0.5\n,\n  ,\t\n\nB,0.25\n');
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toStrictEqual([
      { id: 'A', title: 'A', progress: 0.5 },
      { id: 'B', title: 'B', progress: 0.25 },
    ]);
  });

  it('reads rows shorter than the header, their missing cells as empty', () => {
    const text =
      'Goal Title,Progress,Row ID,Parent Row IDs,Owner\nGrow,0.5,1\nLone,0.25\nKR,0.75,2,1\n';
    const result = read(text);
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toStrictEqual([
      {
        id: '1',
        title: 'Grow',
        progress: 0.5,
        keyResults: [{ id: '2', title: 'KR', progress: 0.75 }],
      },
      { id: 'Lone', title: 'Lone', progress: 0.25 },
    ]);
  });

  it('says nothing of empty or blank cells beyond the last column, and counts the others', () => {
    const result = read('Objective,Progress\nA,0.5,, \nB,0.25,x,,y\n');
    expect(result.issues.map(({ code, row, message }) => [code, row, message])).toEqual([
      ['extra-cells', 3, 'row 3: cells beyond the last column are left out (2)'],
    ]);
    expect(result.value?.objectives).toHaveLength(2);
  });

  it('reads headers and cells without the spaces around them', () => {
    const text = ' Objective , Key result ,Progress\n Grow , One , 60% \n Grow ,Two, 40 \n';
    const result = read(text);
    expect(result.mapping.fields).toEqual({
      objective: 'Objective',
      keyResult: 'Key result',
      progress: 'Progress',
    });
    expect(result.issues).toEqual([]);
    // The padded "60%" is a percentage, the padded 40 on 0–100.
    expect(result.value?.objectives).toStrictEqual([
      {
        id: 'Grow',
        title: 'Grow',
        keyResults: [
          { id: '1', title: 'One', progress: 0.6 },
          { id: '2', title: 'Two', progress: 0.4 },
        ],
      },
    ]);
  });

  it('reads a cell guarded against formulas without its guard', () => {
    const result = read("Objective,Owner,Progress\n'=SUM(A1),'@ana,0.5\n'plain,''x,0.5\n");
    expect(result.value?.objectives).toStrictEqual([
      { id: '=SUM(A1)', title: '=SUM(A1)', owner: '@ana', progress: 0.5 },
      { id: "'plain", title: "'plain", owner: "'x", progress: 0.5 },
    ]);
  });

  it('drops a byte-order mark at the start only, keeping one inside a title', () => {
    const result = read('Objective,Progress\nA\uFEFFB,0.5\n');
    expect(result.value?.objectives).toStrictEqual([
      { id: 'A\uFEFFB', title: 'A\uFEFFB', progress: 0.5 },
    ]);
  });

  it('reads a text that is no string as an empty file', () => {
    const result = parseOkrCsv(42 as never, { cycle: Q1 });
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ code }) => code)).toEqual(['empty']);
  });
});

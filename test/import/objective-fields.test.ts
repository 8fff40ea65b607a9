import { describe, expect, it } from 'vitest';
import { parseOkrCsv } from '../../src/import';
import { Q1 } from './helpers';

const read = (text: string) => parseOkrCsv(text, { cycle: Q1 });

describe('an objective’s own fields', () => {
  it('reads weight and confidence where a row gives them, and leaves them out where it does not', () => {
    const result = read('Objective,Progress,Weight,Confidence\nA,0.5,2,0.7\nB,0.25,,\n');
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toStrictEqual([
      { id: 'A', title: 'A', progress: 0.5, weight: 2, confidence: 0.7 },
      { id: 'B', title: 'B', progress: 0.25 },
    ]);
  });

  it('takes the ids for titles when the file has an id column and no title column', () => {
    const result = read('Objective ID,Progress\nrevenue,0.5\n');
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toStrictEqual([
      { id: 'revenue', title: 'revenue', progress: 0.5 },
    ]);
    expect(result.mapping.fields).toEqual({ objectiveId: 'Objective ID', progress: 'Progress' });
  });

  it('makes a target without a current a key result that counts as 0, and says so', () => {
    const result = read('Objective,Target,Current\nGrow,40,\n');
    expect(result.value?.objectives).toStrictEqual([
      {
        id: 'Grow',
        title: 'Grow',
        keyResults: [{ id: 'Grow', title: 'Grow', target: 40, progress: 0 }],
      },
    ]);
    expect(result.issues.map(({ code, row }) => [code, row])).toEqual([['no-value', 2]]);
  });
});

describe('teams and their parents', () => {
  it('gives a team that names itself as its parent no parent', () => {
    expect(read('Objective,Progress,Team,Parent team\nA,0.5,Web,Web\n').value?.teams).toStrictEqual(
      [{ id: 'Web', name: 'Web' }],
    );
  });

  it('says nothing when rows repeat a team’s parent, and keeps the parent’s own parent', () => {
    const text =
      'Objective,Progress,Team,Parent team\n' +
      'A,0.5,Product,Company\n' +
      'B,0.5,Web,Product\n' +
      'C,0.5,Web,Product\n';
    const result = read(text);
    expect(result.issues).toEqual([]);
    expect(result.value?.teams).toStrictEqual([
      { id: 'Product', name: 'Product', parentId: 'Company' },
      { id: 'Company', name: 'Company' },
      { id: 'Web', name: 'Web', parentId: 'Product' },
    ]);
  });
});

describe('wide rows under a merged title cell', () => {
  it('reads a row with a blank title and numbered cells as the objective above, and skips one with neither', () => {
    const text =
      'title,kr_1,kr_1_progress,kr_2,kr_2_progress,owner\n' +
      'A,One,0.5,,,ana\n' +
      ',,,Two,,\n' +
      ',,,,,bo\n';
    const result = read(text);
    expect(result.value?.objectives).toStrictEqual([
      {
        id: 'A',
        title: 'A',
        owner: 'ana',
        keyResults: [
          { id: '1', title: 'One', progress: 0.5 },
          { id: '2', title: 'Two', progress: 0 },
        ],
      },
    ]);
    expect(result.issues.map(({ code, row }) => [code, row])).toEqual([
      ['no-value', 3],
      ['skipped-row', 4],
    ]);
  });
});

describe('a progress column with one percentage', () => {
  it('reads the column’s bare numbers by themselves: on 0–1 when none is above 1, and says so', () => {
    const result = read('Objective,Progress\nA,0.5%\nB,1\n');
    expect(result.issues.map(({ code, column }) => [code, column])).toEqual([
      ['ambiguous-scale', 'Progress'],
    ]);
    expect(result.value?.objectives.map(({ progress }) => progress)).toEqual([0.005, 1]);
    const above = read('Objective,Progress\nA,0.5%\nB,40\n');
    expect(above.issues).toEqual([]);
    expect(above.value?.objectives.map(({ progress }) => progress)).toEqual([0.005, 0.4]);
  });
});

describe('key results without a title', () => {
  it('take their id for a title, as objectives do, so the core does not reject them', () => {
    const long = read(
      'Objective,Key result ID,Key result,Progress\nGrow,kr-1,,0.5\nGrow,kr-2,Second,0.25\n',
    );
    expect(long.value?.objectives[0]?.keyResults).toStrictEqual([
      { id: 'kr-1', title: 'kr-1', progress: 0.5 },
      { id: 'kr-2', title: 'Second', progress: 0.25 },
    ]);
    const wide = read(
      'title,key_result_1_completion,key_result_2_title,key_result_2_completion\nA,0.5,Two,0.25\n',
    );
    expect(wide.value?.objectives[0]?.keyResults).toStrictEqual([
      { id: '1', title: '1', progress: 0.5 },
      { id: '2', title: 'Two', progress: 0.25 },
    ]);
  });
});

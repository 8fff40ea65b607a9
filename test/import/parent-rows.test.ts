import { describe, expect, it } from 'vitest';
import { parseOkrCsv } from '../../src/import';
import { Q1 } from './helpers';

const read = (text: string) => parseOkrCsv(text, { cycle: Q1 });

describe('rows that name a parent row', () => {
  it('matches ids and parent ids written with spaces around them, grandchildren included', () => {
    const text =
      'Row ID,Parent Row IDs,Goal Title,Progress\n' +
      ' 2 , 1 ,Leads,0.5\n' +
      ' 1 ,,Grow,\n' +
      ' 3 , 2 ,Webinar leads,0.25\n';
    const result = read(text);
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toStrictEqual([
      {
        id: '1',
        title: 'Grow',
        keyResults: [
          { id: '2', title: 'Leads', progress: 0.5 },
          { id: '3', title: 'Webinar leads', progress: 0.25 },
        ],
      },
    ]);
  });

  it('keeps the parent of an id’s first row when the id comes again', () => {
    const text =
      'Row ID,Parent Row IDs,Goal Title,Progress\n' +
      '1,,Grow,\n' +
      '1,9,Grow again,\n' +
      '2,1,Leads,0.5\n';
    const result = read(text);
    expect(result.value?.objectives).toStrictEqual([
      { id: '1', title: 'Grow', keyResults: [{ id: '2', title: 'Leads', progress: 0.5 }] },
    ]);
    expect(result.issues.map(({ code, row }) => [code, row])).toEqual([
      ['unknown-parent', 3],
      ['differs', 3],
    ]);
  });

  it('gives a parent row its children as key results, not a key result of its own values', () => {
    const text =
      'Row ID,Parent Row IDs,Goal Title,Current Value,Target Value\n' +
      '1,,Grow,3,10\n' +
      '2,1,Leads,40,100\n';
    expect(read(text).value?.objectives).toStrictEqual([
      {
        id: '1',
        title: 'Grow',
        keyResults: [{ id: '2', title: 'Leads', current: 40, target: 100 }],
      },
    ]);
  });

  it('puts a row under a row typed "Key Result" in that key result’s objective', () => {
    const text =
      'Row ID,Parent Row IDs,Goal Title,Type,Progress\n' +
      '1,,Grow,Objective,\n' +
      '2,,Leads,Key Result,0.5\n' +
      '3,2,Calls,,0.3\n';
    const result = read(text);
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toStrictEqual([
      {
        id: '1',
        title: 'Grow',
        keyResults: [
          { id: '2', title: 'Leads', progress: 0.5 },
          { id: '3', title: 'Calls', progress: 0.3 },
        ],
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseOkrCsv } from '../../src/import';
import { Q1 } from './helpers';

const read = (text: string, options = {}) => parseOkrCsv(text, { cycle: Q1, ...options });

describe('a host’s mapping beside the names the importer knows', () => {
  it('reads a mapped column for its mapped field only, not also for the field its name means', () => {
    // "Score" is a synonym of progress; mapped to current, it feeds current alone.
    const result = read('Objective,Key result,Target,Score\nA,KR,10,4\n', {
      mapping: { current: 'Score' },
    });
    expect(result.mapping.fields).toEqual({
      objective: 'Objective',
      keyResult: 'Key result',
      target: 'Target',
      current: 'Score',
    });
    expect(result.value?.objectives[0]?.keyResults).toEqual([
      { id: '1', title: 'KR', target: 10, current: 4 },
    ]);
  });
});

describe('numbered key-result columns of the wide format', () => {
  it('reads a key result’s own id from key_result_N_id', () => {
    const result = read(
      'title,key_result_1_id,key_result_1_title,key_result_1_progress\nA,kr-7,KR,0.5\n',
    );
    expect(result.mapping.keyResults).toEqual([
      {
        keyResultId: 'key_result_1_id',
        keyResult: 'key_result_1_title',
        progress: 'key_result_1_progress',
      },
    ]);
    expect(result.value?.objectives[0]?.keyResults).toEqual([
      { id: 'kr-7', title: 'KR', progress: 0.5 },
    ]);
  });

  it('reads numbers of two digits and up to 100, and leaves key_result_101 unused', () => {
    const result = read(
      'title,key_result_12_title,key_result_12_progress,key_result_100_title,key_result_101_title\nA,Twelve,0.5,Hundred,Too many\n',
    );
    expect(result.mapping.keyResults).toHaveLength(100);
    expect(result.mapping.keyResults[11]).toEqual({
      keyResult: 'key_result_12_title',
      progress: 'key_result_12_progress',
    });
    expect(result.mapping.keyResults[99]).toEqual({ keyResult: 'key_result_100_title' });
    expect(result.mapping.unused).toEqual(['key_result_101_title']);
    expect(result.value?.objectives[0]?.keyResults).toEqual([
      { id: '12', title: 'Twelve', progress: 0.5 },
      { id: '100', title: 'Hundred', progress: 0 },
    ]);
  });

  it('leaves a numbered column of no known field unused, and makes no key result of it', () => {
    const result = read('title,kr_1,kr_1_progress,kr_2_comment\nA,One,0.5,looks good\n');
    expect(result.mapping.keyResults).toEqual([{ keyResult: 'kr_1', progress: 'kr_1_progress' }]);
    expect(result.mapping.unused).toEqual(['kr_2_comment']);
    expect(result.value?.objectives[0]?.keyResults).toEqual([
      { id: '1', title: 'One', progress: 0.5 },
    ]);
  });

  it('takes the first of two columns for one key result’s field and lists the second as unused', () => {
    const result = read('title,kr_1_title,key_result_1_name,kr_1_progress\nA,First,Second,0.5\n');
    expect(result.mapping.keyResults).toEqual([
      { keyResult: 'kr_1_title', progress: 'kr_1_progress' },
    ]);
    expect(result.mapping.unused).toEqual(['key_result_1_name']);
    expect(result.value?.objectives[0]?.keyResults?.[0]?.title).toBe('First');
  });

  it('reads a column that only ends in a key result’s number as no key result', () => {
    const result = read('title,Linked key result 1,progress\nA,elsewhere,0.5\n');
    expect(result.mapping.format).toBe('long');
    expect(result.mapping.unused).toEqual(['Linked key result 1']);
    expect(result.value?.objectives).toEqual([{ id: 'A', title: 'A', progress: 0.5 }]);
  });
});

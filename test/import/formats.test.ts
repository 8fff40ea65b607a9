import { describe, expect, it } from 'vitest';
import { normalizeHeader, parseOkrCsv } from '../../src/import';
import { Q1 } from './helpers';

const read = (text: string, options = {}) => parseOkrCsv(text, { cycle: Q1, ...options });

describe('column names', () => {
  it.each([
    ['Key-Result_Title', 'keyresulttitle'],
    ['  OBJECTIVE  ', 'objective'],
    ['Progress (0–100)', 'progress'],
    ['% Complete', 'complete'],
    ['owner.email', 'owneremail'],
  ])('compares %j as %j', (header, key) => {
    expect(normalizeHeader(header)).toBe(key);
  });

  it('matches headers whatever their case, spacing, underscores and hyphens', () => {
    const text =
      'OBJECTIVE_TITLE,key-result,TARGET VALUE,current_value,Owner Email\nA,KR,10,5,a@b.c\n';
    const result = read(text);
    expect(result.mapping.fields).toEqual({
      objective: 'OBJECTIVE_TITLE',
      keyResult: 'key-result',
      target: 'TARGET VALUE',
      current: 'current_value',
      owner: 'Owner Email',
    });
    expect(result.value?.objectives).toEqual([
      {
        id: 'A',
        title: 'A',
        owner: 'a@b.c',
        keyResults: [{ id: '1', title: 'KR', target: 10, current: 5 }],
      },
    ]);
  });

  it('reads the first of two columns for one field and lists the second as unused', () => {
    const result = read('Title,Name\nfirst,second\n');
    expect(result.value?.objectives.map(({ title }) => title)).toEqual(['first']);
    expect(result.mapping.unused).toEqual(['Name']);
  });
});

describe('long and wide', () => {
  const wide = 'title,key_result_1_title,key_result_1_current,key_result_1_target\nA,KR,2,4\n';

  it('detects the wide format by its numbered columns', () => {
    const result = read(wide);
    expect(result.mapping.format).toBe('wide');
    expect(result.value?.objectives[0]?.keyResults).toEqual([
      { id: '1', title: 'KR', current: 2, target: 4 },
    ]);
  });

  it('reads numbered columns as nothing when options.format is long, and says they are unused', () => {
    const result = read(wide, { format: 'long' });
    expect(result.mapping.format).toBe('long');
    expect(result.value?.objectives).toEqual([{ id: 'A', title: 'A' }]);
    expect(result.mapping.unused).toEqual([
      'key_result_1_title',
      'key_result_1_current',
      'key_result_1_target',
    ]);
  });

  it('numbers key results by their column number, and skips a group left empty', () => {
    const text =
      'title,kr_1,kr_1_progress,kr_2,kr_2_progress,kr_3,kr_3_progress\nA,One,0.5,,,Three,0.25\n';
    expect(read(text).value?.objectives[0]?.keyResults).toEqual([
      { id: '1', title: 'One', progress: 0.5 },
      { id: '3', title: 'Three', progress: 0.25 },
    ]);
  });

  it('groups long rows by objective id before title, keeping the first row’s objective fields', () => {
    const text =
      'Objective ID,Objective,Owner,Key result,Progress\n' +
      'a,Grow,ana,One,0.5\n' +
      'b,Grow,bo,Two,0.25\n' +
      'a,Grow (renamed),cy,Three,1\n';
    expect(read(text).value?.objectives).toEqual([
      {
        id: 'a',
        title: 'Grow',
        owner: 'ana',
        keyResults: [
          { id: '1', title: 'One', progress: 0.5 },
          { id: '2', title: 'Three', progress: 1 },
        ],
      },
      {
        id: 'b',
        title: 'Grow',
        owner: 'bo',
        keyResults: [{ id: '1', title: 'Two', progress: 0.25 }],
      },
    ]);
  });

  it('reads a blank objective cell under an objective as that objective (merged cells export so)', () => {
    const text = 'Objective,Key result,Progress\nGrow,One,0.5\n,Two,0.25\n';
    const result = read(text);
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives[0]?.keyResults?.map(({ title }) => title)).toEqual([
      'One',
      'Two',
    ]);
  });

  it('makes a row with target and current but no key-result column a key result named after its objective', () => {
    const text = 'Objective,Target,Current\nGrow,40,10\n';
    expect(read(text).value?.objectives).toEqual([
      {
        id: 'Grow',
        title: 'Grow',
        keyResults: [{ id: 'Grow', title: 'Grow', target: 40, current: 10 }],
      },
    ]);
  });
});

describe('rows under other rows', () => {
  it('attaches rows to a parent that comes after them, and grandchildren to the top objective', () => {
    const text =
      'Row ID,Parent Row IDs,Goal Title,Current Value,Target Value\n' +
      '2,1,Leads,40,100\n' +
      '1,,Grow,,\n' +
      '3,2,Webinar leads,5,10\n';
    const result = read(text);
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toEqual([
      {
        id: '1',
        title: 'Grow',
        keyResults: [
          { id: '2', title: 'Leads', current: 40, target: 100 },
          { id: '3', title: 'Webinar leads', current: 5, target: 10 },
        ],
      },
    ]);
  });

  it('reads rows whose parents lead round in a loop as objectives, with a warning each', () => {
    const text = 'Row ID,Parent Row IDs,Goal Title,Progress\n1,2,A,0.5\n2,1,B,0.25\n3,3,C,1\n';
    const result = read(text);
    expect(result.value?.objectives.map(({ id, title }) => [id, title])).toEqual([
      ['1', 'A'],
      ['2', 'B'],
      ['3', 'C'],
    ]);
    expect(result.issues.map(({ code, row, message }) => [code, row, message])).toEqual([
      [
        'parent-loop',
        2,
        'row 2, column "Parent Row IDs": parent rows from "2" loop; the row is read as an objective',
      ],
      [
        'parent-loop',
        3,
        'row 3, column "Parent Row IDs": parent rows from "1" loop; the row is read as an objective',
      ],
      [
        'parent-loop',
        4,
        'row 4, column "Parent Row IDs": parent rows from "3" loop; the row is read as an objective',
      ],
    ]);
  });

  it('reads the first of several parent ids', () => {
    const text = 'Row ID,Parent Row IDs,Goal Title,Progress\n1,,A,\n2,,B,\n3,"1, 2",KR,0.5\n';
    expect(read(text).value?.objectives.map(({ keyResults }) => keyResults?.length)).toEqual([
      1,
      undefined,
    ]);
  });

  it('reads a key-result row of a typed export as a key result of the objective above it', () => {
    const text =
      'name,type,progress\nKey first,Key Result,10\nGoal,Objective,50\nKR,key result,20\nKR2,KR,30\n';
    const result = read(text);
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toEqual([
      { id: 'Key first', title: 'Key first', progress: 0.1 },
      {
        id: 'Goal',
        title: 'Goal',
        progress: 0.5,
        keyResults: [
          { id: '1', title: 'KR', progress: 0.2 },
          { id: '2', title: 'KR2', progress: 0.3 },
        ],
      },
    ]);
  });

  it('reads committed and aspirational types, with their usual other names', () => {
    const text =
      'Objective,Type,Progress\nA,Committed,0.5\nB,Stretch,0.5\nC,moonshot,0.5\nD,Roof shot,0.5\n';
    expect(read(text).value?.objectives.map(({ type }) => type)).toEqual([
      'committed',
      'aspirational',
      'aspirational',
      'committed',
    ]);
  });

  it('counts a done status as complete when nothing else measures the objective', () => {
    const text = 'Objective,Status,Progress\nA,Done,\nB,Completed,0.4\nC,on track,\n';
    expect(read(text).value?.objectives).toEqual([
      { id: 'A', title: 'A', progress: 1 },
      { id: 'B', title: 'B', progress: 0.4 },
      { id: 'C', title: 'C' },
    ]);
  });
});

describe('teams', () => {
  it('builds teams from team and parent-team columns, and warns when a team names a second parent', () => {
    const text =
      'Objective,Progress,Team,Parent team\nA,0.5,Web,Product\nB,0.5,Web,Marketing\nC,0.5,Product,\n';
    const result = read(text);
    expect(result.value?.teams).toEqual([
      { id: 'Web', name: 'Web', parentId: 'Product' },
      { id: 'Product', name: 'Product' },
      { id: 'Marketing', name: 'Marketing' },
    ]);
    expect(result.issues).toEqual([
      {
        path: 'rows[3].parentTeam',
        code: 'team-parent-disagrees',
        severity: 'warning',
        message: 'row 3, column "Parent team": team "Web" keeps its first parent team, "Product"',
        row: 3,
        column: 'Parent team',
      },
    ]);
  });

  it('gives no teams without a team column', () => {
    expect(read('Objective,Progress\nA,0.5\n').value).not.toHaveProperty('teams');
  });
});

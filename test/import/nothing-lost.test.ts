// Files as people hand them over, where a careless reader loses data without a word: a quote
// that never closes, rows that repeat an objective with other values, key results without a
// name, numbered key results over several rows, an organisation's units, mixed scales, serial
// days that are no dates, Excel's hints and habits. Each cell is read, or its row and column said.
import { describe, expect, it } from 'vitest';
import { parseOkrCsv } from '../../src/import';
import { IMPORT_MESSAGES_DE } from '../../src/locales/de';
import { Q1 } from './helpers';

const read = (text: string, options = {}) => parseOkrCsv(text, { cycle: Q1, ...options });
const said = (text: string, options = {}) =>
  read(text, options).issues.map(({ row, column, message }) => ({ row, column, message }));

describe('a quote that never closes', () => {
  it('is an error at the cell it opens in, as the rest of the file becomes that cell', () => {
    const result = read('Objective,Progress\n"A,50\nB,60\n');
    expect(result.issues).toEqual([
      {
        path: 'rows[2]',
        code: 'unclosed-quote',
        severity: 'error',
        row: 2,
        column: 'Objective',
        message:
          'row 2, column "Objective": a quote opens here and never closes; the rest of the file is read as this cell',
      },
    ]);
    expect(said('Objective,Progress\nA,50\nB,"60\n', {})[0]).toMatchObject({
      row: 3,
      column: 'Progress',
    });
  });

  it('is not said for quotes that close, doubled quotes, line ends in quotes, or a quote inside a cell', () => {
    for (const text of [
      'Objective,Progress\n"A, and ""B""",50\n"C\nD",60\n',
      'Objective,Progress\n"A",50',
      'Objective;Progress\n15" screen;50\n"B;C";60\n',
      'Objective\tProgress\n"A\t1"\t50\n',
    ]) {
      expect(read(text).issues.filter(({ code }) => code === 'unclosed-quote')).toEqual([]);
    }
  });
});

describe('rows that repeat an objective', () => {
  it('says where a repeated objective holds another title or value, and keeps the first', () => {
    const result = read(
      'ID,Objective,Progress,Owner\n1,A,50,ana\n1,B,60,ana\n2,C,10,bo\n2,C,10,cy\n',
    );
    expect(result.value?.objectives).toEqual([
      { id: '1', title: 'A', owner: 'ana', progress: 0.5 },
      { id: '2', title: 'C', owner: 'bo', progress: 0.1 },
    ]);
    expect(
      said('ID,Objective,Progress,Owner\n1,A,50,ana\n1,B,60,ana\n2,C,10,bo\n2,C,10,cy\n'),
    ).toEqual([
      {
        row: 3,
        column: 'Objective',
        message:
          'row 3, column "Objective": "B" differs from an earlier row of the objective, which is kept',
      },
      {
        row: 3,
        column: 'Progress',
        message:
          'row 3, column "Progress": "60" differs from an earlier row of the objective, which is kept',
      },
      {
        row: 5,
        column: 'Owner',
        message:
          'row 5, column "Owner": "cy" differs from an earlier row of the objective, which is kept',
      },
    ]);
  });

  it('takes a field a later row gives that the first left empty, such as the team', () => {
    const result = read('Objective,Key Result,Team,Owner,Progress\nA,K1,,,50\nA,K2,Sales,ana,50\n');
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives[0]).toMatchObject({ team: 'Sales', owner: 'ana' });
    expect(result.value?.teams).toEqual([{ id: 'Sales', name: 'Sales' }]);
  });

  it('lets a key result’s row hold its own owner without a word', () => {
    const result = read('Objective,Key Result,Owner,Progress\nA,K1,ana,50\nA,K2,bo,50\n');
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives[0]?.owner).toBe('ana');
  });

  it('reads a row with figures and no key result’s name as another key result, the first row’s too', () => {
    const result = read('Objective,Key Result,Target,Current\nA,KR1,100,50\nA,,200,20\n');
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives[0]?.keyResults).toEqual([
      { id: '1', title: 'KR1', target: 100, current: 50 },
      { id: '2', title: 'A', target: 200, current: 20 },
    ]);
    const twice = read('Objective,Target,Current\nA,100,50\nA,200,20\n');
    expect(twice.value?.objectives[0]?.keyResults).toEqual([
      { id: 'A', title: 'A', target: 100, current: 50 },
      { id: '2', title: 'A', target: 200, current: 20 },
    ]);
  });

  it('numbers a wide file’s key results over several rows apart', () => {
    const result = read('Objective,kr_1,kr_1_progress\nA,K1,0.5\nA,K2,0.2\n');
    expect(result.value?.objectives[0]?.keyResults).toEqual([
      { id: '1', title: 'K1', progress: 0.5 },
      { id: '3.1', title: 'K2', progress: 0.2 },
    ]);
  });
});

describe('an organisation’s file, as toCsv writes analyzeOrg’s report', () => {
  it('reads its units as teams under their parents, and its objectives into them', () => {
    const text =
      'kind,id,title,unit,path,owner,type,progress,status_text\n' +
      'unit,org,Acme,,Acme,,,0.5,On track\n' +
      'objective,o1,Hire,org,Acme,,aspirational,0.5,On track\n' +
      'unit,eng,Engineering,org,Acme / Engineering,,,0.4,Lagging\n' +
      'unit,web,Web,eng,Acme / Engineering / Web,,,0.4,Lagging\n' +
      'objective,w1,Ship the app,web,Acme / Engineering / Web,ana,committed,1.25,Exceeding\n';
    const result = read(text);
    expect(result.issues).toEqual([]);
    // The unit without a parent is the organisation, which analyzeOrg makes again: no team, and
    // its own objectives in none.
    expect(result.value?.teams).toEqual([
      { id: 'eng', name: 'Engineering' },
      { id: 'web', name: 'Web', parentId: 'eng' },
    ]);
    expect(result.value?.objectives).toEqual([
      { id: 'o1', title: 'Hire', type: 'aspirational', progress: 0.5 },
      {
        id: 'w1',
        title: 'Ship the app',
        owner: 'ana',
        team: 'web',
        type: 'committed',
        progress: 1.25,
      },
    ]);
  });
});

describe('scales a column leaves open', () => {
  it('reads bare fractions beside percentages on 0–1, and says so', () => {
    const result = read('Objective,Progress\nA,60%\nB,0.5\n');
    expect(result.value?.objectives.map(({ progress }) => progress)).toEqual([0.6, 0.5]);
    expect(result.issues.map(({ code, column }) => [code, column])).toEqual([
      ['ambiguous-scale', 'Progress'],
    ]);
  });

  it('says a confidence of no more than 10 might be out of 10', () => {
    const result = read('Objective,Progress,Confidence\nA,50,7\nB,60,8\n');
    expect(result.value?.objectives.map(({ confidence }) => confidence)).toEqual([0.07, 0.08]);
    expect(said('Objective,Progress,Confidence\nA,50,7\nB,60,8\n')).toEqual([
      {
        row: undefined,
        column: 'Confidence',
        message:
          'column "Confidence": its numbers, up to 8, leave the scale open; read as 0–100; set options.progressScale if that is wrong',
      },
    ]);
    expect(read('Objective,Progress,Confidence\nA,50,70\n').issues).toEqual([]);
  });

  it('reads toCsv’s own file on 0–1, where progress over 1 is an objective exceeded', () => {
    const text =
      'id,title,progress,expected,status_text\na,A,0.5,0.5,On track\nb,B,2.5,0.5,Exceeding\n';
    const result = read(text);
    expect(result.value?.objectives.map(({ progress }) => progress)).toEqual([0.5, 2.5]);
    expect(result.issues).toEqual([]);
  });
});

describe('dates a spreadsheet holds', () => {
  it('refuses a number in a date column that is no serial day of 1970 to 2099', () => {
    const result = parseOkrCsv('Objective,Start date,End date\nA,2026,46112\n');
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, 'Start date', 'not-a-date'],
      [undefined, undefined, 'no-cycle'],
    ]);
  });

  it('reads a date with a time after it, as Excel writes a date-time', () => {
    const result = parseOkrCsv(
      'Objective,Start date,End date\nA,01.01.2026 00:00,31.03.2026 23:59\n',
    );
    expect(result.value?.cycle).toEqual({ start: '2026-01-01', end: '2026-04-01' });
  });
});

describe('Excel’s habits', () => {
  it('takes the delimiter from a sep= first line, and counts the header as row 1 after it', () => {
    const result = read('sep=;\nObjective;Progress\nA,B;50\nC;x\n');
    expect(result.mapping.delimiter).toBe(';');
    expect(result.value?.objectives.map(({ title }) => title)).toEqual(['A,B', 'C']);
    expect(result.issues.map(({ row, column }) => [row, column])).toEqual([[3, 'Progress']]);
  });

  it('reads lines that end in a carriage return alone (CSV for Macintosh)', () => {
    const result = read('Objective,Progress\rA; B,50\rC,60\r');
    expect(result.mapping.delimiter).toBe(',');
    expect(result.value?.objectives.map(({ title, progress }) => [title, progress])).toEqual([
      ['A; B', 0.5],
      ['C', 0.6],
    ]);
  });

  it('drops a formula guard before a tab or a carriage return too, as toCsv writes one', () => {
    const result = read('Objective,Progress\n"\'\tTab",50\n"\'\rReturn",60\n');
    expect(result.value?.objectives.map(({ title }) => title)).toEqual(['\tTab', '\rReturn']);
  });

  it('quotes a long cell in a message cut after 40 characters', () => {
    const long = `${'x'.repeat(100_000)}`;
    const [issue] = read(`Objective,Progress\nA,${long}\n`).issues;
    expect(issue?.message).toBe(`row 2, column "Progress": "${'x'.repeat(39)}…" is not a number`);
    const [german] = read(`Objective,Progress\nA,${long}\n`, {
      messages: IMPORT_MESSAGES_DE,
    }).issues;
    expect(german?.message).toBe(`Zeile 2, Spalte „Progress“: „${'x'.repeat(39)}…“ ist keine Zahl`);
  });
});

describe('the edges of what the review’s fixes read', () => {
  it('takes sep= from the first line only, not from a cell further down', () => {
    const result = read('Objective,Progress\nsep=;\nB,50\n');
    expect(result.mapping.delimiter).toBe(',');
    expect(result.value?.objectives.map(({ title }) => title)).toEqual(['sep=;', 'B']);
  });

  it('quotes a cell of exactly 40 characters whole', () => {
    const forty = 'y'.repeat(40);
    expect(read(`Objective,Progress\nA,${forty}\n`).issues[0]?.message).toBe(
      `row 2, column "Progress": "${forty}" is not a number`,
    );
  });

  it('reads a kind column as units only in toCsv’s own file', () => {
    const result = read('ID,Kind,Objective,Progress\n1,unit,A,50\n');
    expect(result.value?.objectives).toEqual([{ id: '1', title: 'A', progress: 0.5 }]);
    expect(result.value?.teams).toBeUndefined();
  });

  it('does not warn of an open scale in toCsv’s own file', () => {
    const result = read('id,title,progress,status_text\na,A,0,Not started\nb,B,1,Done\n');
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives.map(({ progress }) => progress)).toEqual([0, 1]);
  });

  it('says a confidence of exactly 10 leaves the scale open, and 11 does not', () => {
    expect(read('Objective,Confidence\nA,10\n').issues.map(({ code }) => code)).toEqual([
      'ambiguous-scale',
    ]);
    expect(read('Objective,Confidence\nA,11\n').issues).toEqual([]);
  });

  it('says a differing value in full: a warning at the row’s field', () => {
    const { issues } = read('ID,Objective,Progress\n1,A,50\n1,,60\n1,B,50\n');
    expect(issues).toStrictEqual([
      {
        path: 'rows[3].progress',
        code: 'differs',
        severity: 'warning',
        message:
          'row 3, column "Progress": "60" differs from an earlier row of the objective, which is kept',
        row: 3,
        column: 'Progress',
      },
      {
        path: 'rows[4].title',
        code: 'differs',
        severity: 'warning',
        message:
          'row 4, column "Objective": "B" differs from an earlier row of the objective, which is kept',
        row: 4,
        column: 'Objective',
      },
    ]);
  });

  it('numbers a wide key result apart when any earlier one of the objective has its number', () => {
    const text = 'Objective,kr_1,kr_1_progress,kr_2,kr_2_progress\nA,K1,0.5,K2,0.1\nA,K3,0.2,,\n';
    expect(read(text).value?.objectives[0]?.keyResults?.map(({ id }) => id)).toEqual([
      '1',
      '2',
      '3.1',
    ]);
  });

  it('finds a key result’s objective among several key results, for a row under it', () => {
    const text =
      'Row ID,Parent Row IDs,Goal Title,Type,Progress\n' +
      '1,,Grow,Objective,\n' +
      '2,,Leads,Key Result,0.5\n' +
      '3,,Deals,Key Result,0.2\n' +
      '4,2,Calls,,0.3\n';
    expect(read(text).value?.objectives[0]?.keyResults?.map(({ title }) => title)).toEqual([
      'Leads',
      'Deals',
      'Calls',
    ]);
  });

  it('reads times after a date with seconds and fractions, or a.m./p.m. without a space, and nothing else after it', () => {
    const cycle = (start: string) =>
      parseOkrCsv(`Objective,Start date,End date\nA,${start},31.03.2026\n`).value?.cycle.start;
    expect(cycle('01.01.2026 09:30:15.250')).toBe('2026-01-01');
    expect(cycle('01.01.2026 9:30PM')).toBe('2026-01-01');
    expect(cycle('01.01.2026 09:30:1x')).toBeUndefined();
    expect(cycle('01.01.2026 09:30:15.x')).toBeUndefined();
  });

  it('detects a semicolon in a file whose lines end in a carriage return alone', () => {
    const result = read('Objective;Progress\rA, B;50\rC;60\r');
    expect(result.mapping.delimiter).toBe(';');
    expect(result.value?.objectives.map(({ title }) => title)).toEqual(['A, B', 'C']);
  });
});

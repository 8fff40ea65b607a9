import { describe, expect, it } from 'vitest';
import { analyzeOkrs, analyzeOrg, type OkrSet } from '../../src/core';
import { CSV_COLUMNS, csvCell, ORG_CSV_COLUMNS, plainNumber, toCsv } from '../../src/export';
import { MESSAGES_DE } from '../../src/locales/de';
import { SMALL_NOW, SMALL_ORGANISATION } from '../fixtures/organisation';
import { SCENARIOS } from '../fixtures/scenarios';

// t = 0.5 of Q1 2026. `a`: 25 %, committed, no check-ins: projected 50 %, at risk. `b`: 35 %,
// aspirational (bar 0.7): attainment 0.35 / 0.7 = 0.5, projection 0.7, on track; its check-ins
// rise 0.1 every 14 days (1/140 a day), so from 0.3 on 8 February the forecast adds 52/140:
// 0.671429, a band of no width.
const SMALL: OkrSet = {
  cycle: { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' },
  objectives: [
    { id: 'a', title: '=SUM(A1:A2)', team: 'Ops, "North"', progress: 0.25 },
    {
      id: 'b',
      title: 'Grow\nrevenue',
      owner: '@lead',
      type: 'aspirational',
      progress: 0.35,
      confidence: 0.8,
      checkIns: [
        { at: '2026-01-11', progress: 0.1 },
        { at: '2026-01-25', progress: 0.2 },
        { at: '2026-02-08', progress: 0.3 },
      ],
    },
  ],
};
const small = () => analyzeOkrs(SMALL, { now: '2026-02-15' });

const HEADER =
  'id,title,team,owner,type,progress,expected,attainment,projection,status,status_text,stale,forecast,forecast_low,forecast_high,check_ins,last_check_in,confidence';

describe('toCsv of a report', () => {
  it('writes a header and a row per objective, quoted, guarded and CRLF-ended', () => {
    expect(toCsv(small())).toBe(
      `${HEADER}\r\n` +
        `a,'=SUM(A1:A2),"Ops, ""North""",,committed,0.25,0.5,0.25,0.5,at-risk,At risk,false,,,,0,,\r\n` +
        `b,"Grow\nrevenue",,'@lead,aspirational,0.35,0.5,0.5,0.7,on-track,On track,false,0.671429,0.671429,0.671429,3,2026-02-08,0.8\r\n`,
    );
  });

  it('names the columns it writes in CSV_COLUMNS', () => {
    expect(toCsv(small()).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('starts with a UTF-8 byte-order mark only when asked', () => {
    expect(toCsv(small(), { bom: true }).startsWith(`\ufeff${HEADER}`)).toBe(true);
    expect(toCsv(small()).charCodeAt(0)).toBe('i'.charCodeAt(0));
    expect(toCsv(small(), { bom: false }).startsWith(HEADER)).toBe(true);
  });

  it('separates with a semicolon or a tab and quotes cells holding that delimiter', () => {
    // A semicolon file is for a spreadsheet set to decimal commas: its numbers have them too.
    const semicolon = toCsv(small(), { delimiter: ';' }).split('\r\n');
    expect(semicolon[1]).toBe(
      `a;'=SUM(A1:A2);"Ops, ""North""";;committed;0,25;0,5;0,25;0,5;at-risk;At risk;false;;;;0;;`,
    );
    expect(toCsv(small(), { delimiter: ';', decimal: '.' }).split('\r\n')[1]).toBe(
      `a;'=SUM(A1:A2);"Ops, ""North""";;committed;0.25;0.5;0.25;0.5;at-risk;At risk;false;;;;0;;`,
    );
    const report = small();
    (report.objectives[0] as { title: string }).title = 'Plan; then ship';
    expect(toCsv(report, { delimiter: ';' }).split('\r\n')[1]).toMatch(/^a;"Plan; then ship";/);
    expect(toCsv(report, { delimiter: '\t' }).split('\r\n')[1]).toMatch(/^a\tPlan; then ship\t/);
  });

  it('writes status words in the given messages and locale', () => {
    const rows = toCsv(small(), { messages: MESSAGES_DE, locale: 'de' }).split('\r\n');
    expect(rows[1]).toContain(',at-risk,Gefährdet,');
    expect(rows[2]).toContain(',on-track,Im Plan,');
    // Numbers stay dot-decimal whatever the locale: the file is data, not display.
    expect(rows[2]).toContain(',0.35,0.5,0.5,0.7,');
  });

  it('writes a header alone for a report without objectives', () => {
    const empty = analyzeOkrs({ cycle: SMALL.cycle, objectives: [] }, { now: '2026-02-15' });
    expect(toCsv(empty)).toBe(`${HEADER}\r\n`);
  });

  it('writes every objective of the marketing scenario, its stale SEO objective without a forecast', () => {
    const { okrs, now } = SCENARIOS.marketing;
    const rows = toCsv(analyzeOkrs(okrs, { now })).trimEnd().split('\r\n');
    expect(rows).toHaveLength(7);
    expect(rows[5]).toBe(
      'seo,Enhance on-page SEO,Marketing,,committed,0.12,0.5,0.12,0.24,off-track,Severely lagging,true,,,,2,2026-01-10,',
    );
  });

  it('throws a TypeError naming the problems of a value that is no report', () => {
    expect(() => toCsv(null)).toThrow(TypeError);
    expect(() => toCsv(null)).toThrow('report should be a report of analyzeOkrs');
    expect(() => toCsv({ objectives: 'none', balance: {} })).toThrow(
      'report.objectives should be a list',
    );
    const broken = small() as unknown as { objectives: { progress: unknown }[] };
    (broken.objectives[1] as { progress: unknown }).progress = Number.NaN;
    expect(() => toCsv(broken)).toThrow('report.objectives[1].progress should be a finite number');
  });

  it('writes decimal commas where asked, quoted in a comma file, and negative numbers unguarded', () => {
    const report = small();
    (report.objectives[1] as { confidence: number }).confidence = -0.125;
    const commas = toCsv(report, { decimal: ',' }).split('\r\n');
    expect(commas[2]).toContain(',"0,35","0,5","0,5","0,7",on-track,');
    expect(commas[2]?.endsWith(',2026-02-08,"-0,125"')).toBe(true);
    const tabs = toCsv(report, { delimiter: '\t', decimal: ',' }).split('\r\n');
    expect(tabs[2]).toContain('\t0,35\t0,5\t0,5\t0,7\ton-track\t');
    expect(tabs[2]?.endsWith('\t2026-02-08\t-0,125')).toBe(true);
    // Whole numbers have no mark to change.
    expect(csvCell(3, ';', ',')).toBe('3');
    expect(csvCell(1234567.5, ';', ',')).toBe('1234567,5');
    expect(() => toCsv(report, { decimal: ';' } as never)).toThrow(
      "toCsv: the decimal mark must be '.' or ','.",
    );
  });

  it('throws a TypeError for a delimiter other than comma, semicolon or tab', () => {
    for (const delimiter of ['"', '\n', '', ',,', '|']) {
      expect(() => toCsv(small(), { delimiter } as never)).toThrow(
        "toCsv: the delimiter must be ',', ';' or a tab.",
      );
    }
  });
});

describe('toCsv of an organisation', () => {
  it('writes each unit with its path and parent, followed by its own objectives', () => {
    const rows = toCsv(analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW })).split('\r\n');
    expect(rows[0]).toBe(ORG_CSV_COLUMNS.join(','));
    // The organisation's id is "@org": a text cell, so it is guarded like any other.
    expect(rows.slice(1, 6)).toEqual([
      "unit,'@org,Organisation,,Organisation,,,0.422222,0.5,0.433333,0.844444,behind,Lagging,,,,,,,,6,0.582905",
      "objective,o1,Company offsite,'@org,Organisation,,committed,0.2,0.5,0.2,0.4,at-risk,At risk,false,,,,0,,,,",
      "unit,eng,Engineering,'@org,Organisation / Engineering,,,0.385714,0.5,0.385714,0.771429,behind,Lagging,,,,,,,,4,0.680562",
      'objective,e1,Hire five engineers,eng,Organisation / Engineering,,committed,0.5,0.5,0.5,1,on-track,On track,false,,,,0,,,,',
      'unit,infra,Infra,eng,Organisation / Engineering / Infra,,,0.25,0.5,0.25,0.5,at-risk,At risk,,,,,,,,2,0.826795',
    ]);
    // Every unit and every objective once: 5 units, 6 objectives.
    expect(rows.filter((row) => row.startsWith('unit,'))).toHaveLength(5);
    expect(rows.filter((row) => row.startsWith('objective,'))).toHaveLength(6);
  });

  it('throws for units without ids', () => {
    const org = analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW });
    (org.units[2] as { id: unknown }).id = 7;
    expect(() => toCsv(org)).toThrow('report.units[2] should be a unit with a text id');
  });
});

describe('csvCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'guards text starting with %j against formulas with a leading quote',
    (first) => {
      const cell = csvCell(`${first}1+2`);
      expect(cell.replace(/^"/, '').startsWith(`'${first}`)).toBe(true);
    },
  );

  it('writes the guarded text exactly, quoted where it holds a line end', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('\r\nx')).toBe(`"'\r\nx"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('leaves numbers untouched: a negative number stays a number', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(0)).toBe('0');
  });

  it('quotes delimiters, quotes and line ends as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a;b')).toBe('a;b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a\tb', '\t')).toBe('"a\tb"');
  });

  it('writes booleans as true/false and nothing for null and undefined', () => {
    expect([csvCell(true), csvCell(false), csvCell(null), csvCell(undefined)]).toEqual([
      'true',
      'false',
      '',
      '',
    ]);
  });
});

describe('plainNumber', () => {
  it('writes dot decimals, at most six, with no float noise and no exponent', () => {
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(2 / 3)).toBe('0.666667');
    expect(plainNumber(1e-7)).toBe('0');
    expect(plainNumber(-1e-7)).toBe('0');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(12)).toBe('12');
    expect(plainNumber(-0.25)).toBe('-0.25');
  });

  it('writes NaN and the infinities as an empty cell', () => {
    expect(
      [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map(plainNumber),
    ).toEqual(['', '', '']);
  });
});

describe('toCsv of figures a report may lack', () => {
  it('writes a check-in day beyond the dates JavaScript has, or no number, as an empty cell', () => {
    const report = small();
    const b = report.objectives[1] as { lastCheckIn: unknown; stale: unknown };
    const lastCheckIn = (value: unknown) => {
      b.lastCheckIn = value;
      return toCsv(report).split('\r\n')[2]?.split(',')[16];
    };
    expect(lastCheckIn(Date.UTC(2026, 1, 8, 13, 30))).toBe('2026-02-08');
    expect(lastCheckIn(Number.NaN)).toBe('');
    expect(lastCheckIn(Number.POSITIVE_INFINITY)).toBe('');
    expect(lastCheckIn('2026-02-08')).toBe('');
    expect(lastCheckIn(1e16)).toBe('');
    expect(lastCheckIn(-8.64e15 - 1)).toBe('');
    // The last day JavaScript has, in ISO 8601's six-digit years (its "+" guarded as text's is).
    expect(lastCheckIn(8.64e15)).toBe("'+275760-09-13");
  });

  it('writes a stale flag that is no boolean as an empty cell', () => {
    const report = small();
    (report.objectives[0] as { stale: unknown }).stale = 'yes';
    expect(toCsv(report).split('\r\n')[1]?.split(',')[12]).toBe('');
  });

  it('writes a unit without objectives beneath it with an empty status, and one without balance with an empty balance', () => {
    const org = analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW });
    const infra = org.units[2] as { status: unknown; balance: unknown };
    infra.status = null;
    infra.balance = undefined;
    const rows = toCsv(org).split('\r\n');
    expect(rows[5]).toBe(
      'unit,infra,Infra,eng,Organisation / Engineering / Infra,,,0.25,0.5,0.25,0.5,,,,,,,,,,2,',
    );
  });

  it('leaves out an objective index that points past the report’s objectives', () => {
    const org = analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW });
    const before = toCsv(org);
    (org.units[0] as { objectiveIndexes: number[] }).objectiveIndexes.push(99);
    expect(toCsv(org)).toBe(before);
  });
});

describe('toCsv of a value that is no report', () => {
  it('throws for undefined as for null', () => {
    expect(() => toCsv(undefined)).toThrow(
      'toCsv needs a report of analyzeOkrs or analyzeOrg: report should be a report of analyzeOkrs.',
    );
  });

  it('lists every problem, separated by a space', () => {
    const report = small() as unknown as { objectives: Record<string, unknown>[] };
    (report.objectives[0] as Record<string, unknown>).progress = Number.NaN;
    (report.objectives[1] as Record<string, unknown>).expected = Number.NaN;
    expect(() => toCsv(report)).toThrow(
      'toCsv needs a report of analyzeOkrs or analyzeOrg: report.objectives[0].progress should be a finite number. report.objectives[1].expected should be a finite number.',
    );
  });

  it('lists five problems and counts the others', () => {
    const report = small() as unknown as { objectives: Record<string, unknown>[] };
    const message = () => {
      try {
        toCsv(report);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    for (const field of ['progress', 'expected', 'attainment'])
      for (const objective of report.objectives) objective[field] = Number.NaN;
    // Six problems: five listed, one counted.
    expect(message().split('. ')).toHaveLength(6);
    expect(message().endsWith(' … 1 more.')).toBe(true);
    // Five problems: all listed, none counted.
    (report.objectives[1] as Record<string, unknown>).attainment = 0.5;
    expect(message()).not.toContain('more');
    expect(message().split('. ')).toHaveLength(5);
  });

  it('throws for an organisation’s objective that is no objective, and for a unit without a text name or parent', () => {
    const org = () => analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW });
    const broken = org();
    (broken.objectives[0] as { progress: unknown }).progress = Number.NaN;
    expect(() => toCsv(broken)).toThrow('report.objectives[0].progress should be a finite number.');
    const nameless = org();
    (nameless.units[1] as { name: unknown }).name = 7;
    expect(() => toCsv(nameless)).toThrow('report.units[1] should be a unit with a text id');
    const orphan = org();
    (orphan.units[1] as { parentId: unknown }).parentId = 7;
    expect(() => toCsv(orphan)).toThrow('report.units[1] should be a unit with a text id');
  });
});

describe('plainNumber of large numbers', () => {
  it('writes numbers from 1e15 on as whole numbers, without the fraction a float would invent', () => {
    expect(plainNumber(1e15)).toBe('1000000000000000');
    expect(plainNumber(2e15)).toBe('2000000000000000');
    expect(plainNumber(1e15 + 0.25)).toBe('1000000000000000');
    expect(plainNumber(-1e15 - 0.25)).toBe('-1000000000000000');
    expect(plainNumber(999_999_999_999_999.9)).toBe('999999999999999.875');
  });
});

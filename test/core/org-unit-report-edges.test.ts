import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeOrg, type OrgReport, type OrgUnit, unitReport } from '../../src/core';
import { MESSAGES_DE } from '../../src/locales/de';
import { SMALL_NOW as NOW, SMALL_ORGANISATION as SMALL } from '../fixtures/organisation';

const NOTHING_SHOWN = 'Nothing is shown.';
const unitOf = (org: OrgReport, id: string) => org.units.find((u) => u.id === id) as OrgUnit;
const rowIds = (org: unknown, unitId: string) =>
  unitReport(org as OrgReport, unitId).objectives.map((row) => [row.kind ?? 'objective', row.id]);

describe('unitReport: the rows of a report changed by hand', () => {
  let org: OrgReport;
  beforeEach(() => {
    org = analyzeOrg(SMALL, { now: NOW });
  });

  it('finds the sub-units by id when the units lost their depth-first order', () => {
    const reordered = { ...org, units: [...org.units].reverse() };
    expect(rowIds(reordered, 'eng')).toEqual([
      ['unit', 'infra'],
      ['unit', 'web'],
      ['objective', 'e1'],
    ]);
    expect(rowIds(reordered, '@org')).toEqual(rowIds(org, '@org'));
  });

  it('gives only the direct sub-units of the organisation, not their teams', () => {
    expect(rowIds(org, '@org')).toEqual([
      ['unit', 'eng'],
      ['unit', 'sales'],
      ['objective', 'o1'],
    ]);
  });

  it('leaves out a sub-unit that is missing from the units', () => {
    const lost = { ...org, units: org.units.filter((unit) => unit.id !== 'web') };
    expect(rowIds(lost, 'eng')).toEqual([
      ['unit', 'infra'],
      ['objective', 'e1'],
    ]);
  });

  it('finds the own objectives by id when their indexes point elsewhere', () => {
    const infra = unitOf(org, 'infra');
    const w1 = org.objectives.findIndex((o) => o.id === 'w1');
    const first = infra.objectiveIndexes?.[0] as number;
    for (const indexes of [[first, w1], [first, 999], [999, 998], undefined]) {
      const stale = {
        ...org,
        units: org.units.map((unit) =>
          unit.id === 'infra' ? { ...unit, objectiveIndexes: indexes } : unit,
        ),
      };
      expect(rowIds(stale, 'infra')).toEqual([
        ['objective', 'i1'],
        ['objective', 'i2'],
      ]);
    }
  });

  it('finds the own objectives by id when the objectives were reordered', () => {
    const reordered = { ...org, objectives: [...org.objectives].reverse() };
    expect(rowIds(reordered, 'infra')).toEqual([
      ['objective', 'i2'],
      ['objective', 'i1'],
    ]);
    expect(rowIds(reordered, 'web')).toEqual([['objective', 'w1']]);
  });
});

describe('unitReport: issues', () => {
  let org: OrgReport;
  beforeEach(() => {
    org = analyzeOrg(
      { ...SMALL, teams: [...(SMALL.teams ?? []), { id: 'ops', name: 'Ops', parentId: 'gone' }] },
      { now: NOW },
    );
  });

  it('gives the organisation’s issues only in the organisation’s report', () => {
    expect(org.issues.length).toBeGreaterThan(0);
    expect(unitReport(org, '@org').issues).toEqual(org.issues);
    expect(unitReport(org, 'eng').issues).toEqual([]);
    expect(unitReport(org, 'ops').issues).toEqual([]);
  });

  it.each([
    ['a number', 1],
    ['undefined', undefined],
    ['null', null],
  ])('gives an unknown-unit issue for a unit id that is %s', (_, id) => {
    const report = unitReport(org, id as never);
    expect(report.objectives).toEqual([]);
    expect(report.issues).toEqual([
      {
        path: 'unitId',
        code: 'unknown-unit',
        severity: 'error',
        message: `There is no unit with the id ‘${String(id)}’ in this organisation. ${NOTHING_SHOWN}`,
      },
    ]);
  });

  it('keeps the organisation’s moment, elapsed time and locale in an unknown unit’s report', () => {
    const report = unitReport(org, 'marketing');
    expect(report.now).toBe(org.now);
    expect(report.elapsed).toBe(0.5);
    expect(report.locale).toBe('en');
    expect(report.cycle).toBeNull();
    expect(report.suggestions).toEqual([]);
    expect(report.balance.score).toBeNull();
  });
});

describe('unitReport: options', () => {
  let org: OrgReport;
  beforeEach(() => {
    org = analyzeOrg(SMALL, { now: NOW });
  });

  it('writes an unknown unit’s issue in the locale of the options', () => {
    const options = { locale: 'de', messages: MESSAGES_DE };
    const [issue] = unitReport(org, 'marketing', options).issues;
    expect(issue?.message).toMatch(
      /^In dieser Organisation gibt es keine Einheit mit der ID „marketing“\./,
    );
    expect(unitReport(org, 'marketing', options).locale).toBe('de');
  });

  it('writes an unknown unit’s issue with the messages of the options', () => {
    const [issue] = unitReport(org, 'marketing', {
      messages: { 'issue.unknown-unit': 'No team {unitId} here.' },
    }).issues;
    expect(issue?.message).toBe(`No team marketing here. ${NOTHING_SHOWN}`);
  });

  it('takes the organisation’s locale for an unknown unit unless the options name one', () => {
    const german = { ...org, locale: 'de' };
    expect(unitReport(german, 'marketing').locale).toBe('de');
    expect(unitReport(german, 'marketing', { locale: 'fr' }).locale).toBe('fr');
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'de'],
  ])('treats options that are %s as none', (_, options) => {
    const report = unitReport(org, 'marketing', options as never);
    expect(report.issues[0]?.message).toMatch(/^There is no unit with the id ‘marketing’/);
    expect(unitReport(org, 'eng', options as never).objectives).toHaveLength(3);
  });

  it('does not throw on options whose locale cannot be read', () => {
    const hostile = {
      get locale(): string {
        throw new Error('no');
      },
    };
    const report = unitReport(org, 'marketing', hostile);
    expect(report.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['unitId', 'unknown-unit'],
    ]);
    expect(report.issues[0]?.message).toMatch(/^There is no unit/);
  });
});

describe('unitReport: something that is not an organisation', () => {
  const INVALID = {
    path: 'org',
    code: 'invalid-org',
    severity: 'error',
    message: `This is not a report of analyzeOrg. ${NOTHING_SHOWN}`,
  };

  it.each([
    ['objectives that are no list', { units: [], objectives: 'none' }],
    ['units that are no list', { units: 'none', objectives: [] }],
    ['neither', { units: {}, objectives: {} }],
    ['null', null],
  ])('gives one invalid-org issue at the path org for %s', (_, junk) => {
    const report = unitReport(junk as never, '@org');
    expect(report.issues).toEqual([INVALID]);
    expect(report.objectives).toEqual([]);
    expect(report.suggestions).toEqual([]);
    expect(report.cycle).toBeNull();
  });

  it('keeps a readable moment, elapsed time and locale of the broken report', () => {
    const report = unitReport(
      {
        units: 'none',
        objectives: [],
        now: '2026-02-15T00:00:00.000Z',
        elapsed: 0.6,
        locale: 'de',
      } as never,
      '@org',
    );
    expect(report.now).toBe('2026-02-15T00:00:00.000Z');
    expect(report.elapsed).toBe(0.6);
    expect(report.locale).toBe('de');
    expect(report.issues).toEqual([INVALID]);
  });

  it.each([
    ['a moment that is a number', { now: 5 }, '1970-01-01T00:00:00.000Z', 0],
    ['elapsed above 1', { elapsed: 1.5 }, '1970-01-01T00:00:00.000Z', 0],
    ['elapsed below 0', { elapsed: -0.25 }, '1970-01-01T00:00:00.000Z', 0],
    ['elapsed as text', { elapsed: '0.5' }, '1970-01-01T00:00:00.000Z', 0],
    ['elapsed 1', { elapsed: 1 }, '1970-01-01T00:00:00.000Z', 1],
    ['elapsed 0', { elapsed: 0, now: '2026-01-01' }, '2026-01-01', 0],
  ])('falls back for %s', (_, fields, now, elapsed) => {
    const report = unitReport({ units: 'none', ...fields } as never, '@org');
    expect(report.now).toBe(now);
    expect(report.elapsed).toBe(elapsed);
    expect(report.locale).toBe('en');
  });

  it('falls back to English for a locale that is not text', () => {
    const report = unitReport({ units: 'none', locale: 42 } as never, '@org');
    expect(report.locale).toBe('en');
    expect(report.issues).toEqual([INVALID]);
  });

  it('does not throw on a report whose fields cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const report = unitReport(hostile as never, '@org');
    expect(report.issues).toEqual([INVALID]);
    expect(report.now).toBe('1970-01-01T00:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeOrg, checkOrgReport, type OrgReport } from '../../src/core';
import {
  ORGANISATION,
  ORGANISATION_NOW,
  SMALL_NOW,
  SMALL_ORGANISATION,
} from '../fixtures/organisation';

const small = (): OrgReport =>
  JSON.parse(JSON.stringify(analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW })));

/** A small report with one change made by `edit`, and what the check says of it. */
function checkEdited(edit: (report: Record<string, unknown> & OrgReport) => void) {
  const report = small() as Record<string, unknown> & OrgReport;
  edit(report);
  return checkOrgReport(report);
}
/** A report's unit, to edit. */
const unitOf = (report: OrgReport, index: number) =>
  report.units[index] as unknown as Record<string, unknown>;
const paths = (check: ReturnType<typeof checkOrgReport>) => check.issues.map((i) => i.path);
const codes = (check: ReturnType<typeof checkOrgReport>) => check.issues.map((i) => i.code);

describe('checkOrgReport', () => {
  it('accepts what analyzeOrg returns, also after a trip through JSON', () => {
    const org = analyzeOrg(ORGANISATION, { now: ORGANISATION_NOW });
    expect(checkOrgReport(org)).toEqual({ ok: true, report: org, issues: [] });
    const travelled = small();
    expect(checkOrgReport(travelled).report).toBe(travelled);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a text', 'report'],
    ['a list', []],
  ])('turns down %s as not a report of analyzeOrg', (_, value) => {
    expect(checkOrgReport(value)).toEqual({
      ok: false,
      report: null,
      issues: [
        {
          path: 'report',
          code: 'wrong-type',
          severity: 'error',
          message: 'report should be a report of analyzeOrg.',
        },
      ],
    });
  });

  it('turns down a report of analyzeOkrs: it has no units', () => {
    const check = checkOrgReport({ objectives: [], balance: {}, issues: [] });
    expect(paths(check)).toEqual(['report.units']);
    expect(checkOrgReport({ units: [], rootId: 'x' }).issues[0]?.message).toBe(
      'report.units should be a list of units.',
    );
  });

  it('names each bad field of a unit by its path', () => {
    const check = checkEdited((report) => {
      const unit = unitOf(report, 1);
      unit.name = 7;
      unit.depth = -1;
      unit.objectiveCount = 1.5;
      unit.progress = Number.NaN;
      unit.expected = 'soon';
      unit.status = 'fine';
      unit.balance = { score: 2 };
    });
    expect(check.ok).toBe(false);
    expect(paths(check)).toEqual([
      'report.units[1].name',
      'report.units[1].depth',
      'report.units[1].objectiveCount',
      'report.units[1].progress',
      'report.units[1].expected',
      'report.units[1].status',
      'report.units[1].balance',
    ]);
  });

  it('accepts a unit with no objectives: progress, status and balance score null', () => {
    const check = checkEdited((report) => {
      const unit = unitOf(report, 1);
      unit.progress = null;
      unit.status = null;
      unit.balance = { score: null };
    });
    expect(check.ok).toBe(true);
  });

  it('turns down a unit that is not an object, and an id that is missing or used twice', () => {
    const check = checkEdited((report) => {
      (report.units as unknown[])[3] = 'sales';
      unitOf(report, 2).id = '';
      report.units.push({ ...(report.units[1] as object) } as never);
    });
    expect(paths(check)).toContain('report.units[3]');
    expect(paths(check)).toContain('report.units[2].id');
    expect(check.issues.find((i) => i.path === `report.units[${5}].id`)?.code).toBe('duplicate-id');
  });

  it('turns down child ids that would draw a unit twice or close a loop', () => {
    // A child listed twice.
    const twice = checkEdited((report) => {
      const root = unitOf(report, 0);
      const ids = root.childIds as string[];
      root.childIds = [...ids, ids[0] as string];
    });
    expect(codes(twice)).toEqual(['unknown-child']);
    expect(paths(twice)).toEqual(['report.units[0].childIds']);
    // A unit that names its own parent as a child.
    const loop = checkEdited((report) => {
      const eng = unitOf(report, 1);
      eng.childIds = [...(eng.childIds as string[]), report.rootId];
    });
    expect(codes(loop)).toEqual(['unknown-child']);
    // A child that does not exist, and child ids that are not a list of texts.
    expect(
      codes(
        checkEdited((report) => {
          unitOf(report, 0).childIds = ['nobody'];
        }),
      ),
    ).toEqual(['unknown-child']);
    expect(
      codes(
        checkEdited((report) => {
          unitOf(report, 0).childIds = [1] as never;
        }),
      ),
    ).toEqual(['wrong-type']);
  });

  it('turns down a root id that names no unit, or a unit with a parent', () => {
    expect(
      paths(
        checkEdited((report) => {
          report.rootId = 'nobody';
        }),
      ),
    ).toEqual(['report.rootId']);
    const withParent = checkEdited((report) => {
      report.rootId = unitOf(report, 1).id as string;
    });
    expect(withParent.issues[0]?.message).toBe(
      'report.rootId should name a unit without a parent.',
    );
  });

  it('never throws: a getter that throws makes the report unreadable', () => {
    const report = small();
    Object.defineProperty(report.units[0], 'name', {
      get() {
        throw new Error('no');
      },
    });
    expect(checkOrgReport(report)).toMatchObject({ ok: false, issues: [{ code: 'unreadable' }] });
  });
});

describe('checkOrgReport, each problem in words', () => {
  const error = (path: string, code: string, message: string) => ({
    path,
    code,
    severity: 'error',
    message: `${path} ${message}.`,
  });

  it('names every bad field of a unit, and a unit that is not an object', () => {
    const check = checkEdited((report) => {
      Object.assign(unitOf(report, 1), {
        name: 3,
        depth: -1,
        objectiveCount: 1.5,
        progress: -0.1,
        expected: Number.POSITIVE_INFINITY,
        status: 'fine',
        balance: { score: 1.1 },
      });
      (report.units as unknown[])[2] = 'x';
    });
    const at = 'report.units[1]';
    expect(check).toEqual({
      ok: false,
      report: null,
      issues: [
        error(`${at}.name`, 'wrong-type', 'should be a text'),
        error(`${at}.depth`, 'wrong-type', 'should be a whole number of 0 or more'),
        error(`${at}.objectiveCount`, 'wrong-type', 'should be a whole number of 0 or more'),
        error(`${at}.progress`, 'wrong-type', 'should be a number of 0 or more, or null'),
        error(`${at}.expected`, 'wrong-type', 'should be a finite number'),
        error(
          `${at}.status`,
          'wrong-type',
          'should be done, ahead, on-track, not-started, behind, at-risk, off-track or null',
        ),
        error(
          `${at}.balance`,
          'wrong-type',
          'should be balance statistics with a score from 0 to 1 or null',
        ),
        error('report.units[2]', 'wrong-type', 'should be a unit'),
        error(
          `${at}.childIds`,
          'unknown-child',
          'names ‘infra’, which is not a unit under this one',
        ),
      ],
    });
  });

  it('names a missing id, a list of children that is not one, and an unknown root', () => {
    const check = checkEdited((report) => {
      unitOf(report, 0).childIds = 'a';
      unitOf(report, 1).id = '';
      Object.assign(report, { rootId: 'nope' });
    });
    expect(check.issues).toEqual([
      error('report.units[1].id', 'wrong-type', 'should be a text'),
      error('report.units[0].childIds', 'wrong-type', 'should be a list of unit ids'),
      error(
        'report.units[1].childIds',
        'unknown-child',
        'names ‘infra’, which is not a unit under this one',
      ),
      error('report.rootId', 'unknown-unit', 'should name one of the units'),
    ]);
  });

  it('names a root that has a parent, and a repeated id', () => {
    expect(checkEdited((report) => Object.assign(report, { rootId: 'eng' })).issues).toEqual([
      error('report.rootId', 'wrong-type', 'should name a unit without a parent'),
    ]);
    const repeated = checkEdited((report) => {
      unitOf(report, 4).id = 'web';
    });
    expect(repeated.issues[0]).toEqual(
      error('report.units[4].id', 'duplicate-id', 'repeats an id used before'),
    );
  });

  it('turns down a report without units', () => {
    expect(checkEdited((report) => Object.assign(report, { units: [] }))).toEqual({
      ok: false,
      report: null,
      issues: [error('report.units', 'wrong-type', 'should be a list of units')],
    });
  });

  it('reads a unit of null as no unit, and fields inherited from a prototype as missing', () => {
    expect(
      checkEdited((report) => {
        (report.units as unknown[])[4] = null;
        unitOf(report, 0).childIds = ['eng'];
      }).issues,
    ).toEqual([error('report.units[4]', 'wrong-type', 'should be a unit')]);
    const inherited = checkEdited((report) => {
      const sales = unitOf(report, 4);
      const { name, ...rest } = sales;
      (report.units as unknown[])[4] = Object.assign(Object.create({ name }), rest);
    });
    expect(inherited.issues).toEqual([
      error('report.units[4].name', 'wrong-type', 'should be a text'),
    ]);
  });

  it('accepts the edges: progress and a balance score of 0, and a score of 1', () => {
    const check = checkEdited((report) => {
      Object.assign(unitOf(report, 4), { progress: 0, balance: { score: 0 } });
      Object.assign(unitOf(report, 3), { balance: { score: 1 } });
    });
    expect(check.ok).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeOkrs, checkReport } from '../../src/core';
import { COMPANY, COMPANY_NOW } from '../fixtures/scenarios';

// Made inside each test: a call while the file is collected would make every mutant it reaches
// "static" for Stryker (run against every test of the core).
const companyReport = () => analyzeOkrs(COMPANY, { now: COMPANY_NOW });
const paths = (value: unknown) => {
  const check = checkReport(value);
  return check.ok ? [] : check.issues.map((issue) => `${issue.path} ${issue.code}`);
};

describe('checkReport', () => {
  it('accepts a report of analyzeOkrs, also after a trip through JSON', () => {
    const company = companyReport();
    expect(checkReport(company)).toEqual({ ok: true, report: company, issues: [] });
    expect(checkReport(JSON.parse(JSON.stringify(company))).ok).toBe(true);
    expect(checkReport(analyzeOkrs({ cycle: COMPANY.cycle, objectives: [] })).ok).toBe(true);
  });

  it('rejects a missing, null or non-object report', () => {
    for (const value of [undefined, null, 42, 'report', [], true]) {
      expect(paths(value)).toEqual(['report wrong-type']);
    }
  });

  it('names each field of another version’s shape', () => {
    expect(paths({ objectives: {}, balance: {} })).toEqual([
      'report.objectives wrong-type',
      'report.balance.score out-of-range',
      'report.balance.level wrong-type',
      'report.balance.mean not-finite',
      'report.balance.median not-finite',
      'report.balance.min not-finite',
      'report.balance.max not-finite',
      'report.balance.spread not-finite',
      'report.balance.stdDev not-finite',
    ]);
    expect(paths({ objectives: [] })).toEqual(['report.balance wrong-type']);
  });

  it('rejects objectives without title, status or progress, and a numeric title', () => {
    const company = companyReport();
    const objective = { ...company.objectives[0] } as Record<string, unknown>;
    delete objective.status;
    delete objective.progress;
    expect(
      paths({ ...company, objectives: [objective, { ...company.objectives[1], title: 42 }] }),
    ).toEqual([
      'report.objectives[0].status wrong-type',
      'report.objectives[0].progress not-finite',
      'report.objectives[1].title wrong-type',
    ]);
    expect(paths({ ...company, objectives: [null, 'x'] })).toEqual([
      'report.objectives[0] wrong-type',
      'report.objectives[1] wrong-type',
    ]);
  });

  it('treats prototype names as data: an unknown status, a status of constructor', () => {
    const company = companyReport();
    for (const status of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'unknown']) {
      const objectives = [{ ...company.objectives[0], status }];
      expect(paths({ ...company, objectives })).toEqual(['report.objectives[0].status wrong-type']);
    }
    // An id such as constructor is an id like any other.
    const objectives = company.objectives.map((o, i) => ({
      ...o,
      id: ['constructor', '__proto__'][i] ?? o.id,
    }));
    expect(checkReport({ ...company, objectives }).ok).toBe(true);
    // Inherited fields do not count: a report built on a prototype is not read through it.
    expect(paths(Object.create(company))).toContain('report.objectives wrong-type');
  });

  it('rejects NaN, Infinity, a duplicate id and an explanation without an id', () => {
    const company = companyReport();
    const [first, second] = company.objectives;
    expect(
      paths({
        ...company,
        objectives: [
          { ...first, expected: Number.NaN, attainment: Number.POSITIVE_INFINITY },
          { ...second, id: first?.id, explanation: { values: {} } },
        ],
      }),
    ).toEqual([
      'report.objectives[0].expected not-finite',
      'report.objectives[0].attainment not-finite',
      'report.objectives[1].id duplicate-id',
      'report.objectives[1].explanation wrong-type',
    ]);
    expect(paths({ ...company, balance: { ...company.balance, score: 1.5 } })).toEqual([
      'report.balance.score out-of-range',
    ]);
    expect(paths({ ...company, balance: { ...company.balance, level: 'constructor' } })).toEqual([
      'report.balance.level wrong-type',
    ]);
  });

  it('reports a report whose getter or proxy throws as unreadable, without throwing', () => {
    const company = companyReport();
    const getter = Object.defineProperty({ balance: company.balance }, 'objectives', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [
      getter,
      proxy,
      new Proxy(
        {},
        {
          getOwnPropertyDescriptor() {
            throw new Error('trap');
          },
        },
      ),
    ]) {
      const check = checkReport(value);
      expect(check.ok).toBe(false);
      expect(check.issues.map((issue) => issue.code)).toEqual(['unreadable']);
    }
  });

  it('never throws on any JSON value, and a report it accepts holds only finite numbers', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const check = checkReport(value);
        expect(typeof check.ok).toBe('boolean');
        for (const issue of check.issues) expect(issue.message).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});

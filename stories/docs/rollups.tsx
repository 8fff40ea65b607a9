// The organisations of the Guide's roll-up page and the tables that explain them. Every number
// comes from the real `analyzeOrg`, and each unit's arithmetic is rebuilt from its children in
// the same report, so the page cannot drift from the code.
import {
  analyzeOrg,
  type OkrSet,
  type OrgReport,
  type OrgUnit,
  type RollupChild,
  type RollupRule,
  STATUSES,
  StatusBadge,
} from 'okr-balance';
import { SMALL_NOW, SMALL_ORGANISATION } from '../../test/fixtures/organisation';
import { useExplain } from './components';

/** The small organisation of the test fixtures under a rule. */
const small = (rollup: RollupRule) => analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW, rollup });

/** The middle value of the children's progress: a host's own rule. */
export function median(children: readonly RollupChild[]): number {
  const sorted = children.map((child) => child.progress).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The small organisation under each built-in rule, and under a host's median. */
export const rollupReports = {
  'weighted-mean': small('weighted-mean'),
  mean: small('mean'),
  weakest: small('weakest'),
  median: small(median),
} as const;

/** Every bad structure of §8 in one small organisation. */
export const badStructure: OkrSet = {
  cycle: { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' },
  teams: [
    { id: 'eng', name: 'Engineering' },
    { id: 'web', name: 'Web', parentId: 'app' },
    { id: 'app', name: 'App', parentId: 'web' },
    { id: 'ops', name: 'Operations', parentId: 'it' },
    { id: 'eng', name: 'Engineering (copy)' },
    { id: 'legal', name: 'Legal' },
  ],
  objectives: [
    { id: 'a', title: 'Ship the new API', team: 'eng', progress: 0.5 },
    { id: 'b', title: 'Faster pages', team: 'web', progress: 0.6 },
    { id: 'c', title: 'App store rating 4.5', team: 'app', progress: 0.3 },
    { id: 'd', title: 'Cut outages', team: 'ops', progress: 0.2 },
    { id: 'e', title: 'Launch in Brazil', team: 'growth', progress: 0.4 },
  ],
};
export const badStructureReport = analyzeOrg(badStructure, { now: SMALL_NOW });

const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const dec = (value: number) => decimal.format(value);
const pct = (value: number | null) => (value === null ? '—' : percent.format(value));

/** A direct child of a unit as its roll-up reads it. */
interface Child {
  name: string;
  progress: number;
  attainment: number;
  weight: number;
}

/** A unit's direct children, as the roll-up sees them: non-empty sub-units, then its objectives. */
export function childrenOf(report: OrgReport, unit: OrgUnit): Child[] {
  const byId = new Map(report.units.map((u) => [u.id, u]));
  const children: Child[] = [];
  for (const id of unit.childIds) {
    const sub = byId.get(id);
    if (!sub || sub.progress === null || sub.attainment === null) continue;
    children.push({
      name: sub.name,
      progress: sub.progress,
      attainment: sub.attainment,
      weight: sub.weight,
    });
  }
  for (const index of unit.objectiveIndexes) {
    const o = report.objectives[index];
    if (!o) continue;
    const progress = Math.min(Math.max(o.progress, 0), 1);
    children.push({ name: o.title, progress, attainment: o.attainment, weight: o.weight });
  }
  return children;
}

/**
 * The arithmetic behind a unit's progress, rebuilt from its children in the report:
 * `(4 × 0.25 + 2 × 0.6 + 1 × 0.5) / 7 = 0.386`. `result` is what the arithmetic gives, to be
 * compared with the report's own number.
 */
export function arithmetic(
  report: OrgReport,
  unit: OrgUnit,
  functionName = 'f',
): { formula: string; result: number | null } {
  const children = childrenOf(report, unit);
  if (children.length === 0) return { formula: 'nothing beneath it', result: null };
  const list = children.map((child) => dec(child.progress)).join(', ');
  switch (report.rollup) {
    case 'weighted-mean': {
      const total = children.reduce((sum, child) => sum + child.weight, 0);
      const result = children.reduce((sum, c) => sum + c.weight * c.progress, 0) / total;
      const terms = children.map((c) => `${dec(c.weight)} × ${dec(c.progress)}`).join(' + ');
      return { formula: `(${terms}) / ${dec(total)} = ${dec(result)}`, result };
    }
    case 'mean': {
      const result = children.reduce((sum, c) => sum + c.progress, 0) / children.length;
      const terms = children.map((c) => dec(c.progress)).join(' + ');
      return { formula: `(${terms}) / ${children.length} = ${dec(result)}`, result };
    }
    case 'weakest': {
      // Lowest attainment; the core breaks ties by progress, status and id.
      const weakest = children.reduce((low, c) => (c.attainment < low.attainment ? c : low));
      const attainments = children.map((c) => dec(c.attainment)).join(', ');
      return {
        formula: `lowest attainment of ${attainments}: ‘${weakest.name}’ at ${dec(weakest.progress)}`,
        result: weakest.progress,
      };
    }
    default: {
      const result = unit.progress ?? 0;
      return { formula: `${functionName}(${list}) = ${dec(result)}`, result };
    }
  }
}

/** A unit's name, indented by its depth. */
function UnitName({ unit }: { unit: OrgUnit }) {
  return (
    <span className="okr-guide-unit" data-depth={Math.min(unit.depth, 4)}>
      {unit.name}
    </span>
  );
}

export interface RollupTableProps {
  report: OrgReport;
  /** The name a host's function goes by in the arithmetic. @default 'f' */
  functionName?: string;
}

/**
 * Every unit of an organisation under one rule: the arithmetic from its direct children, its
 * progress `p`, expected `e`, attainment `a`, status and the explanation the core gives.
 */
export function RollupTable({ report, functionName }: RollupTableProps) {
  const format = useExplain();
  return (
    <table className="okr-guide-table okr-guide-rollup">
      <thead>
        <tr>
          <th scope="col">Unit</th>
          <th scope="col">p</th>
          <th scope="col">e</th>
          <th scope="col">a</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      {report.units.map((unit) => {
        const { formula, result } = arithmetic(report, unit, functionName);
        const drift =
          result !== null && unit.progress !== null && Math.abs(result - unit.progress) > 1e-9;
        return (
          // One group per unit: its numbers, then how they came about.
          <tbody key={unit.id}>
            <tr>
              <th scope="row">
                <UnitName unit={unit} />
              </th>
              <td data-label="p">{pct(unit.progress)}</td>
              <td data-label="e">{pct(unit.expected)}</td>
              <td data-label="a">{pct(unit.attainment)}</td>
              <td>
                {unit.status === null ? (
                  <span className="okr-guide-muted">{format.format('org.no-objectives')}</span>
                ) : (
                  <StatusBadge status={unit.status} size="sm" focusable={false} />
                )}
              </td>
            </tr>
            <tr className="okr-guide-rollup__why">
              <td colSpan={5}>
                <div className="okr-guide-unit" data-depth={Math.min(unit.depth, 4)}>
                  <code className="okr-guide-formula">p = {formula}</code>
                  {drift && (
                    <span className="okr-guide-muted">
                      {' '}
                      (the report says {dec(unit.progress ?? 0)})
                    </span>
                  )}
                  <span className="okr-guide-why">
                    {format.format(unit.explanation.id, unit.explanation.values)}
                  </span>
                </div>
              </td>
            </tr>
          </tbody>
        );
      })}
    </table>
  );
}

/** Each unit's progress and status under several rules, side by side. */
export function RollupComparison({ reports }: { reports: Record<string, OrgReport> }) {
  const names = Object.keys(reports);
  const first = reports[names[0] ?? ''];
  if (!first) return null;
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">Unit</th>
          {names.map((name) => (
            <th key={name} scope="col">
              <code>{name}</code>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first.units.map((unit, index) => (
          <tr key={unit.id}>
            <th scope="row">
              <UnitName unit={unit} />
            </th>
            {names.map((name) => {
              const same = reports[name]?.units[index];
              return (
                <td key={name}>
                  {same && same.status !== null && (
                    <span className="okr-guide-cell">
                      {pct(same.progress)}{' '}
                      <StatusBadge status={same.status} size="sm" focusable={false} />
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each objective of an organisation with its unit and the numbers the roll-ups read. */
export function OrgObjectivesTable({ report }: { report: OrgReport }) {
  const unitOf = new Map<string, string>();
  for (const unit of report.units) for (const id of unit.objectiveIds) unitOf.set(id, unit.name);
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">Objective</th>
          <th scope="col">unit</th>
          <th scope="col">p</th>
          <th scope="col">weight</th>
          <th scope="col">bar b</th>
          <th scope="col">a = p / b</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {report.objectives.map((o) => (
          <tr key={o.id}>
            <th scope="row">{o.title}</th>
            <td>{unitOf.get(o.id)}</td>
            <td>{pct(o.progress)}</td>
            <td>{dec(o.weight)}</td>
            <td>{dec(o.bar)}</td>
            <td>{pct(o.attainment)}</td>
            <td>
              <StatusBadge status={o.status} size="sm" focusable={false} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each unit's objective count and status counts: everything beneath it, whatever the rule. */
export function StatusCountsTable({ report }: { report: OrgReport }) {
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">Unit</th>
          <th scope="col">objectives</th>
          <th scope="col">by status</th>
        </tr>
      </thead>
      <tbody>
        {report.units.map((unit) => (
          <tr key={unit.id}>
            <th scope="row">
              <UnitName unit={unit} />
            </th>
            <td>{unit.objectiveCount}</td>
            <td>
              <span className="okr-guide-counts">
                {STATUSES.filter((status) => unit.statusCounts[status] > 0).map((status) => (
                  <span key={status} className="okr-guide-cell">
                    {unit.statusCounts[status]} ×{' '}
                    <StatusBadge status={status} size="sm" focusable={false} />
                  </span>
                ))}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The bad structures of §8: what each is, the issue it gives, and the repair. */
const REPAIRS = [
  {
    code: 'unknown-parent',
    what: 'a parent that does not exist (Operations under “it”)',
    repair: 'the team sits directly under the organisation',
  },
  {
    code: 'parent-cycle',
    what: 'a cycle of parents (Web under App, App under Web)',
    repair:
      'cut where it closes, walking the teams in input order: App sits under the organisation',
  },
  {
    code: 'duplicate-id',
    what: 'a team id used twice (eng)',
    repair: 'the first team with the id is kept, the second left out',
  },
  {
    code: 'unknown-team',
    what: 'an objective of a team that is not listed (growth)',
    repair: 'the objective goes to an “Unassigned” unit under the organisation',
  },
  {
    code: 'empty-unit',
    what: 'a team with nothing beneath it (Legal)',
    repair: 'no progress and no status (null): shown as “No objectives”',
  },
] as const;

/** The table of bad structures, each with the issue the live report gives for it. */
export function RepairTable({ report }: { report: OrgReport }) {
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">Bad structure</th>
          <th scope="col">issue</th>
          <th scope="col">repair</th>
        </tr>
      </thead>
      <tbody>
        {REPAIRS.map(({ code, what, repair }) => {
          const issue = report.issues.find((each) => each.code === code);
          return (
            <tr key={code}>
              <th scope="row">{what}</th>
              <td>
                <code>{code}</code>
                {issue && (
                  <>
                    {' '}
                    ({issue.severity}) <code>{issue.path}</code>
                    <span className="okr-guide-why">{issue.message}</span>
                  </>
                )}
              </td>
              <td>{repair}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The ids of every unit with sub-units: an OrgTable opened all the way. */
export function allOpen(report: OrgReport): string[] {
  return report.units.filter((unit) => unit.childIds.length > 0).map((unit) => unit.id);
}

/** One unit's arithmetic, inline in the text: `(4 × 0.25 + …) / 7 = 0.386`. */
export function UnitSum({
  report,
  unit: id,
  functionName,
}: {
  report: OrgReport;
  unit: string;
  functionName?: string;
}) {
  const unit = report.units.find((each) => each.id === id);
  if (!unit) return null;
  return (
    <code>
      {unit.name}: {arithmetic(report, unit, functionName).formula}
    </code>
  );
}

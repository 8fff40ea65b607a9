// Building blocks of the Guide pages: a frame for live widgets that follows the toolbar's theme
// and locale, and small tables that read their numbers from a real report.
import {
  CAUSES,
  type CatalogEntry,
  createFormatter,
  OkrBalanceProvider,
  RED_FLAGS,
  type Report,
  StatusBadge,
} from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useToolbarGlobals } from '../../.storybook/globals';
import './guide.css';

/** Is the toolbar set to German? */
function useGerman(): boolean {
  return useToolbarGlobals().locale === 'de';
}

export interface LiveProps {
  children: ReactNode;
  /** A short line under the widgets: what to look at. */
  caption?: ReactNode;
  /** Lays the children out side by side (they wrap on narrow pages). */
  row?: boolean;
}

/**
 * A frame for live widgets in a docs page: the theme and locale of the toolbar, the widgets'
 * own background, and none of the docs page's typography (`sb-unstyled`).
 */
export function Live({ children, caption, row = false }: LiveProps) {
  const globals = useToolbarGlobals();
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  const german = globals.locale === 'de';
  // A frame whose tables are wider than a narrow page scrolls sideways: it then takes focus,
  // so the keyboard can scroll it too (axe: scrollable-region-focusable).
  const frame = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <figure
      ref={frame}
      className="sb-unstyled okr-guide-live"
      data-okr-theme={theme}
      tabIndex={scrolls ? 0 : undefined}
    >
      <OkrBalanceProvider
        locale={german ? 'de-DE' : 'en'}
        messages={german ? MESSAGES_DE : undefined}
      >
        <div className={row ? 'okr-guide-row' : 'okr-guide-stack'}>{children}</div>
      </OkrBalanceProvider>
      {caption && <figcaption className="okr-guide-caption">{caption}</figcaption>}
    </figure>
  );
}

/** One labelled cell of a `Live` row. */
export function Panel({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section className="okr-guide-panel">
      <h4 className="okr-guide-panel__title">{title}</h4>
      {children}
    </section>
  );
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const precise = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
const pct = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : percent.format(value);
const num = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : decimal.format(value);

/** A formatter in the toolbar's language, for explanations. */
export function useExplain() {
  const german = useGerman();
  return useMemo(
    () =>
      german ? createFormatter({ locale: 'de-DE', messages: MESSAGES_DE }) : createFormatter(),
    [german],
  );
}

export interface StatusTableProps {
  report: Report;
  /** Shows the projection `f` and the ratio `r = f / b`. @default true */
  projection?: boolean;
  /** Shows the team's confidence. @default false */
  confidence?: boolean;
  /** Shows the explanation under each badge. @default true */
  explain?: boolean;
  /** Shows the stale and completed-early flags. @default false */
  flags?: boolean;
}

/** Each objective of a report with the numbers its status rests on and its badge. */
export function StatusTable({
  report,
  projection = true,
  confidence = false,
  explain = true,
  flags = false,
}: StatusTableProps) {
  const format = useExplain();
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">Objective</th>
          <th scope="col">p</th>
          <th scope="col">e</th>
          {projection && <th scope="col">f = p / e</th>}
          {projection && <th scope="col">b</th>}
          {projection && <th scope="col">r = f / b</th>}
          {confidence && <th scope="col">confidence</th>}
          {flags && <th scope="col">stale</th>}
          {flags && <th scope="col">completed early</th>}
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {report.objectives.map((o) => (
          <tr key={o.id}>
            <th scope="row">{o.title}</th>
            <td>{pct(o.progress)}</td>
            <td>{pct(o.expected)}</td>
            {projection && <td>{num(o.projection)}</td>}
            {projection && <td>{num(o.bar)}</td>}
            {projection && <td>{o.projection === null ? '—' : num(o.projection / o.bar)}</td>}
            {confidence && <td>{num(o.confidence)}</td>}
            {flags && <td>{o.stale ? 'yes' : 'no'}</td>}
            {flags && <td>{o.completedEarly ? 'yes' : 'no'}</td>}
            <td>
              <StatusBadge
                status={o.status}
                stale={o.stale}
                explanation={o.explanation}
                size="sm"
              />
              {explain && (
                <span className="okr-guide-why">
                  {format.format(o.explanation.id, o.explanation.values)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The key results of every objective in a report: raw and counted progress, weight. */
export function KeyResultTable({ report }: { report: Report }) {
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">Key result</th>
          <th scope="col">raw progress</th>
          <th scope="col">counted</th>
          <th scope="col">weight</th>
        </tr>
      </thead>
      {report.objectives.map((o) => (
        <tbody key={o.id}>
          {o.keyResults.map((kr) => (
            <tr key={kr.id}>
              <th scope="row">{kr.title}</th>
              <td>{pct(kr.rawProgress)}</td>
              <td>{pct(Math.min(Math.max(kr.progress, 0), 1))}</td>
              <td>{num(kr.weight)}</td>
            </tr>
          ))}
          <tr className="okr-guide-total">
            <th scope="row">Objective ‘{o.title}’</th>
            <td colSpan={3}>
              p = {pct(o.progress)} <StatusBadge status={o.status} size="sm" />
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

/** The statuses of the same objectives under several rule sets, side by side. */
export function PresetTable({ reports }: { reports: Record<string, Report> }) {
  const names = Object.keys(reports);
  const first = reports[names[0] ?? ''];
  if (!first) return null;
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">Objective (e = {pct(first.objectives[0]?.expected)})</th>
          {names.map((name) => (
            <th key={name} scope="col">
              <code>{name}</code>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first.objectives.map((o, index) => (
          <tr key={o.id}>
            <th scope="row">{o.title}</th>
            {names.map((name) => {
              const decided = reports[name]?.objectives[index];
              return (
                <td key={name}>
                  {decided && (
                    <StatusBadge
                      status={decided.status}
                      explanation={decided.explanation}
                      size="sm"
                    />
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

/** A report's balance statistics with the attainment each one is made of. */
export function BalanceFigures({ report }: { report: Report }) {
  const { balance } = report;
  const title = (id: string) => report.objectives.find((o) => o.id === id)?.title ?? id;
  const list = (ids: string[]) => (ids.length > 0 ? ids.map(title).join(', ') : 'none');
  return (
    <div className="okr-guide-figures">
      <table className="okr-guide-table">
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">p</th>
            <th scope="col">b</th>
            <th scope="col">attainment a</th>
          </tr>
        </thead>
        <tbody>
          {report.objectives.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.title}</th>
              <td>{pct(o.progress)}</td>
              <td>{num(o.bar)}</td>
              <td>{pct(o.attainment)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="okr-guide-stats">
        <dt>mean</dt>
        <dd>{balance.mean === null ? '—' : precise.format(balance.mean)}</dd>
        <dt>σ</dt>
        <dd>{balance.stdDev === null ? '—' : balance.stdDev.toFixed(3)}</dd>
        <dt>score 1 − 2σ</dt>
        <dd>
          {balance.score === null ? '—' : balance.score.toFixed(3)} ({balance.level ?? '—'})
        </dd>
        <dt>median</dt>
        <dd>{balance.median === null ? '—' : precise.format(balance.median)}</dd>
        <dt>min – max</dt>
        <dd>
          {num(balance.min)} – {num(balance.max)}
        </dd>
        <dt>spread</dt>
        <dd>{num(balance.spread)}</dd>
        <dt>leaders</dt>
        <dd>{list(balance.leaders)}</dd>
        <dt>laggards</dt>
        <dd>{list(balance.laggards)}</dd>
      </dl>
    </div>
  );
}

/** Which default rule, if any, can suggest each catalogue entry. */
const SIGNALS: Record<string, string> = {
  'leader.shifts-focus': 'more than 5 objectives, or one created after 25 % of the cycle',
  'leader.no-follow-through': 'a stall: 3 or more check-ins over 14 or more days that never rise',
  'team.capacity-imbalance':
    'one objective exceeding or done early while another is at risk or worse',
  'target.too-aggressive': 'at risk or worse, moving, not stalled',
  'target.too-conservative': 'done by 75 % of the cycle, or projected to 1.5 × its bar',
  'target.wrong-kpi': 'progress and confidence 0.5 or more apart',
  'target.no-clear-plan': 'no progress at 20 % of the cycle; or no key results while lagging',
  'process.no-meeting-cadence': 'latest check-in over 14 days old, or check-ins over 14 days apart',
  'red-flag.performance-review': '80 % or more of the objectives done with 90 % of the cycle gone',
};

/** A catalogue as a table: area, title and the data signal that can suggest it. */
export function CatalogTable({ catalog }: { catalog: 'causes' | 'red-flags' }) {
  const entries: readonly CatalogEntry[] = catalog === 'causes' ? CAUSES : RED_FLAGS;
  const format = useExplain();
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Entry</th>
          <th scope="col">Suggested by the data when…</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{format.format(`area.${entry.area}`)}</td>
            <th scope="row">
              {entry.title}
              <br />
              <code>{entry.id}</code>
            </th>
            <td>{SIGNALS[entry.id] ?? <span className="okr-guide-muted">people judge</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The forecast page's examples and its table of pairwise slopes, read from live reports: every
// number on the page comes from the analysis, and the table checks its own arithmetic against it.
import {
  analyzeOkrs,
  type CheckIn,
  DAY_MS,
  type ObjectiveAnalysis,
  type Report,
  senInterval,
} from 'okr-balance';

const CYCLE = { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' };
const NOW = '2026-02-06';
const week = (n: number) => new Date(Date.UTC(2026, 0, 1 + 7 * n)).toISOString().slice(0, 10);

/** One objective with weekly check-ins of these values, analysed on 6 February. */
function example(id: string, title: string, values: readonly number[]): Report {
  const checkIns: CheckIn[] = values.map((progress, n) => ({ at: week(n), progress }));
  return analyzeOkrs(
    // Its progress is its latest check-in, as a team reports it.
    { cycle: CYCLE, objectives: [{ id, title, progress: values.at(-1) ?? 0, checkIns }] },
    { now: NOW, statusRules: 'forecast' },
  );
}

/** A straight line: 7 points a week. */
export const straight = example('line', 'Grow weekly signups', [0, 0.07, 0.14, 0.21, 0.28, 0.35]);
/** The same line with one odd check-in in the middle (0.35 where 0.21 was). */
export const odd = example('odd', 'Grow weekly signups', [0, 0.07, 0.14, 0.35, 0.28, 0.35]);
/** Two check-ins: too few for a forecast. */
export const tooFew = example('few', 'Open the Berlin office', [0.1, 0.2]);

const pct = (value: number) => `${Math.round(value * 1000) / 10} %`;
const perDay = (value: number) => `${(value * 100).toFixed(2)} points a day`;
const day = (at: number) => new Date(at).toISOString().slice(5, 10);

interface Slope {
  from: number;
  to: number;
  slope: number;
}

/** Every pair of the objective's latest check-ins (the forecast's window) and its slope. */
export function pairwiseSlopes(objective: ObjectiveAnalysis, window = 6): Slope[] {
  const points = objective.history.slice(-window);
  const slopes: Slope[] = [];
  points.forEach((a, i) => {
    points.forEach((b, j) => {
      if (j > i && b.at > a.at) {
        slopes.push({
          from: i,
          to: j,
          slope: ((b.progress - a.progress) / (b.at - a.at)) * DAY_MS,
        });
      }
    });
  });
  return slopes.sort((x, y) => x.slope - y.slope);
}

/**
 * The slopes of the latest check-ins, sorted, with the median and the two slopes of the band
 * marked, and the forecast carried from the latest check-in with each. Says so where its own
 * arithmetic and the report's forecast part.
 */
export function SlopeTable({ report }: { report: Report }) {
  const objective = report.objectives[0];
  if (!objective) return null;
  const { forecast, history } = objective;
  if (!forecast) {
    return (
      <p>
        {history.length} check-ins: fewer than 3, so <code>forecast</code> is <code>null</code>.
      </p>
    );
  }
  const slopes = pairwiseSlopes(objective);
  const points = history.slice(-6);
  const last = points[points.length - 1];
  const [low, high] = senInterval(points.length, slopes.length);
  const middle = slopes.length >> 1;
  const median =
    slopes.length % 2 === 1
      ? (slopes[middle]?.slope ?? 0)
      : ((slopes[middle - 1]?.slope ?? 0) + (slopes[middle]?.slope ?? 0)) / 2;
  const daysLeft = last ? (forecast.at - last.at) / DAY_MS : 0;
  const carried = (slope: number) => Math.max(0, (last?.progress ?? 0) + slope * daysLeft);
  const agrees = Math.abs(carried(median) - forecast.value) < 1e-9;
  return (
    <>
      <table className="okr-guide-table">
        <caption>
          {slopes.length} pairs of {points.length} check-ins, slowest first
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">pair</th>
            <th scope="col">slope</th>
            <th scope="col">role</th>
          </tr>
        </thead>
        <tbody>
          {slopes.map((s, index) => {
            const role =
              index === low
                ? 'low end of the band'
                : index === high
                  ? 'high end of the band'
                  : (slopes.length % 2 === 1 && index === middle) ||
                      (slopes.length % 2 === 0 && (index === middle || index === middle - 1))
                    ? 'median'
                    : '';
            const a = points[s.from];
            const b = points[s.to];
            return (
              <tr key={`${s.from}-${s.to}`} data-role={role || undefined}>
                <td>{index + 1}</td>
                <td>
                  {a && b
                    ? `${day(a.at)} → ${day(b.at)}: ${pct(a.progress)} → ${pct(b.progress)}`
                    : ''}
                </td>
                <td>{perDay(s.slope)}</td>
                <td>{role}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="okr-guide-caption">
        From the latest check-in ({last ? `${pct(last.progress)} on ${day(last.at)}` : '–'}),{' '}
        {Math.round(daysLeft)} days to the end of the cycle: forecast = {pct(last?.progress ?? 0)} +{' '}
        {perDay(median)} × {Math.round(daysLeft)} = <strong>{pct(forecast.value)}</strong>; band{' '}
        {pct(forecast.low)} – {pct(forecast.high)} (slopes #{low + 1} and #{high + 1}).{' '}
        {agrees ? '' : `The report says ${pct(forecast.value)}: this table is out of date.`}
      </p>
    </>
  );
}

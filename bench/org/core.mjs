// analyzeOrg against analyzeOkrs on the same objectives, at 1k, 10k and 100k objectives (three
// key results and six check-ins each) in 50, 500 and 5,000 teams six levels deep; then
// unitReport of the organisation and of a leaf team at 100k. Prints its figures as JSON, for
// bench/org/run.mjs, which runs it in a Node process of its own; `node bench/org/core.mjs`.
import { analyzeOkrs, analyzeOrg, unitReport } from '../../dist/core.js';
import { generateOrg, NOW } from '../generate.mjs';
import { median } from '../radar/stats.mjs';

/**
 * Objectives, teams (one per 20 objectives), timed runs and warm-up runs of each function, and
 * calls per timed run (at 1k a single call, 2 ms, is mostly the collector's luck).
 */
export const ORG_SIZES = [
  [1_000, 50, 21, 3, 10],
  [10_000, 500, 11, 2, 1],
  [100_000, 5_000, 5, 1, 1],
];
/** unitReport calls timed at 100k, after as many warm-up calls. */
const UNIT_RUNS = 101;

/** Milliseconds per call of `calls` calls in a row. */
function once(run, calls = 1) {
  const start = performance.now();
  for (let call = 0; call < calls; call++) run();
  return (performance.now() - start) / calls;
}

/**
 * Both analyses of one input, taking turns (and turning which goes first each run), so a slow
 * spell of the machine or a collection the other left behind falls on both alike.
 */
function analyses(set, runs, warmUps, calls) {
  const org = () => analyzeOrg(set, { now: NOW });
  const flat = () => analyzeOkrs(set, { now: NOW });
  for (let warm = 0; warm < warmUps; warm++) {
    org();
    flat();
  }
  const orgTimes = [];
  const flatTimes = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      orgTimes.push(once(org, calls));
      flatTimes.push(once(flat, calls));
    } else {
      flatTimes.push(once(flat, calls));
      orgTimes.push(once(org, calls));
    }
  }
  return {
    org: median(orgTimes),
    flat: median(flatTimes),
    ratios: orgTimes.map((value, run) => value / flatTimes[run]),
  };
}

/** unitReport of one unit: median of `UNIT_RUNS` calls after as many warm-up calls. */
function unitTime(report, unitId) {
  const rows = unitReport(report, unitId).objectives.length;
  for (let warm = 0; warm < UNIT_RUNS; warm++) unitReport(report, unitId);
  const times = [];
  for (let run = 0; run < UNIT_RUNS; run++) times.push(once(() => unitReport(report, unitId)));
  return { ms: median(times), max: Math.max(...times), rows };
}

export function orgCoreBenchmark() {
  const sizes = [];
  let units = null;
  for (const [count, teams, runs, warmUps, calls] of ORG_SIZES) {
    const set = generateOrg(count, teams);
    const timed = analyses(set, runs, warmUps, calls);
    const report = analyzeOrg(set, { now: NOW });
    if (report.units.length !== teams + 1 || report.issues.length > 0) {
      throw new Error(`${count}: ${report.units.length} units, ${report.issues.length} issues`);
    }
    const depth = Math.max(...report.units.map((unit) => unit.depth));
    sizes.push({ count, teams, depth, runs, calls, ...timed });
    if (process.env.BENCH_TRACE) console.error(count, timed);
    if (count === ORG_SIZES.at(-1)[0]) {
      // The leaf last in the report's order: the longest search for its unit.
      const leaf = report.units.findLast((unit) => unit.childIds.length === 0);
      units = {
        org: unitTime(report, report.rootId),
        leaf: { ...unitTime(report, leaf.id), depth: leaf.depth },
      };
    }
  }
  return { sizes, units, unitRuns: UNIT_RUNS };
}

if (import.meta.filename === process.argv[1]) {
  console.log(JSON.stringify(orgCoreBenchmark()));
}

// Sample data for the stories: the reference scenarios and crowded sets, analysed at a moment.
import { analyzeOkrs, type OkrSet, type Report } from 'okr-balance';
import { crowdedSet } from '../test/fixtures/crowded';
import { SCENARIOS } from '../test/fixtures/scenarios';

/** The reference scenarios by name. */
export const SCENARIO_NAMES = ['company', 'marketing', 'balanced'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** A scenario's report, at its own moment or at a share of the cycle (0..1). */
export function scenarioReport(name: ScenarioName, elapsed?: number): Report {
  const { okrs, now } = SCENARIOS[name];
  return analyzeOkrs(okrs, { now: elapsed === undefined ? now : momentAt(okrs, elapsed) });
}

/** A report of `count` objectives with long, short and right-to-left titles. */
export function crowdedReport(count: number): Report {
  return analyzeOkrs(crowdedSet(count), { now: '2026-02-15' });
}

/** Uneven progress: five objectives from 30 % to 70 % halfway through (balance about 72). */
export function unevenReport(): Report {
  const progress = [0.3, 0.4, 0.5, 0.6, 0.7];
  return analyzeOkrs(
    {
      cycle: SCENARIOS.balanced.okrs.cycle,
      objectives: progress.map((p, i) => ({
        id: `u${i}`,
        title: `Objective ${i + 1}`,
        progress: p,
      })),
    },
    { now: '2026-02-15' },
  );
}

/** Data a host may really send: a repaired objective, a left-out one, and a valid one. */
export const INVALID_OKRS = {
  cycle: { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' },
  objectives: [
    { id: 'ok', title: 'A valid objective', progress: 0.4 },
    { title: 'An objective without an id', progress: 0.2 },
    { id: 'odd', title: 'Odd numbers', progress: Number.NaN, confidence: 7 },
  ],
};

export { SCENARIOS };

function momentAt(okrs: OkrSet, elapsed: number): number {
  const start = Date.parse(String(okrs.cycle.start));
  const end = Date.parse(String(okrs.cycle.end));
  return start + (end - start) * Math.min(Math.max(elapsed, 0), 1);
}

// The roll-up rules of §8: how a unit's progress follows from its direct children, and the
// sentence that says why ("42 %: weighted mean of 3 teams and 2 objectives; lowest: …").
import { clamp, weightedMean } from '../math';
import { statusSeverity } from '../status';
import type { ObjectiveAnalysis, Status } from '../types';
import type { RollupChild, RollupRule } from './orgTypes';

/** A direct child as the roll-up reads it: a row of the unit's report (a sub-unit or an objective). */
export type RollupItem = Pick<
  ObjectiveAnalysis,
  'kind' | 'id' | 'title' | 'progress' | 'attainment' | 'weight' | 'status' | 'bar'
>;

/** A child's weight in the roll-up. */
export type RollupWeight = (item: RollupItem) => number;

/** A unit's roll-up, before its status is classified. */
export interface RollupResult {
  /** 0 or more (each child counts at most 1, a host function may say otherwise). */
  progress: number;
  attainment: number;
  bar: number;
  /** Set by the weakest-link rule only: the weakest child's status decides. */
  status: Status | null;
  /** `org.explain.<rule>`. */
  messageId: string;
  /** The explanation's values: the children, the lowest child and the progress. */
  values: Record<string, number | string>;
  /** Set when a host function failed and the weighted mean stood in: `callback-threw` or `callback-result`. */
  failed?: 'callback-threw' | 'callback-result';
}

const one = () => 1;
// Each child counts at most 1: one overachiever cannot hide a laggard.
const capped = (item: RollupItem) => clamp(item.progress, 0, 1);

/**
 * Rolls up a unit's direct children (at least one) by `rule`. `weighted-mean` weights each by
 * its weight (a unit's is the sum beneath it), `mean` counts each once, `weakest` takes the
 * child with the lowest attainment (progress, attainment, bar and status), and a function
 * gives the progress itself, with the weighted mean of the bars as the unit's bar. A function
 * that throws or gives no finite number of 0 or more is replaced by the weighted mean.
 */
export function rollUp(
  items: readonly RollupItem[],
  rule: RollupRule,
  byWeight: RollupWeight = (item) => item.weight,
): RollupResult {
  const teams = countUnits(items);
  const objectives = items.length - teams;
  const parts = teams === 0 ? 'objectives' : objectives === 0 ? 'teams' : 'both';
  const counts = { parts, teams, objectives };
  if (rule === 'weakest') {
    const weakest = pickWeakest(items);
    const progress = capped(weakest);
    return {
      progress,
      attainment: weakest.attainment,
      bar: weakest.bar,
      status: weakest.status,
      messageId: 'org.explain.weakest',
      values: {
        progress,
        ...counts,
        lowest: weakest.title,
        lowestProgress: progress,
        status: weakest.status,
      },
    };
  }
  const lowest = pickLowest(items);
  const tail = { ...counts, lowest: lowest.title, lowestProgress: capped(lowest) };
  const weight = rule === 'mean' ? one : byWeight;
  const bar = weightedMean(items, (item) => item.bar, weight);
  if (typeof rule === 'function') {
    const [progress, failed] = callHost(rule, items, byWeight);
    if (!failed) {
      const attainment = clamp(progress / bar, 0, 1);
      const values = { progress, ...tail };
      return { progress, attainment, bar, status: null, messageId: 'org.explain.function', values };
    }
    return { ...rollUp(items, 'weighted-mean', byWeight), failed };
  }
  const progress = weightedMean(items, capped, weight);
  const attainment = weightedMean(items, (item) => item.attainment, weight);
  const messageId = rule === 'mean' ? 'org.explain.mean' : 'org.explain.weighted-mean';
  return { progress, attainment, bar, status: null, messageId, values: { progress, ...tail } };
}

function countUnits(items: readonly RollupItem[]): number {
  let units = 0;
  for (const item of items) if (item.kind === 'unit') units++;
  return units;
}

// Ties go to the smaller id, so the order of the input does not change who is named.
function pickLowest(items: readonly RollupItem[]): RollupItem {
  let lowest = items[0] as RollupItem;
  for (const item of items) {
    if (
      item.progress < lowest.progress ||
      (item.progress === lowest.progress && item.id < lowest.id)
    )
      lowest = item;
  }
  return lowest;
}

function pickWeakest(items: readonly RollupItem[]): RollupItem {
  let weakest = items[0] as RollupItem;
  for (const item of items) if (weaker(item, weakest)) weakest = item;
  return weakest;
}

/** Lower attainment, then lower progress, then the worse status, then the smaller id. */
function weaker(a: RollupItem, b: RollupItem): boolean {
  if (a.attainment !== b.attainment) return a.attainment < b.attainment;
  if (capped(a) !== capped(b)) return capped(a) < capped(b);
  const severity = statusSeverity(a.status) - statusSeverity(b.status);
  return severity !== 0 ? severity > 0 : a.id < b.id;
}

function callHost(
  rule: (children: readonly RollupChild[]) => number,
  items: readonly RollupItem[],
  byWeight: RollupWeight,
): [number, RollupResult['failed']] {
  // Copies: a host function must not be able to change the report through its argument.
  const children = items.map(
    (item): RollupChild => ({
      id: item.id,
      name: item.title,
      kind: item.kind === 'unit' ? 'unit' : 'objective',
      progress: capped(item),
      attainment: item.attainment,
      weight: byWeight(item),
      status: item.status,
    }),
  );
  let result: unknown;
  try {
    result = rule(children);
  } catch {
    return [0, 'callback-threw'];
  }
  if (typeof result !== 'number' || !(result >= 0) || result === Infinity) {
    return [0, 'callback-result'];
  }
  return [result + 0, undefined];
}

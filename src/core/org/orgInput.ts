// What `analyzeOrg` reads of its input and options beyond `analyzeOkrs`: the roll-up rule, the
// organisation's name, and where each analysed objective stood in the input.
import type { ReportOption } from '../options';
import { isRecord } from '../parse';
import type { ObjectiveAnalysis } from '../types';
import type { RollupRule, RollupRuleId } from './orgTypes';

/** The `rollup` option: a built-in rule's id or a function; anything else is reported. */
export function readRollup(options: Record<string, unknown>, problem: ReportOption): RollupRule {
  let rule: unknown;
  try {
    rule = options.rollup;
  } catch {
    problem('options.rollup', 'unreadable', 'default-used');
    return 'weighted-mean';
  }
  if (rule === undefined) return 'weighted-mean';
  if (typeof rule === 'function') return rule as RollupRule;
  if (rule === 'weighted-mean' || rule === 'mean' || rule === 'weakest')
    return rule as RollupRuleId;
  problem('options.rollup', 'unknown-rollup', 'default-used');
  return 'weighted-mean';
}

/** A text option, or `undefined` (reported unless it was not given). */
export function readText(
  options: Record<string, unknown>,
  key: string,
  problem: ReportOption,
): string | undefined {
  let text: unknown;
  try {
    text = options[key];
  } catch {
    problem(`options.${key}`, 'unreadable', 'default-used');
    return undefined;
  }
  if (text === undefined || (typeof text === 'string' && text.trim() !== '')) return text;
  problem(`options.${key}`, 'wrong-type', 'default-used', { expected: 'string' });
  return undefined;
}

/**
 * Where each analysed objective stood in the input: the analysis keeps input order and leaves
 * bad objectives out, so one walk matches them by id. `null` when the input cannot be read again.
 */
export function inputIndexes(
  input: unknown,
  objectives: readonly ObjectiveAnalysis[],
): number[] | null {
  try {
    const list: unknown = isRecord(input) ? input.objectives : undefined;
    if (!Array.isArray(list)) return null;
    const indexes: number[] = [];
    let at = 0;
    for (const objective of objectives) {
      while (at < list.length && idAt(list, at) !== objective.id) at++;
      indexes.push(at < list.length ? at : -1);
      at++;
    }
    return indexes;
  } catch {
    return null;
  }
}

function idAt(list: unknown[], index: number): unknown {
  try {
    const item: unknown = list[index];
    return isRecord(item) ? item.id : undefined;
  } catch {
    return undefined;
  }
}

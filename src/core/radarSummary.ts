// The sentence a radar gives screen readers (the widget's and its SVG's `<desc>`): how many
// objectives, the balance score and level, and how many are at risk or worse.
import type { Formatter } from './format';
import { isAtRiskOrWorse } from './status';
import type { BalanceStats, ObjectiveAnalysis } from './types';

/** "6 objectives; balance 56 of 100, unbalanced; 1 at risk or worse.", or the empty text. */
export function radarSummary(
  report: { balance: BalanceStats; objectives: readonly Pick<ObjectiveAnalysis, 'status'>[] },
  format: Formatter,
): string {
  const { balance, objectives } = report;
  return balance.score === null || balance.level === null
    ? format.format('radar.summary-empty')
    : format.format('radar.summary', {
        count: objectives.length,
        score: Math.round(balance.score * 100),
        level: balance.level,
        atRisk: objectives.filter((o) => isAtRiskOrWorse(o.status)).length,
      });
}

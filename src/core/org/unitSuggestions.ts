// Suggestions for a unit's rows: the default rules, each reading only what makes sense of a
// sub-unit. Capacity imbalance, targets too aggressive or too conservative and no progress at
// all read units like objectives ("‘Sales’ is at 80 % while ‘Infra’ is at 12 %"); rules about
// key results, check-ins, confidence and the number of objectives read the own objectives only;
// and a team whose every objective has stalled is a finding of its own.
import {
  capacityImbalanceRule,
  type Finding,
  noClearPlanRule,
  noFollowThroughRule,
  noMeetingCadenceRule,
  performanceReviewRule,
  type SuggestionContext,
  type SuggestionRule,
  shiftsFocusRule,
  tooAggressiveRule,
  tooConservativeRule,
  wrongKpiRule,
} from '../suggest';
import type { ObjectiveAnalysis } from '../types';
import { isUnitRow } from './unitRows';

/** A sub-unit in which every objective beneath has stalled. */
export const unitStalledRule: SuggestionRule = {
  id: 'unit-stalled',
  evaluate({ objectives }) {
    const findings: Finding[] = [];
    for (const row of objectives) {
      if (!isUnitRow(row) || row.objectiveCount === 0 || row.stalledCount < row.objectiveCount)
        continue;
      const objectiveIds = [row.id];
      findings.push({
        causeId: 'leader.no-follow-through',
        strength: 'strong',
        objectiveIds,
        evidence: {
          id: 'evidence.unit-stalled',
          values: { title: row.title, count: row.objectiveCount },
          objectiveIds,
        },
      });
    }
    return findings;
  },
};

/** `rule` over the rows that `keep` keeps (every objective keeps its row). */
function over(
  rule: SuggestionRule,
  keep: (row: ObjectiveAnalysis, context: SuggestionContext) => boolean,
): SuggestionRule {
  return {
    id: rule.id,
    evaluate(context) {
      const objectives = context.objectives.filter((row) => keep(row, context));
      return rule.evaluate({ ...context, objectives });
    },
  };
}

const objectivesOnly = (rule: SuggestionRule) => over(rule, (row) => !isUnitRow(row));

/** The default rules for a unit's rows; on rows that are all objectives, exactly the defaults. */
export const UNIT_SUGGESTION_RULES: readonly SuggestionRule[] = [
  capacityImbalanceRule,
  unitStalledRule,
  /* @__PURE__ */ objectivesOnly(noFollowThroughRule),
  /* @__PURE__ */ objectivesOnly(noMeetingCadenceRule),
  // A unit counts only where nothing beneath it moved at all: it has no key results to lack.
  /* @__PURE__ */ over(
    noClearPlanRule,
    (row, { elapsed, thresholds }) =>
      !isUnitRow(row) || (row.progress === 0 && elapsed >= thresholds.noProgressAfter),
  ),
  tooAggressiveRule,
  tooConservativeRule,
  /* @__PURE__ */ objectivesOnly(wrongKpiRule),
  /* @__PURE__ */ objectivesOnly(shiftsFocusRule),
  /* @__PURE__ */ objectivesOnly(performanceReviewRule),
];

import { isAtRiskOrWorse, statusSeverity } from './status';
import type { Evidence, ObjectiveAnalysis, Suggestion, SuggestionStrength } from './types';

/** Thresholds of the default suggestion rules. */
export interface SuggestionThresholds {
  /** A projection this many times the bar suggests a conservative target. */
  farOver: number;
  /** Elapsed share of the cycle after which no progress at all points to a missing plan. */
  noProgressAfter: number;
  /** More objectives than this suggest a shifting focus. */
  maxObjectives: number;
  /** An objective created after this share of the cycle counts as added late. */
  lateAfter: number;
  /** A gap this large between measured progress and confidence points to a wrong KPI. */
  confidenceGap: number;
  /** A median gap between check-ins longer than this many days means no meeting cadence. */
  cadenceDays: number;
  /** From this share of the cycle on, … */
  allDoneAfter: number;
  /** … this share of objectives done suggests OKRs used as a performance review. */
  allDoneShare: number;
}

/** The spec's defaults. */
export const DEFAULT_SUGGESTION_THRESHOLDS: Readonly<SuggestionThresholds> = {
  farOver: 1.5,
  noProgressAfter: 0.2,
  maxObjectives: 5,
  lateAfter: 0.25,
  confidenceGap: 0.5,
  cadenceDays: 14,
  allDoneAfter: 0.9,
  allDoneShare: 0.8,
};

/** What suggestion rules read. */
export interface SuggestionContext {
  objectives: readonly ObjectiveAnalysis[];
  /** `t`, 0..1. */
  elapsed: number;
  /** The cycle in epoch milliseconds. */
  cycle: { start: number; end: number };
  thresholds: Readonly<SuggestionThresholds>;
}

/** One rule's finding: a cause, how sure, which objectives and why (a message id and values). */
export interface Finding {
  causeId: string;
  strength: SuggestionStrength;
  objectiveIds: string[];
  /** Without `objectiveIds`, the evidence is about all of the finding's objectives. */
  evidence: Omit<Evidence, 'objectiveIds'> & { objectiveIds?: string[] };
}

/**
 * A rule that reads the analysis and points to causes; hosts may add their own. A rule lists
 * each objective at most once across its findings, in input order.
 */
export interface SuggestionRule {
  id: string;
  evaluate(context: SuggestionContext): Finding[];
}

const isLagging = (objective: ObjectiveAnalysis) => isAtRiskOrWorse(objective.status);

/** Some objectives race ahead while others fall badly behind. */
export const capacityImbalanceRule: SuggestionRule = {
  id: 'capacity-imbalance',
  evaluate({ objectives, elapsed }) {
    const leaders = objectives.filter((o) => o.status === 'ahead' || o.completedEarly);
    const laggards = objectives.filter(isLagging);
    const leader = pick(leaders, (a, b) => a.progress > b.progress);
    const laggard = pick(laggards, (a, b) => a.progress < b.progress);
    if (!leader || !laggard) return [];
    return [
      {
        causeId: 'team.capacity-imbalance',
        strength: 'strong',
        objectiveIds: objectives
          .filter((o) => o.status === 'ahead' || o.completedEarly || isLagging(o))
          .map((o) => o.id),
        evidence: {
          id: 'evidence.capacity-imbalance',
          values: {
            leader: leader.title,
            leaderProgress: leader.progress,
            laggard: laggard.title,
            laggardProgress: laggard.progress,
            elapsed,
          },
        },
      },
    ];
  },
};

/** Done long before the end, or projected far over the bar. */
export const tooConservativeRule: SuggestionRule = {
  id: 'too-conservative',
  evaluate({ objectives, elapsed, thresholds }) {
    return findEach(objectives, (o) => {
      const cause = 'target.too-conservative';
      if (o.completedEarly) {
        return finding(cause, 'possible', o, 'evidence.completed-early', {
          title: o.title,
          elapsed,
        });
      }
      if (
        o.status === 'done' ||
        // Stryker disable next-line ConditionalExpression: null < x reads null as 0 and returns null too
        o.projection === null ||
        o.projection < thresholds.farOver * o.bar
      ) {
        return null;
      }
      const values = {
        title: o.title,
        projection: o.projection,
        bar: o.bar,
        factor: thresholds.farOver,
      };
      return finding(cause, 'possible', o, 'evidence.projected-far-over', values);
    });
  },
};

/** Moving, not stalled, but projected well short of the bar. */
export const tooAggressiveRule: SuggestionRule = {
  id: 'too-aggressive',
  evaluate({ objectives }) {
    return findEach(objectives, (o) => {
      if (!isLagging(o) || !(o.progress > 0) || o.stall !== null || o.projection === null)
        return null;
      const values = { title: o.title, projection: o.projection, bar: o.bar };
      return finding('target.too-aggressive', 'possible', o, 'evidence.projected-short', values);
    });
  },
};

/** No progress well into the cycle, or no key results while behind. */
export const noClearPlanRule: SuggestionRule = {
  id: 'no-clear-plan',
  evaluate({ objectives, elapsed, thresholds }) {
    return findEach(objectives, (o) => {
      const cause = 'target.no-clear-plan';
      if (o.progress === 0 && elapsed >= thresholds.noProgressAfter) {
        return finding(cause, 'strong', o, 'evidence.no-progress', { title: o.title, elapsed });
      }
      if (o.keyResults.length > 0 || statusSeverity(o.status) < statusSeverity('behind'))
        return null;
      return finding(cause, 'possible', o, 'evidence.no-key-results', { title: o.title });
    });
  },
};

/** Check-ins keep coming but progress stopped rising. */
export const noFollowThroughRule: SuggestionRule = {
  id: 'no-follow-through',
  evaluate({ objectives }) {
    return findEach(objectives, (o) => {
      if (!o.stall) return null;
      const { progress, checkIns: count, days } = o.stall;
      const values = { title: o.title, progress, count, days };
      return finding('leader.no-follow-through', 'strong', o, 'evidence.stalled', values);
    });
  },
};

/** Check-ins are old or far apart. */
export const noMeetingCadenceRule: SuggestionRule = {
  id: 'no-meeting-cadence',
  evaluate({ objectives, thresholds }) {
    return findEach(objectives, (o) => {
      const cause = 'process.no-meeting-cadence';
      if (o.stale) {
        const values = { title: o.title, days: o.daysSinceCheckIn ?? 0 };
        return finding(cause, 'strong', o, 'evidence.stale', values);
      }
      // Stryker disable next-line ConditionalExpression: null <= x reads null as 0 and returns null too
      if (o.checkInGapDays === null || o.checkInGapDays <= thresholds.cadenceDays) return null;
      const values = { title: o.title, days: Math.round(o.checkInGapDays) };
      return finding(cause, 'strong', o, 'evidence.sparse-check-ins', values);
    });
  },
};

/** Too many objectives, or objectives added well into the cycle. */
export const shiftsFocusRule: SuggestionRule = {
  id: 'shifts-focus',
  evaluate({ objectives, cycle, thresholds }) {
    const findings: Finding[] = [];
    if (objectives.length > thresholds.maxObjectives) {
      findings.push({
        causeId: 'leader.shifts-focus',
        strength: 'possible',
        objectiveIds: [],
        evidence: {
          id: 'evidence.many-objectives',
          values: { count: objectives.length, limit: thresholds.maxObjectives },
        },
      });
    }
    const length = cycle.end - cycle.start;
    return findEach(
      objectives,
      (o) => {
        // Stryker disable next-line ConditionalExpression: a null createdAt reads as 0, long before the cycle, and is not late either way
        const share = o.createdAt === null ? 0 : (o.createdAt - cycle.start) / length;
        if (!(share > thresholds.lateAfter)) return null;
        const values = { title: o.title, elapsed: Math.min(share, 1) };
        return finding('leader.shifts-focus', 'possible', o, 'evidence.added-late', values);
      },
      findings,
    );
  },
};

/** The measured progress and the team’s own confidence disagree. */
export const wrongKpiRule: SuggestionRule = {
  id: 'wrong-kpi',
  evaluate({ objectives, thresholds }) {
    return findEach(objectives, (o) => {
      const { confidence } = o;
      if (confidence === null) return null;
      if (Math.abs(Math.min(o.progress, 1) - confidence) < thresholds.confidenceGap) return null;
      const values = { title: o.title, progress: o.progress, confidence };
      return finding('target.wrong-kpi', 'possible', o, 'evidence.confidence-mismatch', values);
    });
  },
};

/** Nearly everything done at the end: targets may be set to be safe, not to stretch. */
export const performanceReviewRule: SuggestionRule = {
  id: 'performance-review',
  evaluate({ objectives, elapsed, thresholds }) {
    const done = objectives.filter((o) => o.status === 'done');
    const share = objectives.length > 0 ? done.length / objectives.length : 0;
    if (elapsed < thresholds.allDoneAfter || share < thresholds.allDoneShare) return [];
    return [
      {
        causeId: 'red-flag.performance-review',
        strength: 'possible',
        objectiveIds: done.map((o) => o.id),
        evidence: { id: 'evidence.all-done', values: { share, elapsed } },
      },
    ];
  },
};

/** The rules of §5 of the spec, in the order their suggestions are listed. */
export const DEFAULT_SUGGESTION_RULES: readonly SuggestionRule[] = [
  capacityImbalanceRule,
  noFollowThroughRule,
  noMeetingCadenceRule,
  noClearPlanRule,
  tooAggressiveRule,
  tooConservativeRule,
  wrongKpiRule,
  shiftsFocusRule,
  performanceReviewRule,
];

/**
 * Runs the rules and merges their findings into one suggestion per cause: strong if any
 * finding is, with every objective (in input order) and every piece of evidence. Strong
 * suggestions come first, then the rules' order.
 */
export function suggestCauses(
  context: SuggestionContext,
  rules: readonly SuggestionRule[] = DEFAULT_SUGGESTION_RULES,
): Suggestion[] {
  const byCause = new Map<string, Suggestion & { rule: SuggestionRule; mixed: boolean }>();
  for (const rule of rules) {
    for (const { causeId, strength, objectiveIds, evidence } of rule.evaluate(context)) {
      let merged = byCause.get(causeId);
      if (!merged) {
        merged = { causeId, strength, objectiveIds: [], evidence: [], rule, mixed: false };
        byCause.set(causeId, merged);
      }
      if (strength === 'strong') merged.strength = 'strong';
      if (merged.rule !== rule) merged.mixed = true;
      for (const objectiveId of objectiveIds) merged.objectiveIds.push(objectiveId);
      merged.evidence.push(
        evidence.objectiveIds ? (evidence as Evidence) : { ...evidence, objectiveIds },
      );
    }
  }
  let order: Map<string, number> | undefined;
  const suggestions: Suggestion[] = [];
  for (const { causeId, strength, objectiveIds, evidence, mixed } of byCause.values()) {
    // One rule lists objectives once each, in input order; merging rules needs sorting.
    let ids = objectiveIds;
    if (mixed) {
      // Stryker disable next-line ConditionalExpression: a cache; building the order again gives the same map
      if (!order) {
        order = new Map();
        // Stryker disable EqualityOperator,OptionalChaining,StringLiteral: every index is in the list, and past its end the id would be '', which no objective has
        for (let index = 0; index < context.objectives.length; index++) {
          order.set(context.objectives[index]?.id ?? '', index);
        }
        // Stryker restore EqualityOperator,OptionalChaining,StringLiteral
      }
      const position = order;
      ids = [...new Set(ids)].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    }
    suggestions.push({ causeId, strength, objectiveIds: ids, evidence });
  }
  return [
    ...suggestions.filter((s) => s.strength === 'strong'),
    ...suggestions.filter((s) => s.strength !== 'strong'),
  ];
}

/** Runs `find` on every objective and collects what it finds, into `into` when given. */
export function findEach(
  objectives: readonly ObjectiveAnalysis[],
  find: (objective: ObjectiveAnalysis) => Finding | null,
  into: Finding[] = [],
): Finding[] {
  for (const objective of objectives) {
    const found = find(objective);
    if (found) into.push(found);
  }
  return into;
}

/** A finding about one objective. */
export function finding(
  causeId: string,
  strength: SuggestionStrength,
  objective: ObjectiveAnalysis,
  id: string,
  values: Record<string, number | string>,
): Finding {
  const objectiveIds = [objective.id];
  return { causeId, strength, objectiveIds, evidence: { id, values, objectiveIds } };
}

function pick<T>(items: readonly T[], better: (a: T, b: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || better(item, best)) best = item;
  return best;
}

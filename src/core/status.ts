import { roundTo } from './math';
import { type Forecast, STATUSES, type Status } from './types';
import { checkNumbers, type NumberKind, type OptionProblem } from './validate';

/** What a status rule looks at, for one objective. */
export interface StatusInput {
  /** `p`, 0 or more. */
  progress: number;
  /** `e`, 0..1. */
  expected: number;
  /** `f = p / e`, or `null` while too early. */
  projection: number | null;
  /** `b`, the score that counts as success. */
  bar: number;
  /** `t`, 0..1. */
  elapsed: number;
  /** The team's latest confidence, 0..1, when known. */
  confidence: number | null;
  /** Where the check-ins are heading (the `forecast` preset reads it), when there is one. */
  forecast?: Forecast | null;
}

/** A status with the rule that decided it and the message that explains it. */
export interface StatusDecision {
  status: Status;
  /** Which rule decided: `done`, `early-cycle`, `confidence` or the rule set's id. */
  rule: string;
  message: { id: string; values: Record<string, number | string> };
}

/**
 * A set of status rules: decides objectives that are neither done nor too early to judge. The
 * done, early-cycle and confidence rules wrap every set.
 */
export interface StatusRuleSet {
  id: string;
  /** Options of a preset tuner that were not usable and were replaced by their defaults. */
  readonly problems?: readonly OptionProblem[];
  /**
   * Called only with a `projection` that is not `null`. `analyzeOkrs` passes one input object
   * for every objective, changed in place: read it, do not keep it.
   */
  classify(input: StatusInput & { projection: number }): StatusDecision;
}

/** Thresholds of the default projection rule (§4 of the spec) and of the rules around it. */
export interface StatusThresholds {
  /** Below this expected progress it is too early to project. */
  tooEarly: number;
  /** `r = f / b` from which an objective is exceeding. */
  ahead: number;
  /** `r` from which it is on track. */
  onTrack: number;
  /** `r` from which it is lagging (below: at risk). */
  behind: number;
  /** `r` from which it is at risk (below: severely lagging). */
  atRisk: number;
  /** A confidence below this makes it at least at risk. */
  confidenceAtRisk: number;
  /** A confidence below this makes it at least lagging. */
  confidenceBehind: number;
}

const PROJECTION_KEYS = ['ahead', 'onTrack', 'behind', 'atRisk'] as const;

// Literals and pure calls only at module level: a bundle that never classifies drops them all.
const PROJECTION_DEFAULTS = { ahead: 1.25, onTrack: 0.9, behind: 0.7, atRisk: 0.4 };

/** The thresholds of the spec's default rule. */
export const DEFAULT_STATUS_THRESHOLDS: Readonly<StatusThresholds> = /* @__PURE__ */ Object.assign(
  { tooEarly: 0.1 },
  PROJECTION_DEFAULTS,
  { confidenceAtRisk: 0.3, confidenceBehind: 0.5 },
);

const PROJECTION_KINDS: Record<(typeof PROJECTION_KEYS)[number], NumberKind> = {
  ahead: 'non-negative',
  onTrack: 'non-negative',
  behind: 'non-negative',
  atRisk: 'non-negative',
};
const PROJECTION_ORDER = [
  ['atRisk', 'behind'],
  ['behind', 'onTrack'],
  ['onTrack', 'ahead'],
] as const;

/** What each status threshold may be. */
export const STATUS_THRESHOLD_KINDS: Record<keyof StatusThresholds, NumberKind> =
  /* @__PURE__ */ Object.assign(
    { tooEarly: 'unit', confidenceAtRisk: 'unit', confidenceBehind: 'unit' } as const,
    PROJECTION_KINDS,
  );
/** Status thresholds that must not pass one another: `[low, high]`. */
export const STATUS_THRESHOLD_ORDER = [
  ['atRisk', 'behind'],
  ['behind', 'onTrack'],
  ['onTrack', 'ahead'],
  ['confidenceAtRisk', 'confidenceBehind'],
] as const;

/** The default rule: the projection against the bar, `r = f / b`. */
export function projectionRule(
  thresholds: ProjectionLimits = DEFAULT_STATUS_THRESHOLDS,
): StatusRuleSet {
  const { limits, problems } = checkProjectionLimits(thresholds);
  return {
    id: 'projection',
    ...(problems.length > 0 ? { problems } : {}),
    classify({ projection, bar }) {
      const status = byRatio(projection / bar, limits);
      return decision(status, 'projection', 'explain.projection', { projection, bar });
    },
  };
}

/**
 * The forecast against the bar, `forecast.value / b`, with the projection rule's thresholds;
 * without a forecast (too few check-ins) the projection decides, and the explanation says so.
 */
export function forecastRule(
  thresholds: ProjectionLimits = DEFAULT_STATUS_THRESHOLDS,
): StatusRuleSet {
  const { limits, problems } = checkProjectionLimits(thresholds);
  return {
    id: 'forecast',
    ...(problems.length > 0 ? { problems } : {}),
    classify({ projection, bar, forecast }) {
      if (!forecast) {
        const status = byRatio(projection / bar, limits);
        return decision(status, 'forecast', 'explain.forecast-none', { projection, bar });
      }
      const { value, low, high, checkIns } = forecast;
      const status = byRatio(value / bar, limits);
      const values = { forecast: value, low, high, checkIns, bar };
      // A band that rounds to one percentage is no range worth naming ("between 90% and 90%").
      const narrow = Math.round(low * 100) === Math.round(high * 100);
      return decision(
        status,
        'forecast',
        narrow ? 'explain.forecast-narrow' : 'explain.forecast',
        values,
      );
    },
  };
}

/** The thresholds of the projection and forecast rules. */
type ProjectionLimits = Pick<StatusThresholds, (typeof PROJECTION_KEYS)[number]>;

function checkProjectionLimits(thresholds: ProjectionLimits) {
  const { values: limits, problems } = checkNumbers(
    thresholds,
    PROJECTION_DEFAULTS,
    PROJECTION_KINDS,
    PROJECTION_ORDER,
  );
  return { limits, problems };
}

/** The status for `ratio`, a score over the bar. */
function byRatio(ratio: number, limits: ProjectionLimits): Status {
  return ratio >= limits.ahead
    ? 'ahead'
    : ratio >= limits.onTrack
      ? 'on-track'
      : ratio >= limits.behind
        ? 'behind'
        : ratio >= limits.atRisk
          ? 'at-risk'
          : 'off-track';
}

/**
 * The classic 0.0–1.0 grading applied to the projected score: green (on track) from 0.7,
 * yellow (at risk) from 0.4, red (severely lagging) below.
 */
export function scoreBandRule(options: { green?: number; yellow?: number } = {}): StatusRuleSet {
  const { values, problems } = checkNumbers(
    options,
    { green: 0.7, yellow: 0.4 },
    { green: 'non-negative', yellow: 'non-negative' },
    [['yellow', 'green']],
  );
  const { green, yellow } = values;
  return {
    id: 'score-bands',
    ...(problems.length > 0 ? { problems } : {}),
    classify({ projection }) {
      const status =
        projection >= green ? 'on-track' : projection >= yellow ? 'at-risk' : 'off-track';
      return decision(status, 'score-bands', 'explain.score-bands', { projection, green, yellow });
    },
  };
}

/**
 * The gap between expected and actual progress in percentage points: on track under 16.5,
 * lagging up to 33, at risk beyond.
 */
export function gapPointsRule(options: { onTrack?: number; behind?: number } = {}): StatusRuleSet {
  const { values, problems } = checkNumbers(
    options,
    { onTrack: 16.5, behind: 33 },
    { onTrack: 'non-negative', behind: 'non-negative' },
    [['onTrack', 'behind']],
  );
  const { onTrack, behind } = values;
  return {
    id: 'gap-points',
    ...(problems.length > 0 ? { problems } : {}),
    classify({ progress, expected }) {
      // Rounded to 1e-9 so that 0.5 − 0.335 reads as the 16.5 points a person sees.
      const gap = Math.max(0, roundTo((expected - progress) * 100, 9));
      const status = gap < onTrack ? 'on-track' : gap <= behind ? 'behind' : 'at-risk';
      const values = { progress, expected, gap, onTrack, behind };
      return decision(status, 'gap-points', 'explain.gap-points', values);
    },
  };
}

/** Progress against the ideal pace, `p / e`: on track from 0.95, lagging from 0.75, at risk below. */
export function paceRatioRule(options: { onTrack?: number; behind?: number } = {}): StatusRuleSet {
  const { values, problems } = checkNumbers(
    options,
    { onTrack: 0.95, behind: 0.75 },
    { onTrack: 'non-negative', behind: 'non-negative' },
    [['behind', 'onTrack']],
  );
  const { onTrack, behind } = values;
  return {
    id: 'pace-ratio',
    ...(problems.length > 0 ? { problems } : {}),
    classify({ progress, expected }) {
      const ratio = progress / expected;
      const status = ratio >= onTrack ? 'on-track' : ratio >= behind ? 'behind' : 'at-risk';
      return decision(status, 'pace-ratio', 'explain.pace-ratio', { ratio, onTrack, behind });
    },
  };
}

/** The named presets `statusRules` accepts. */
export const STATUS_PRESETS = {
  default: /* @__PURE__ */ projectionRule(),
  'score-bands': /* @__PURE__ */ scoreBandRule(),
  'gap-points': /* @__PURE__ */ gapPointsRule(),
  'pace-ratio': /* @__PURE__ */ paceRatioRule(),
  forecast: /* @__PURE__ */ forecastRule(),
} as const satisfies Record<string, StatusRuleSet>;

/** The name of a preset in `STATUS_PRESETS`. */
export type StatusPreset = keyof typeof STATUS_PRESETS;

/** Options of `classifyStatus`. */
export interface ClassifyStatusOptions {
  /** A preset's name or a rule set of the host's own. @default 'default' */
  statusRules?: StatusPreset | StatusRuleSet;
  /** Thresholds of the default rule and of the early-cycle and confidence rules. */
  thresholds?: Partial<StatusThresholds>;
}

/**
 * Classifies one objective: done at `p ≥ 1`; too early to judge while `e` is under
 * `tooEarly`; otherwise the rule set decides. Then, unless done, a low confidence makes the
 * status at least at risk (under 0.3) or lagging (under 0.5); the worse status wins.
 */
export function classifyStatus(
  input: StatusInput,
  options: ClassifyStatusOptions = {},
): StatusDecision {
  return createStatusClassifier(options)(input);
}

/** Resolves the options once and returns `classifyStatus` bound to them, for many objectives. */
export function createStatusClassifier(
  options: ClassifyStatusOptions = {},
): (input: StatusInput) => StatusDecision {
  // Unusable thresholds fall back to their defaults here; `analyzeOkrs` reports them.
  const thresholds =
    options.thresholds === undefined
      ? DEFAULT_STATUS_THRESHOLDS
      : checkStatusThresholds(options.thresholds).values;
  const rules = resolveStatusRules(options.statusRules, thresholds);
  return (input) => {
    const { progress, expected, projection, elapsed, confidence } = input;
    if (progress >= 1) return decision('done', 'done', 'explain.done', { progress });
    const first =
      projection === null || expected < thresholds.tooEarly
        ? progress > 0
          ? decision('on-track', 'early-cycle', 'explain.too-early', { progress, elapsed })
          : decision('not-started', 'early-cycle', 'explain.not-started', { progress, elapsed })
        : rules.classify(input as StatusInput & { projection: number });
    if (confidence === null) return first;
    const floor: Status | null =
      confidence < thresholds.confidenceAtRisk
        ? 'at-risk'
        : confidence < thresholds.confidenceBehind
          ? 'behind'
          : null;
    // Stryker disable next-line ConditionalExpression: a null floor ranks -1, below every status, so the second test returns first too
    if (floor === null || statusSeverity(floor) <= statusSeverity(first.status)) return first;
    const limit = floor === 'at-risk' ? thresholds.confidenceAtRisk : thresholds.confidenceBehind;
    return decision(floor, 'confidence', 'explain.confidence', {
      confidence,
      limit,
      status: floor,
    });
  };
}

/** Resolves the `statusRules` option to a rule set. */
export function resolveStatusRules(
  rules: StatusPreset | StatusRuleSet | undefined,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
): StatusRuleSet {
  if (rules === undefined || rules === 'default') {
    return sameThresholds(thresholds, DEFAULT_STATUS_THRESHOLDS)
      ? STATUS_PRESETS.default
      : projectionRule(thresholds);
  }
  // The forecast rule reads the projection rule's thresholds too.
  if (rules === 'forecast' && !sameThresholds(thresholds, DEFAULT_STATUS_THRESHOLDS)) {
    return forecastRule(thresholds);
  }
  if (typeof rules === 'string') return presetOf(rules) ?? STATUS_PRESETS.default;
  return rules;
}

/** The preset of that name; an own-property lookup, so `'constructor'` names none. */
export function presetOf(name: string): StatusRuleSet | undefined {
  return Object.hasOwn(STATUS_PRESETS, name) ? STATUS_PRESETS[name as StatusPreset] : undefined;
}

function sameThresholds(a: StatusThresholds, b: StatusThresholds): boolean {
  if (a === b) return true;
  for (const key of PROJECTION_KEYS) if (a[key] !== b[key]) return false;
  return true;
}

/** Checks status thresholds: every unusable or out-of-order one is replaced by its default. */
export function checkStatusThresholds(given: unknown) {
  return checkNumbers(
    given,
    DEFAULT_STATUS_THRESHOLDS,
    STATUS_THRESHOLD_KINDS,
    STATUS_THRESHOLD_ORDER,
  );
}

/** Whether a status is at risk or worse: at risk or severely lagging. */
export function isAtRiskOrWorse(status: string): boolean {
  return status === 'at-risk' || status === 'off-track';
}

/** Whether `value` is one of `STATUSES`. */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** Ranks a status from 0 (done) to 6 (severely lagging), in the order of `STATUSES`. */
export function statusSeverity(status: Status): number {
  return STATUSES.indexOf(status);
}

function decision(
  status: Status,
  rule: string,
  id: string,
  values: Record<string, number | string>,
): StatusDecision {
  return { status, rule, message: { id, values } };
}

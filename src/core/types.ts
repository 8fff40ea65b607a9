/** A point in time: an ISO 8601 string, epoch milliseconds or a `Date`. A date-only `YYYY-MM-DD` means 00:00 UTC. */
export type DateInput = string | number | Date;

/** The kinds of objective; an aspirational one succeeds at a lower bar. */
export const OBJECTIVE_TYPES = ['committed', 'aspirational'] as const;
/** `committed` (success is 100 %) or `aspirational` (success is 70 %). */
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

/** The time frame of an OKR cycle, half-open: `[start, end)`. */
export interface CycleInput {
  start: DateInput;
  end: DateInput;
  /** A name for people, such as "Q1 2026". */
  label?: string;
}

/** What a host passes in: one cycle and its objectives. */
export interface OkrSet {
  cycle: CycleInput;
  objectives: ObjectiveInput[];
  /** The organisation's teams, for `analyzeOrg`; an objective's `team` names one by id. */
  teams?: TeamInput[];
}

/** A team of the organisation; without `parentId` it sits directly under the organisation. */
export interface TeamInput {
  id: string;
  name: string;
  parentId?: string;
}

/** One objective as a host's data describes it. */
export interface ObjectiveInput {
  id: string;
  title: string;
  owner?: string;
  /** Used to group objectives by team. */
  team?: string;
  /** @default 'committed' */
  type?: ObjectiveType;
  /** Weight in the balance statistics. @default 1 */
  weight?: number;
  /** 0..1 (above 1 is overachievement); used only when there are no key results. */
  progress?: number;
  keyResults?: KeyResultInput[];
  /** 0..1: the team's own latest judgement of its chances. */
  confidence?: number;
  /** Progress history, in any order. */
  checkIns?: CheckIn[];
  createdAt?: DateInput;
}

/** One key result: a measured value moving from `start` towards `target`. */
export interface KeyResultInput {
  id: string;
  title: string;
  /** @default 0 */
  start?: number;
  /** A target below `start` means the value should decrease. */
  target: number;
  current: number;
  /** 0..1, overrides `start`/`target`/`current`. */
  progress?: number;
  /** @default 1 */
  weight?: number;
}

/** A recorded progress reading of an objective. */
export interface CheckIn {
  at: DateInput;
  progress: number;
  confidence?: number;
  note?: string;
}

/** Status ids, from best to worst; `not-started` ranks with the early-cycle statuses. */
export const STATUSES = [
  'done',
  'ahead',
  'on-track',
  'not-started',
  'behind',
  'at-risk',
  'off-track',
] as const;
/** The risk classification of one objective. */
export type Status = (typeof STATUSES)[number];

/** Balance levels, best first. */
export const BALANCE_LEVELS = ['balanced', 'uneven', 'unbalanced'] as const;
/** How evenly the objectives progress. */
export type BalanceLevel = (typeof BALANCE_LEVELS)[number];

/** A message id with the values it is formatted with, and the text in the report's locale. */
export interface Explanation {
  id: string;
  values: Record<string, number | string>;
  text: string;
}

/** How bad a problem in the input is: `error` leaves something out, `warning` repairs it. */
export type IssueSeverity = 'error' | 'warning';

/** A problem found in the input, with where it is. */
export interface Issue {
  /** Where in the input, e.g. `objectives[2].keyResults[0].target`; `''` is the input itself. */
  path: string;
  code: string;
  severity: IssueSeverity;
  message: string;
}

/** The analysis of one key result. */
export interface KeyResultAnalysis {
  id: string;
  title: string;
  /** 0 or more; above 1 is overachievement. */
  progress: number;
  /** The progress before negatives were raised to 0. */
  rawProgress: number;
  weight: number;
}

/** A stalled objective: its latest check-ins never rose above the first of them. */
export interface Stall {
  /** Progress at the start of the run. */
  progress: number;
  /** Check-ins in the run. */
  checkIns: number;
  /** Days from the first to the last check-in of the run. */
  days: number;
}

/**
 * The analysis of one objective. Its times are epoch milliseconds (cheap for 100k objectives);
 * the report's own `now` and `cycle` are ISO strings.
 */
export interface ObjectiveAnalysis {
  /** `'unit'` on a row of `unitReport` that stands for a team and its roll-up; absent on objectives. */
  kind?: 'unit';
  id: string;
  title: string;
  owner?: string;
  team?: string;
  type: ObjectiveType;
  weight: number;
  /** `p`: 0 or more; above 1 is overachievement. */
  progress: number;
  /** `e`: where the pace says it should be now. */
  expected: number;
  /** `f`: the score at the end of the cycle if the pace so far continues; `null` while too early. */
  projection: number | null;
  /** `b`: the score that counts as success. */
  bar: number;
  /** `clamp(p / b, 0, 1)`. */
  attainment: number;
  /** The team's latest confidence, when known. */
  confidence: number | null;
  status: Status;
  /** The status rule that decided, e.g. `projection`, `confidence`. */
  rule: string;
  stale: boolean;
  completedEarly: boolean;
  explanation: Explanation;
  keyResults: KeyResultAnalysis[];
  /** Progress at the check-in before the latest one, when there are two or more. */
  previousProgress: number | null;
  /** When the latest check-in up to `now` was made, in epoch milliseconds. */
  lastCheckIn: number | null;
  /** Whole days from the latest check-in to `now`. */
  daysSinceCheckIn: number | null;
  /** The median number of days between consecutive check-ins. */
  checkInGapDays: number | null;
  /** The trailing run of check-ins that did not rise above its first value, when long enough. */
  stall: Stall | null;
  /** When the objective was created, in epoch milliseconds. */
  createdAt: number | null;
  /** Its check-ins up to the report's moment, oldest first; `[]` for a team's row. */
  history: HistoryPoint[];
  /**
   * Where it is heading at the pace of its latest check-ins (Theil–Sen), with a band; `null`
   * with fewer than `thresholds.forecastMinCheckIns` check-ins (3) and on a team's row.
   */
  forecast: Forecast | null;
}

/** One check-in as the report keeps it: epoch milliseconds and progress, as given. */
export interface HistoryPoint {
  at: number;
  progress: number;
  /** The team's confidence at the check-in, 0..1, when given. */
  confidence?: number;
  /** The check-in's note, when given. */
  note?: string;
}

/** Where an objective is heading: its progress at the end of the cycle at its recent pace. */
export interface Forecast {
  /** Progress at the end of the cycle, 0 or more: the latest check-in plus the median slope. */
  value: number;
  /** The same with the lower quartile of the pairwise slopes, 0 or more. */
  low: number;
  /** The same with the upper quartile of the pairwise slopes. */
  high: number;
  /** How many check-ins the slopes were read from (the latest, up to the window). */
  checkIns: number;
  /** `theil-sen`: the median of the pairwise slopes. */
  method: 'theil-sen';
  /** The median slope, progress per day. */
  slope: number;
  /** The moment the forecast is for (the end of the cycle), epoch milliseconds. */
  at: number;
}

/** Balance statistics over the objectives' attainment. */
export interface BalanceStats {
  /** `1 − 2σ` in [0, 1]; `null` with no objectives. */
  score: number | null;
  level: BalanceLevel | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  stdDev: number | null;
  /** Ids of objectives more than the leader margin above the median. */
  leaders: string[];
  /** Ids of objectives more than the laggard margin below the median. */
  laggards: string[];
}

/** How sure a suggestion is. */
export const SUGGESTION_STRENGTHS = ['strong', 'possible'] as const;
/** `strong` or `possible`. */
export type SuggestionStrength = (typeof SUGGESTION_STRENGTHS)[number];

/** A message id with the values it is formatted with; `formatMessage` turns it into text. */
export interface Evidence {
  id: string;
  values: Record<string, number | string>;
  /** The objectives this piece of evidence is about. */
  objectiveIds: string[];
}

/**
 * A likely cause the data points to. Its evidence is kept as message ids and values, not text:
 * a large report stays small, and each widget words it in its own locale.
 */
export interface Suggestion {
  causeId: string;
  strength: SuggestionStrength;
  objectiveIds: string[];
  evidence: Evidence[];
}

/** What `analyzeOkrs` returns; JSON-serialisable. */
export interface Report {
  /** The moment of analysis, ISO 8601. */
  now: string;
  /** `t`, 0..1. */
  elapsed: number;
  cycle: { start: string; end: string; label?: string } | null;
  locale: string;
  objectives: ObjectiveAnalysis[];
  balance: BalanceStats;
  suggestions: Suggestion[];
  issues: Issue[];
}

/** The four areas causes of unbalanced progress come from. */
export const CAUSE_AREAS = ['leader', 'team', 'target', 'process'] as const;
/** An area of the cause catalogue. */
export type CauseArea = (typeof CAUSE_AREAS)[number];

/** The areas red flags are grouped in. */
export const RED_FLAG_AREAS = ['value', 'horizon', 'organization'] as const;
/** An area of the red-flag catalogue. */
export type RedFlagArea = (typeof RED_FLAG_AREAS)[number];

/** One entry of a checklist catalogue (a cause or a red flag). */
export interface CatalogEntry {
  id: string;
  area: string;
  title: string;
  /** A few sentences on what it is and how it shows. */
  description: string;
  /** Questions a review meeting can ask to confirm or rule it out. */
  questions: string[];
  /** Things to try. */
  remedies: string[];
}

// The organisation report of §8 of the spec: units in a tree, each with its roll-up.
import type { AnalyzeOptions } from '../analyze';
import type {
  BalanceStats,
  Explanation,
  Issue,
  ObjectiveAnalysis,
  Report,
  Status,
  Suggestion,
} from '../types';

/** The built-in roll-up rules, in the order the Guide shows them. */
export const ROLLUP_RULES = ['weighted-mean', 'mean', 'weakest'] as const;
/** A built-in roll-up rule's id. */
export type RollupRuleId = (typeof ROLLUP_RULES)[number];

/** What a roll-up function reads of each direct child of a unit (a sub-unit or an objective). */
export interface RollupChild {
  id: string;
  /** A sub-unit's name or an objective's title. */
  name: string;
  kind: 'unit' | 'objective';
  /** 0..1: each child's progress is capped at 1, so one overachiever cannot hide a laggard. */
  progress: number;
  attainment: number;
  /** An objective's weight; a unit's, the sum of the weights beneath it. */
  weight: number;
  status: Status;
}

/** A host's roll-up: the unit's progress (a finite number of 0 or more) from its children. */
export type RollupFunction = (children: readonly RollupChild[]) => number;

/** How a unit's progress follows from its direct children. */
export type RollupRule = RollupRuleId | RollupFunction;

/** Options of `analyzeOrg`: those of `analyzeOkrs`, plus the roll-up rule and a name. */
export interface AnalyzeOrgOptions extends AnalyzeOptions {
  /** @default 'weighted-mean' */
  rollup?: RollupRule;
  /** The organisation's name. @default the message `org.name` ("Organisation") */
  orgName?: string;
}

/** How many objectives beneath a unit have each status. */
export type StatusCounts = Record<Status, number>;

/** One unit of the organisation: the organisation itself, a team, or "Unassigned". */
export interface OrgUnit {
  id: string;
  name: string;
  /** `null` for the organisation. */
  parentId: string | null;
  /** 0 for the organisation. */
  depth: number;
  /** Direct sub-units, in the order of the input's teams. */
  childIds: string[];
  /** The unit's own objectives, in input order. */
  objectiveIds: string[];
  /** Where they are in the report's `objectives`: `unitReport` finds them without a search. */
  objectiveIndexes: number[];
  /** Objectives in the unit and beneath it. */
  objectiveCount: number;
  statusCounts: StatusCounts;
  /** The sum of the weights of the objectives beneath it. */
  weight: number;
  /** The rolled-up progress, 0..1; `null` with no objectives beneath. */
  progress: number | null;
  expected: number;
  projection: number | null;
  /** The rolled-up bar (success score); `null` with no objectives beneath. */
  bar: number | null;
  attainment: number | null;
  /** `null` with no objectives beneath ("No objectives"). */
  status: Status | null;
  completedEarly: boolean;
  /** Objectives beneath whose check-ins have stalled. */
  stalledCount: number;
  /** The latest check-in beneath, epoch milliseconds. */
  lastCheckIn: number | null;
  /** Why the unit is at its progress: the rule, its children and what decided. */
  explanation: Explanation;
  /** Balance over the direct children: sub-units and own objectives. */
  balance: BalanceStats;
  /** Suggested causes over the direct children. */
  suggestions: Suggestion[];
}

/** What `analyzeOrg` returns; JSON-serialisable. */
export interface OrgReport {
  now: string;
  elapsed: number;
  cycle: Report['cycle'];
  locale: string;
  /** The roll-up rule used: a built-in id or `'function'`. */
  rollup: RollupRuleId | 'function';
  rootId: string;
  /** Every unit: the organisation first, then depth first, parents before children. */
  units: OrgUnit[];
  /** Every objective, analysed as `analyzeOkrs` would, in input order. */
  objectives: ObjectiveAnalysis[];
  issues: Issue[];
}

/** A row of `unitReport` that stands for a sub-unit. */
export interface UnitRow extends ObjectiveAnalysis {
  kind: 'unit';
  /** The unit's id (the row's `id` differs only where an objective of the report has it too). */
  unitId: string;
  objectiveCount: number;
  statusCounts: StatusCounts;
  stalledCount: number;
}

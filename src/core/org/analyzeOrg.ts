import { analyzeOkrs } from '../analyze';
import { computeBalance } from '../balance';
import { toEpochMs } from '../dates';
import { makeIssue, optionReporter } from '../issues';
import {
  EXPLAIN_MESSAGES,
  formatterWith,
  ISSUE_MESSAGES,
  ORG_MESSAGES,
  STATUS_MESSAGES,
} from '../messages';
import { checkOptions } from '../options';
import { computeProjection } from '../progress';
import { createStatusClassifier } from '../status';
import { DEFAULT_SUGGESTION_RULES, suggestCauses } from '../suggest';
import { type Issue, type ObjectiveAnalysis, STATUSES } from '../types';
import { inputIndexes, readRollup, readText } from './orgInput';
import { buildOrgStructure } from './orgStructure';
import type { AnalyzeOrgOptions, OrgReport, OrgUnit, StatusCounts } from './orgTypes';
import { type RollupItem, rollUp } from './rollup';
import { unitRows } from './unitRows';
import { UNIT_SUGGESTION_RULES } from './unitSuggestions';

const ORG_ANALYSIS_MESSAGES = [STATUS_MESSAGES, EXPLAIN_MESSAGES, ISSUE_MESSAGES, ORG_MESSAGES];

/**
 * Analyses an organisation (§8 of the spec): every objective exactly as `analyzeOkrs` does (one
 * analysis of the whole set), then one unit per team plus the organisation, each with its
 * roll-up by `options.rollup`, status (from the rolled-up progress through the same status
 * rules, or the weakest child's), explanation, balance and suggestions over its direct
 * children, and counts over everything beneath. Linear in teams and objectives. Never throws on
 * data; bad structure is repaired and reported in `issues`:
 *
 * - a parent that does not exist: the team sits under the organisation (warning);
 * - a cycle of parents: cut where it closes, walking the teams in input order (error);
 * - a repeated team id: the first team is kept (warning);
 * - an objective of a team not listed: under an "Unassigned" unit (warning);
 * - a team with nothing beneath it: `status: null`, "No objectives" (warning);
 * - a team without a usable id is left out (error), one without a name is named by its id.
 *
 * Without `teams`, each distinct `team` of the objectives becomes a team under the
 * organisation; objectives without a team are the organisation's own. Every objective of the
 * analysis sits in exactly one unit; what the analysis left out is in `issues`.
 */
export function analyzeOrg(input: unknown, options: AnalyzeOrgOptions = {}): OrgReport {
  // Not `isRecord`: `Array.isArray` throws on a revoked proxy, whose reads the checks report.
  const given: Record<string, unknown> =
    typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  const format = formatterWith(given, ORG_ANALYSIS_MESSAGES);
  const issues: Issue[] = [];
  const problem = optionReporter(format, issues);
  const checked = checkOptions(given, problem);
  // The whole set's suggestions are not needed: each unit has its own.
  const report = analyzeOkrs(input, Object.create(given, { suggestionRules: { value: [] } }));
  const rule = readRollup(given, problem);
  const orgName = readText(given, 'orgName', problem) ?? format.format('org.name');
  const { objectives, elapsed } = report;
  const { thresholds } = checked;
  const classify = createStatusClassifier({ thresholds, statusRules: checked.statusRules });
  const expected = objectives[0]?.expected ?? checked.pace(elapsed);
  const now = toEpochMs(report.now) ?? checked.now;
  const cycle = report.cycle
    ? { start: toEpochMs(report.cycle.start) ?? now, end: toEpochMs(report.cycle.end) ?? now }
    : { start: now, end: now };
  const suggestionRules =
    checked.suggestionRules === DEFAULT_SUGGESTION_RULES
      ? UNIT_SUGGESTION_RULES
      : checked.suggestionRules;

  const structureIssues: Issue[] = [];
  const tree = buildOrgStructure(
    input,
    objectives.length,
    (index) => (objectives[index] as ObjectiveAnalysis).team,
    { organisation: orgName, unassigned: format.format('org.unassigned') },
    (path, code, severity, action, values) => {
      const texts = values?.expected
        ? { ...values, expected: format.format(`expected.${values.expected}`) }
        : values;
      structureIssues.push(makeIssue(format, path, code, severity, action, texts));
    },
  );
  if (tree.unassigned.length > 0) {
    const indexes = inputIndexes(input, objectives);
    for (const index of tree.unassigned) {
      const at = indexes?.[index];
      const path = at === undefined || at < 0 ? 'objectives' : `objectives[${at}].team`;
      structureIssues.push(makeIssue(format, path, 'unknown-team', 'warning', 'unassigned'));
    }
  }

  // Zero total weight counts every objective the same, as in `analyzeOkrs`' balance.
  const allZero = objectives.length > 0 && objectives.every((o) => !(o.weight > 0));
  const weightOf = (o: { weight: number }) => (allZero ? 1 : o.weight);
  const rollupWeight = (row: RollupItem) => (row.kind === 'unit' ? row.weight : weightOf(row));
  const ruleId = typeof rule === 'function' ? 'function' : rule;
  const built: OrgUnit[] = new Array(tree.ids.length);
  const emptyTeams: number[] = [];
  const emptyText = format.format('org.explain.empty');
  for (let at = tree.order.length - 1; at >= 0; at--) {
    const u = tree.order[at] as number;
    const statusCounts = zeroCounts();
    const subUnits = (tree.children[u] as number[]).map((child) => built[child] as OrgUnit);
    const own = (tree.own[u] as number[]).map((index) => objectives[index] as ObjectiveAnalysis);
    let objectiveCount = own.length;
    let weight = 0;
    let stalledCount = 0;
    let lastCheckIn: number | null = null;
    for (const unit of subUnits) {
      objectiveCount += unit.objectiveCount;
      weight += unit.weight;
      stalledCount += unit.stalledCount;
      for (const status of STATUSES) statusCounts[status] += unit.statusCounts[status];
      lastCheckIn = later(lastCheckIn, unit.lastCheckIn);
    }
    for (const o of own) {
      weight += weightOf(o);
      statusCounts[o.status]++;
      if (o.stall) stalledCount++;
      lastCheckIn = later(lastCheckIn, o.lastCheckIn);
    }
    let rolled: Rolled;
    if (objectiveCount === 0) {
      const inputIndex = tree.inputIndex[u] as number;
      if (inputIndex >= 0) emptyTeams.push(inputIndex);
      rolled = {
        progress: null,
        projection: null,
        bar: null,
        attainment: null,
        status: null,
        explanation: { id: 'org.explain.empty', values: {}, text: emptyText },
        balance: computeBalance([], checked.balanceThresholds),
        suggestions: [],
      };
    } else {
      // The unit's rows (non-empty sub-units, then own objectives) are what it rolls up.
      const rows = unitRows(subUnits, own, ruleId);
      const result = rollUp(rows, rule, rollupWeight);
      if (result.failed) problem('options.rollup', result.failed, 'default-used');
      const { progress, bar } = result;
      const projection = computeProjection(progress, expected, thresholds.tooEarly);
      let status = result.status;
      let values = result.values;
      if (status === null) {
        const input = { progress, expected, projection, bar, elapsed, confidence: null };
        const decision = classify(input);
        status = decision.status;
        const messageId = decision.message.id;
        // A unit is done when everything beneath it is: its own sentence, not an objective's.
        const why =
          messageId === 'explain.done'
            ? 'unit-done'
            : messageId.startsWith('explain.')
              ? messageId.slice(8)
              : 'none';
        // The status rule's values first, then the roll-up's (both name the same `progress`).
        values = Object.assign({}, decision.message.values, values, { why });
      }
      const text = format.format(result.messageId, values).trim();
      rolled = {
        progress,
        projection,
        bar,
        attainment: result.attainment,
        status,
        explanation: { id: result.messageId, values, text },
        balance: computeBalance(rows, checked.balanceThresholds),
        suggestions: suggestCauses(
          { objectives: rows, elapsed, cycle, thresholds: checked.suggestionThresholds },
          suggestionRules,
        ),
      };
    }
    const parent = tree.parents[u] as number;
    // One literal in the order of `OrgUnit`: every unit has the same shape.
    built[u] = {
      id: tree.ids[u] as string,
      name: tree.names[u] as string,
      parentId: parent < 0 ? null : (tree.ids[parent] as string),
      depth: tree.depth[u] as number,
      childIds: subUnits.map((unit) => unit.id),
      objectiveIds: own.map((o) => o.id),
      objectiveIndexes: tree.own[u] as number[],
      objectiveCount,
      statusCounts,
      weight,
      progress: rolled.progress,
      expected,
      projection: rolled.projection,
      bar: rolled.bar,
      attainment: rolled.attainment,
      status: rolled.status,
      completedEarly: rolled.status === 'done' && elapsed <= thresholds.completedEarlyBy,
      stalledCount,
      lastCheckIn,
      explanation: rolled.explanation,
      balance: rolled.balance,
      suggestions: rolled.suggestions,
    };
  }
  for (const index of emptyTeams.sort((a, b) => a - b)) {
    structureIssues.push(
      makeIssue(format, `teams[${index}]`, 'empty-unit', 'warning', 'shown-empty'),
    );
  }
  const seen = new Set(report.issues.map(issueKey));
  const extra = issues.filter((issue) => !seen.has(issueKey(issue)));
  return {
    now: report.now,
    elapsed,
    cycle: report.cycle,
    locale: report.locale,
    rollup: ruleId,
    rootId: tree.ids[0] as string,
    units: tree.order.map((u) => built[u] as OrgUnit),
    objectives,
    issues: [...report.issues, ...extra, ...structureIssues],
  };
}

/** What a unit's roll-up decides; all `null` for a unit with nothing beneath it. */
type Rolled = Pick<
  OrgUnit,
  | 'progress'
  | 'projection'
  | 'bar'
  | 'attainment'
  | 'status'
  | 'explanation'
  | 'balance'
  | 'suggestions'
>;

const issueKey = (issue: Issue) => `${issue.path}\n${issue.code}\n${issue.message}`;

function later(a: number | null, b: number | null): number | null {
  return a === null || (b !== null && b > a) ? b : a;
}

function zeroCounts(): StatusCounts {
  return {
    done: 0,
    ahead: 0,
    'on-track': 0,
    'not-started': 0,
    behind: 0,
    'at-risk': 0,
    'off-track': 0,
  };
}

import { analyzeOkrs } from '../analyze';
import { computeBalance } from '../balance';
import { toEpochMs } from '../dates';
import { makeIssue } from '../issues';
import { clamp } from '../math';
import {
  EXPLAIN_MESSAGES,
  formatterWith,
  ISSUE_MESSAGES,
  ORG_MESSAGES,
  STATUS_MESSAGES,
} from '../messages';
import { checkOptions, type ReportOption } from '../options';
import { isRecord } from '../parse';
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
 * roll-up by `options.rollup`, status, explanation, balance and suggestions over its direct
 * children, and counts over everything beneath. Linear in teams and objectives. Never throws
 * on data: bad structure is repaired and reported in `issues`, and every objective of the
 * analysis sits in exactly one unit.
 */
export function analyzeOrg(input: unknown, options: AnalyzeOrgOptions = {}): OrgReport {
  const given: Record<string, unknown> = isRecord(options) ? options : {};
  const format = formatterWith(given, ORG_ANALYSIS_MESSAGES);
  const issues: Issue[] = [];
  const reported = new Set<string>();
  const problem: ReportOption = (path, code, action, values) => {
    const key = `${path} ${code} ${action}`;
    if (reported.has(key)) return;
    reported.add(key);
    const expected = values?.expected;
    const texts = expected
      ? { ...values, expected: format.format(`expected.${expected}`) }
      : values;
    issues.push(makeIssue(format, path, code, 'warning', action, texts));
  };
  const checked = checkOptions(given, problem);
  // The whole set's suggestions are not needed: each unit has its own.
  const report = analyzeOkrs(input, Object.create(given, { suggestionRules: { value: [] } }));
  const rule = readRollup(given, problem);
  const orgName = readText(given, 'orgName', problem) ?? format.format('org.name');
  const { objectives, elapsed } = report;
  const { thresholds } = checked;
  const classify = createStatusClassifier({
    thresholds,
    ...(checked.statusRules === undefined ? {} : { statusRules: checked.statusRules }),
  });
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
  const weightOf = (o: ObjectiveAnalysis) => (allZero ? 1 : o.weight);
  const ruleId = typeof rule === 'function' ? 'function' : rule;
  const built: OrgUnit[] = new Array(tree.ids.length);
  const emptyTeams: number[] = [];
  const items: (RollupItem | null)[] = new Array(tree.ids.length).fill(null);
  for (let at = tree.order.length - 1; at >= 0; at--) {
    const u = tree.order[at] as number;
    const id = tree.ids[u] as string;
    const name = tree.names[u] as string;
    const statusCounts = zeroCounts();
    const children: RollupItem[] = [];
    const subUnits: OrgUnit[] = [];
    let objectiveCount = 0;
    let weight = 0;
    let stalledCount = 0;
    let lastCheckIn: number | null = null;
    for (const child of tree.children[u] as number[]) {
      const unit = built[child] as OrgUnit;
      subUnits.push(unit);
      const item = items[child];
      if (!item) continue;
      children.push(item);
      objectiveCount += unit.objectiveCount;
      weight += unit.weight;
      stalledCount += unit.stalledCount;
      for (const status of STATUSES) statusCounts[status] += unit.statusCounts[status];
      if (unit.lastCheckIn !== null && !(lastCheckIn !== null && lastCheckIn >= unit.lastCheckIn))
        lastCheckIn = unit.lastCheckIn;
    }
    const own: ObjectiveAnalysis[] = [];
    for (const index of tree.own[u] as number[]) {
      const o = objectives[index] as ObjectiveAnalysis;
      own.push(o);
      const w = weightOf(o);
      children.push({
        id: o.id,
        name: o.title,
        kind: 'objective',
        progress: clamp(o.progress, 0, 1),
        attainment: o.attainment,
        weight: w,
        status: o.status,
        bar: o.bar,
      });
      objectiveCount++;
      weight += w;
      statusCounts[o.status]++;
      if (o.stall) stalledCount++;
      if (o.lastCheckIn !== null && !(lastCheckIn !== null && lastCheckIn >= o.lastCheckIn))
        lastCheckIn = o.lastCheckIn;
    }
    const parent = tree.parents[u] as number;
    const base = {
      id,
      name,
      parentId: parent < 0 ? null : (tree.ids[parent] as string),
      depth: tree.depth[u] as number,
      childIds: subUnits.map((unit) => unit.id),
      objectiveIds: own.map((o) => o.id),
      objectiveCount,
      statusCounts,
      weight,
      expected,
      stalledCount,
      lastCheckIn,
    };
    if (children.length === 0) {
      const inputIndex = tree.inputIndex[u] as number;
      if (inputIndex >= 0) emptyTeams.push(inputIndex);
      const text = format.format('org.explain.empty');
      built[u] = {
        ...base,
        progress: null,
        projection: null,
        bar: null,
        attainment: null,
        status: null,
        completedEarly: false,
        explanation: { id: 'org.explain.empty', values: {}, text },
        balance: computeBalance([], checked.balanceThresholds),
        suggestions: [],
      };
      continue;
    }
    const result = rollUp(children, rule);
    if (result.failed) problem('options.rollup', result.failed, 'default-used');
    const { progress, bar } = result;
    const projection = computeProjection(progress, expected, thresholds.tooEarly);
    let status = result.status;
    let values = result.values;
    if (status === null) {
      const decision = classify({ progress, expected, projection, bar, elapsed, confidence: null });
      status = decision.status;
      const messageId = decision.message.id;
      const why = messageId.startsWith('explain.') ? messageId.slice(8) : 'none';
      values = { ...decision.message.values, ...values, why };
    }
    const attainment = result.attainment;
    const rows = unitRows(subUnits, own, ruleId);
    const unit: OrgUnit = {
      ...base,
      progress,
      projection,
      bar,
      attainment,
      status,
      completedEarly: status === 'done' && elapsed <= thresholds.completedEarlyBy,
      explanation: {
        id: result.messageId,
        values,
        text: format.format(result.messageId, values).trim(),
      },
      balance: computeBalance(rows, checked.balanceThresholds),
      suggestions: suggestCauses(
        { objectives: rows, elapsed, cycle, thresholds: checked.suggestionThresholds },
        suggestionRules,
      ),
    };
    built[u] = unit;
    items[u] = {
      id,
      name,
      kind: 'unit',
      progress: clamp(progress, 0, 1),
      attainment,
      weight,
      status,
      bar,
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

const issueKey = (issue: Issue) => `${issue.path}\n${issue.code}\n${issue.message}`;

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

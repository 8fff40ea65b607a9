/**
 * The English message catalogue: every text the package shows, keyed by id, in parts so that a
 * bundle carries only the texts of what it uses. `./format` turns a template into text.
 */
import { type FormatOptions, type Formatter, formatterWith, type MessageValues } from './format';

export {
  type DefaultMessages,
  type FormatOptions,
  type Formatter,
  formatterWith,
  MAX_MESSAGE_DEPTH,
  type MessageValues,
} from './format';

/** Names of the statuses: all an analysis needs of the labels. */
export const STATUS_MESSAGES = {
  'status.done': 'Done',
  'status.ahead': 'Exceeding',
  'status.on-track': 'On track',
  'status.not-started': 'Not started',
  'status.behind': 'Lagging',
  'status.at-risk': 'At risk',
  'status.off-track': 'Severely lagging',
  'status.stale': 'No recent check-in',
  'status.unknown': 'Unknown status',
} as const;

/** Names of the balance levels, as a label and within a sentence. */
export const LEVEL_MESSAGES = {
  'level.balanced': 'Balanced',
  'level.uneven': 'Uneven',
  'level.unbalanced': 'Unbalanced',
  'levelText.balanced': 'balanced',
  'levelText.uneven': 'uneven',
  'levelText.unbalanced': 'unbalanced',
} as const;

/** Names of the signal strengths and the catalogue areas. */
const CATALOG_LABEL_MESSAGES = {
  'strength.strong': 'Strong signal',
  'strength.possible': 'Possible',
  'area.leader': 'Leader',
  'area.team': 'Team',
  'area.target': 'Target',
  'area.process': 'Review process',
  'area.value': 'Customer value',
  'area.horizon': 'Time horizon',
  'area.organization': 'Organisation',
} as const;

/** What a widget says of a report it cannot show. */
export const DATA_MESSAGES = {
  'data.invalid':
    'This report cannot be shown: {count, plural, one {# problem} other {# problems}} in its data (see onIssues).',
} as const;

/** Names of statuses, balance levels, signal strengths and catalogue areas. */
export const LABEL_MESSAGES = /* @__PURE__ */ Object.assign(
  {},
  STATUS_MESSAGES,
  LEVEL_MESSAGES,
  CATALOG_LABEL_MESSAGES,
  DATA_MESSAGES,
) as typeof STATUS_MESSAGES &
  typeof LEVEL_MESSAGES &
  typeof CATALOG_LABEL_MESSAGES &
  typeof DATA_MESSAGES;

/** Why an objective has its status: one sentence per status rule. */
export const EXPLAIN_MESSAGES = {
  'explain.done': '{progress, percent} complete: the objective has reached its target (done rule).',
  'explain.not-started':
    'Nothing reported yet, and with {elapsed, percent} of the cycle gone it is too early to judge (early-cycle rule).',
  'explain.too-early':
    '{progress, percent} complete; with {elapsed, percent} of the cycle gone it is too early to project (early-cycle rule).',
  'explain.projection':
    'Projected to reach {projection, percent} by the end of the cycle; success is {bar, percent} (projection rule).',
  'explain.score-bands':
    'Projected to score {projection, number} by the end of the cycle; {green, number} and up is green, {yellow, number} and up yellow (score-band rule).',
  'explain.gap-points':
    '{progress, percent} complete where {expected, percent} was expected, a gap of {gap, number} points; on track under {onTrack, number}, lagging up to {behind, number} (gap rule).',
  'explain.pace-ratio':
    'Moving at {ratio, percent} of the ideal pace; on track from {onTrack, percent}, lagging from {behind, percent} (pace-ratio rule).',
  'explain.forecast':
    'At the pace of its latest {checkIns, number} check-ins it reaches {forecast, percent} by the end of the cycle, likely between {low, percent} and {high, percent}; success is {bar, percent} (forecast rule).',
  'explain.forecast-narrow':
    'At the pace of its latest {checkIns, number} check-ins it reaches {forecast, percent} by the end of the cycle, with little spread; success is {bar, percent} (forecast rule).',
  'explain.forecast-none':
    'Too few check-ins for a forecast; at the pace so far it reaches {projection, percent} by the end of the cycle; success is {bar, percent} (forecast rule).',
  'explain.confidence':
    'The team’s confidence is {confidence, percent}, under {limit, percent}, so the status is at least ‘{status, status}’ whatever the progress (confidence rule).',
} as const;

/** Problems found in the input, and what was done about them. */
export const ISSUE_MESSAGES = {
  'issue.invalid-input': 'The input is not an object with a cycle and a list of objectives.',
  'issue.missing': '{path} is missing.',
  'issue.wrong-type': '{path} should be {expected}.',
  'issue.not-a-number': '{path} is not a number.',
  'issue.not-finite': '{path} is not a finite number.',
  'issue.negative': '{path} must not be negative.',
  'issue.out-of-range': '{path} must be between 0 and 1.',
  'issue.empty': '{path} must not be empty.',
  'issue.invalid-date':
    '{path} is not a date: use an ISO 8601 text such as 2026-01-31, epoch milliseconds or a Date.',
  'issue.not-allowed': '{path} must be ‘committed’ or ‘aspirational’.',
  'issue.cycle-order': 'The cycle must end after it starts.',
  'issue.empty-range':
    '{path}: target and start are equal, so progress cannot be measured; give a different target or a progress value.',
  'issue.duplicate-id': '{path} repeats an id used before.',
  'issue.no-objectives': 'There are no objectives to analyse.',
  'issue.no-progress': '{path} has neither key results nor a progress value.',
  'issue.zero-weights': 'All weights are 0, so every objective counts the same.',
  'issue.invalid-pace': 'The pace function gave a value that is not a number between 0 and 1.',
  'issue.unmeasurable':
    '{path}: the change is too large against the range from start to target to be measured; give a progress value.',
  'issue.not-positive': '{path} must be more than 0.',
  'issue.out-of-order': '{path} must not be more than {other}.',
  'issue.unknown-preset':
    '{path} names no status preset: use ‘default’, ‘score-bands’, ‘gap-points’, ‘pace-ratio’ or ‘forecast’.',
  'issue.not-a-function': '{path} is not a function.',
  'issue.callback-threw': '{path} threw an error.',
  'issue.callback-result': '{path} gave a result that cannot be used.',
  'issue.unreadable': '{path} cannot be read: reading it threw an error.',
  'expected.number': 'a number',
  'expected.string': 'text',
  'expected.array': 'a list',
  'expected.object': 'an object',
  'expected.boolean': 'true or false',
  'expected.value': 'a valid value',
  'action.objective-left-out': 'This objective is left out.',
  'action.key-result-left-out': 'This key result is left out.',
  'action.check-in-left-out': 'This check-in is left out.',
  'action.nothing-analysed': 'Nothing can be analysed.',
  'action.default-used': 'The default is used instead.',
  'action.ignored': 'The value is ignored.',
  'action.raised-to-zero': 'It counts as 0.',
  'action.counts-as-zero': 'Its progress counts as 0.',
  'action.rule-left-out': 'This rule is left out.',
  'action.finding-left-out': 'This finding is left out.',
  // Issue 18: spreadsheet-shaped values (numbers and percentages written as text, separators
  // that are not guessed, number dates that are no time of a cycle, other date formats).
  'issue.number-as-text': '{path} is a number written as text (‘{text}’).',
  'issue.percent-as-text': '{path} is a percentage written as text (‘{text}’).',
  'action.read-as-number': 'It is read as {value}.',
  'action.numbers-only': 'parseOkrSet takes numbers only; analyzeOkrs reads this with a warning.',
  'issue.percent-mixed':
    '{path} is a percentage (‘{text}’) but {other} is {otherValue}, so it could mean {fraction} or {whole}: it is not guessed. Give start, target and current all as percentages or fractions from −1 to 1, or all as plain numbers.',
  'issue.decimal-comma':
    '{path} has a comma (‘{text}’): a decimal comma or a thousands separator is not guessed. Use a decimal point, or okr-balance/import’s parseOkrCsv, which reads a file’s decimal commas.',
  'issue.digit-grouping':
    '{path} has grouped digits (‘{text}’), which are not guessed. Give the plain number, or use okr-balance/import’s parseOkrCsv.',
  'issue.date-serial-day':
    '{path} is {value}, as epoch milliseconds {asMs}, but it looks like a spreadsheet’s serial day: {date}. Give the date as ISO 8601 text (‘{date}’) or epoch milliseconds ({ms}).',
  'issue.date-seconds':
    '{path} is {value}, as epoch milliseconds {asMs}, but it looks like seconds since 1970: {date}. Give the date as ISO 8601 text (‘{date}’) or epoch milliseconds ({ms}).',
  'issue.date-microseconds':
    '{path} is {value}, as epoch milliseconds {asMs}, but it looks like microseconds since 1970: {date}. Give the date as ISO 8601 text (‘{date}’) or epoch milliseconds ({ms}).',
  'issue.date-out-of-range':
    '{path} is {value}, as epoch milliseconds {asMs}: no time of an OKR cycle (a number date lies from 1973 to the year 5138). Give the date as ISO 8601 text or epoch milliseconds.',
  'issue.date-number-text':
    '{path} is epoch milliseconds written as text (‘{text}’, {date}). Give the number, or the date as ISO 8601 text.',
  'issue.date-format':
    '{path} is a date written as {format} (‘{text}’), which is not guessed. Give it as ISO 8601 text (2026-01-31), or use okr-balance/import’s parseOkrCsv and its dateOrder option.',
} as const;

/** What the data shows for a suggested cause. */
export const EVIDENCE_MESSAGES = {
  'evidence.capacity-imbalance':
    '‘{leader}’ is at {leaderProgress, percent} while ‘{laggard}’ is at {laggardProgress, percent}, with {elapsed, percent} of the cycle gone.',
  'evidence.completed-early': '‘{title}’ was done with {elapsed, percent} of the cycle gone.',
  'evidence.projected-far-over':
    '‘{title}’ is projected to reach {projection, percent}, at least {factor, number} times its bar of {bar, percent}.',
  'evidence.projected-short':
    '‘{title}’ is moving but is projected to reach only {projection, percent} against a bar of {bar, percent}.',
  'evidence.no-progress': '‘{title}’ shows no progress with {elapsed, percent} of the cycle gone.',
  'evidence.no-key-results': '‘{title}’ has no key results and is behind its pace.',
  'evidence.stalled':
    '‘{title}’ has not risen above {progress, percent} in {count} check-ins over {days} days.',
  'evidence.stale': '‘{title}’ was last checked in {days, plural, one {# day} other {# days}} ago.',
  'evidence.sparse-check-ins':
    'Check-ins on ‘{title}’ are {days, plural, one {# day} other {# days}} apart (median).',
  'evidence.many-objectives':
    '{count} objectives in one cycle, more than the {limit} a team can usually keep in focus.',
  'evidence.added-late': '‘{title}’ was added with {elapsed, percent} of the cycle gone.',
  'evidence.confidence-mismatch':
    '‘{title}’ measures {progress, percent} but the team’s confidence is {confidence, percent}.',
  'evidence.all-done':
    '{share, percent} of the objectives are done with {elapsed, percent} of the cycle gone.',
} as const;

/** The review agenda. */
export const AGENDA_MESSAGES = {
  'agenda.title': 'OKR review: {cycle}',
  'agenda.progress': 'Progress',
  'agenda.plans': 'Plans',
  'agenda.problems': 'Problems',
  'agenda.progress-line': '{title}: {progress, percent}, {status}',
  'agenda.movement': '{delta, points} points since the previous check-in',
  'agenda.no-cause': 'No cause stands out in the data; go through the checklist together.',
  'agenda.nothing': 'Nothing to discuss here.',
  'agenda.likely-causes': 'Likely causes',
  'agenda.unit': 'Team ‘{title}’',
  'agenda.since-summary':
    'Since {date, date}: {worsened, number} worse, {improved, number} better, {added, number} new, {removed, number} gone, {unchanged, number} unchanged.',
  'agenda.since': '{delta, points} points since {date, date}',
  'agenda.since-status': '{delta, points} points since {date, date}, was {status}',
  'agenda.added': 'new since {date, date}',
  'agenda.removed': '{title}: no longer in the report (was {progress, percent}, {status})',
} as const;

/** `CauseChecklist`. */
export const CHECKLIST_MESSAGES = {
  'checklist.summary':
    '{suggested, plural, one {# cause} other {# causes}} suggested by the data; {checked, number} ticked',
  'checklist.focus': 'Focused on ‘{title}’',
  'checklist.group': '{area}, {checked, number} of {total, number} ticked',
  'checklist.suggested': 'Suggested: {strength, strength}',
  'checklist.objectives': 'Objectives: {titles}',
  'checklist.remedies': 'What to try',
  'checklist.note': 'Note on {title}',
  'checklist.empty': 'This checklist has no entries.',
  'checklist.suggested-group': 'Suggested by the data',
  'checklist.details': 'Details on {title}',
  'checklist.questions': 'Questions to ask',
  'checklist.kept-note': 'Your note: {note}',
} as const;

/** `ProgressSpreadGauge`. */
export const GAUGE_MESSAGES = {
  'gauge.label': 'Balance of progress',
  'gauge.valuetext':
    'Balance {score} of 100: {reading}. Median progress {median, percent}, expected by now {expected, percent}; attainment from {min, percent} to {max, percent}. {count, plural, one {# objective} other {# objectives}}, {atRisk} at risk or worse.',
  'gauge.balance': 'Balance',
  'gauge.of': 'of 100',
  'gauge.pace-early': '{level, level}',
  'gauge.pace-on-pace': '{level, level}',
  'gauge.pace-behind': '{level, level} — behind pace',
  'gauge.pace-all-behind': '{level, level} — all behind pace',
  'gauge.value': '{value, percent}',
  'gauge.caption': 'Median progress',
  'gauge.scale': '{value, percent}',
  'gauge.spread': 'Spread {min, percent}–{max, percent}',
  'gauge.median': 'Median {value, percent}',
  'gauge.median-short': 'Median',
  'gauge.expected': 'Expected {value, percent}',
  'gauge.expected-short': 'Expected',
  'gauge.key-expected': 'Expected by now {value, percent}',
  'gauge.key-ticks': 'Objectives:',
  'gauge.tick': '{title}: {attainment, percent}, {status, status}',
  'gauge.empty': 'No objectives to measure yet.',
} as const;

/** What a picture of `OkrRadar` says: its name, summary, key and ring labels (its SVG's too). */
export const RADAR_DRAWING_MESSAGES = {
  'radar.label': 'Progress by objective',
  'radar.summary':
    '{count, plural, one {# objective} other {# objectives}}, balance {score} of 100, {level, levelText}, {atRisk} at risk or worse.',
  'radar.summary-empty': 'No objectives to show.',
  'radar.compare-date': '{date, date}',
  'radar.legend-progress': 'Progress',
  'radar.legend-expected': 'Expected pace',
  'radar.legend-comparison': 'Comparison',
  'radar.percent': '{value, percent}',
} as const;

/** `OkrRadar`'s points, tooltip and data table. */
export const RADAR_DETAIL_MESSAGES = {
  'radar.point': '{title}: {progress, percent}, expected {expected, percent}, {status, status}',
  'radar.progress': 'Progress {progress, percent}',
  'radar.expected': 'Expected {expected, percent}',
  'radar.compare': '{label}: {value, percent}',
  'radar.caption': 'Progress of each objective',
  'radar.col-objective': 'Objective',
  'radar.col-progress': 'Progress',
  'radar.col-expected': 'Expected',
  'radar.col-status': 'Status',
  'radar.show-data': 'Show data',
  'radar.hide-data': 'Hide data',
} as const;

/** `OkrRadar`: its drawing's texts and its details'. */
export const RADAR_MESSAGES = /* @__PURE__ */ Object.assign(
  {},
  RADAR_DRAWING_MESSAGES,
  RADAR_DETAIL_MESSAGES,
) as typeof RADAR_DRAWING_MESSAGES & typeof RADAR_DETAIL_MESSAGES;

/** `OkrBalanceBoard`. */
export const BOARD_MESSAGES = {
  'board.title': 'OKR balance {cycle}',
  'board.objectives': 'Objectives and their status',
  'board.progress': '{progress, percent} · expected {expected, percent}',
  'board.empty': 'No objectives to show yet.',
  'board.unit-title': '{unit} — OKR balance {cycle}',
  'board.levels': 'Organisation levels',
  'board.units': 'Teams, objectives and their status',
  'board.unit-count': '{count, plural, one {# objective} other {# objectives}}',
  'board.open-unit': 'Opens this unit: its teams and objectives.',
  'board.level':
    '{unit}: {count, plural, one {# objective} other {# objectives}}, balance {score} of 100',
  'board.level-empty': '{unit}: no objectives',
  'board.organisation-shown': 'The organisation is shown instead.',
  'board.issues':
    'Some of the data could not be used as it is: {count, plural, one {# problem} other {# problems}}.',
  'board.issues-more': '… and {count, plural, one {# more problem} other {# more problems}}.',
  'board.issue': '{where}: {problem}. {outcome}',
  'board.where-objective': '‘{title}’',
  'board.where-objective-untitled': 'Objective {position}',
  'board.where-key-result': '{objective}, key result {position}',
  'board.where-check-in': '{objective}, check-in {position}',
  'board.where-cycle': 'The cycle',
  'board.where-options': 'A setting',
  'board.where-data': 'The data',
  'board.field': '‘{field}’',
  'board.field-none': 'the entry',
  'board.problem.missing': '{field} is missing',
  'board.problem.invalid': '{field} has a value that cannot be used',
  'board.problem.date': '{field} is not a valid date',
  'board.problem.duplicate': 'its id is used by another objective too',
  'board.problem.no-progress': 'it has neither key results nor a progress value',
  'board.problem.unmeasurable': 'its progress cannot be measured from the values given',
  'board.problem.unreadable': 'it cannot be read',
  'board.problem.no-objectives': 'there are no objectives',
  'board.problem.zero-weights': 'all weights are 0, so every objective counts the same',
  'board.problem.other': '{field} cannot be used',
  'board.problem.as-text': '{field} is a number written as text',
  'board.problem.separators': '{field} has a comma or grouped digits, which are not guessed',
  'board.problem.date-number': '{field} is a number that is no date of the cycle',
  'board.problem.date-format': '{field} is a date in a format other than 2026-01-31',
  'board.outcome.repaired': 'Corrected and shown.',
  'board.outcome.left-out': 'Left out.',
  'board.outcome.nothing': 'Nothing can be shown.',
  'board.outcome.default': 'The default is used instead.',
  // Problems in an organisation's teams (describeIssue's `team` area and org problems).
  'board.where-team': 'Team ‘{title}’',
  'board.where-team-untitled': 'Team {position}',
  'board.where-teams': 'The list of teams',
  'board.problem.duplicate-team': 'its id is used by an earlier team too',
  'board.problem.not-a-list': 'it is not a list',
  'board.problem.unknown-parent': 'its parent team does not exist',
  'board.problem.parent-cycle': 'its parent teams lead back to it in a cycle',
  'board.problem.unknown-team': '{field} names a team that is not in the list of teams',
  'board.problem.empty-team': 'it has no objectives, in it or beneath it',
  'board.problem.unknown-unit': '{field} names no unit of this organisation',
  'board.outcome.under-organisation': 'Placed directly under the organisation.',
  'board.outcome.id-as-name': 'Its id is used as its name.',
  'board.outcome.shown-empty': 'Shown as ‘No objectives’.',
  'board.outcome.unassigned': 'Shown under ‘Unassigned’.',
  'board.outcome.teams-ignored':
    'Each objective’s team is shown as a team directly under the organisation.',
} as const;

/** Organisations (`analyzeOrg`, `unitReport`): unit names, roll-up explanations, structure problems. */
export const ORG_MESSAGES = {
  'org.name': 'Organisation',
  'org.unassigned': 'Unassigned',
  'org.no-objectives': 'No objectives',
  'org.explain.weighted-mean':
    '{progress, percent}: weighted mean of {parts, orgParts}; lowest: ‘{lowest}’ at {lowestProgress, percent} (weighted-mean rule). {why, explain}',
  'org.explain.mean':
    '{progress, percent}: mean of {parts, orgParts}, each counted once; lowest: ‘{lowest}’ at {lowestProgress, percent} (mean rule). {why, explain}',
  'org.explain.weakest':
    '{progress, percent}: the weakest of {parts, orgParts} decides: ‘{lowest}’ at {lowestProgress, percent}, {status, status} (weakest-link rule).',
  'org.explain.function':
    '{progress, percent}: the host’s roll-up of {parts, orgParts}; lowest: ‘{lowest}’ at {lowestProgress, percent}. {why, explain}',
  'org.explain.empty': 'No objectives in this unit or beneath it.',
  'orgParts.teams': '{teams, plural, one {# team} other {# teams}}',
  'orgParts.objectives': '{objectives, plural, one {# objective} other {# objectives}}',
  'orgParts.both':
    '{teams, plural, one {# team} other {# teams}} and {objectives, plural, one {# objective} other {# objectives}}',
  'explain.none': '',
  'explain.unit-done': 'Every objective beneath is done (done rule).',
  'evidence.unit-stalled':
    'Every objective of ‘{title}’ ({count, plural, one {# objective} other {# objectives}}) has stopped rising.',
  'issue.unknown-parent': '{path} names a parent team that does not exist.',
  'issue.parent-cycle': '{path} closes a cycle of parents: {teams}.',
  'issue.unknown-team': '{path} names a team that is not in the list of teams.',
  'issue.empty-unit': '{path} has no objectives, in it or beneath it.',
  'issue.unknown-rollup':
    '{path} names no roll-up rule: use ‘weighted-mean’, ‘mean’, ‘weakest’ or a function.',
  'issue.unknown-unit': 'There is no unit with the id ‘{unitId}’ in this organisation.',
  'issue.invalid-org': 'This is not a report of analyzeOrg.',
  'action.placed-under-organisation': 'The team sits directly under the organisation.',
  'action.cycle-cut': 'The cycle is cut here: this team sits directly under the organisation.',
  'action.team-left-out': 'This team is left out; objectives naming it go to ‘Unassigned’.',
  'action.first-team-kept': 'The first team with this id is kept; this one is left out.',
  'action.unassigned': 'The objective is placed in the ‘Unassigned’ unit.',
  'action.id-as-name': 'Its id is used as its name.',
  'action.shown-empty': 'It is shown without a status, as ‘No objectives’.',
  'action.teams-ignored': 'Each objective’s team becomes a team directly under the organisation.',
  'action.nothing-shown': 'Nothing is shown.',
} as const;

/** `OrgTable`: the organisation's units as a tree of rows. */
export const ORGTABLE_MESSAGES = {
  'orgTable.label': 'Teams and their progress',
  'orgTable.name': 'Unit',
  'orgTable.progress': 'Progress',
  'orgTable.status': 'Status',
  'orgTable.balance': 'Balance',
  'orgTable.objectives': 'Objectives',
  'orgTable.pace': '{progress, percent} · expected {expected, percent}',
  'orgTable.score': '{score} of 100',
  'orgTable.count': '{count, number}',
  'orgTable.none': '–',
  'orgTable.no-objectives': 'No objectives',
  'orgTable.invalid':
    'This organisation cannot be shown: {count, plural, one {# problem} other {# problems}} in its data (see onIssues).',
} as const;

/** Time (§10): snapshots of an earlier date, changes since an earlier report. */
export const TIME_MESSAGES = {
  'issue.no-check-in-then': '‘{title}’ ({path}) has no check-in on or before {date, date}.',
  'action.left-out-of-snapshot': 'It is left out of the snapshot.',
  'issue.key-results-then':
    '{count, plural, one {# objective has} other {# objectives have}} key results whose values on {date, date} are not known: progress comes from check-ins.',
} as const;

/** `ChangeList`: what changed since an earlier report. */
export const CHANGES_MESSAGES = {
  'changes.label': 'Changes since {date, date}',
  'changes.kind.worsened': 'Worse',
  'changes.kind.improved': 'Better',
  'changes.kind.added': 'New',
  'changes.kind.removed': 'Gone',
  'changes.kind.unchanged': 'Unchanged',
  'changes.unit': 'Team',
  'changes.to': 'to',
  'changes.progress': '{from, percent} → {to, percent}',
  'changes.delta': '{delta, points} points',
  'changes.now': 'now {to, percent}',
  'changes.was': 'was {from, percent}',
  'changes.empty': 'Nothing changed since {date, date}.',
  'changes.unchanged-count':
    '{count, plural, one {# more entry is} other {# more entries are}} unchanged.',
  'changes.invalid':
    'These changes cannot be shown: {count, plural, one {# problem} other {# problems}} in their data (see onIssues).',
} as const;

/** `ProgressTrend`: one objective's check-ins, pace and forecast over the cycle. */
export const TREND_MESSAGES = {
  'trend.label': 'Progress of ‘{title}’ over time',
  'trend.rose':
    'Rose from {from, percent} to {to, percent} over {count, plural, one {# check-in} other {# check-ins}}',
  'trend.fell':
    'Fell from {from, percent} to {to, percent} over {count, plural, one {# check-in} other {# check-ins}}',
  'trend.flat':
    'Stayed at {to, percent} over {count, plural, one {# check-in} other {# check-ins}}',
  'trend.single': 'One check-in: {to, percent} on {date}',
  'trend.forecast': '{trend}; forecast {low, percent}–{high, percent} by {date}.',
  'trend.forecast-exact': '{trend}; forecast {value, percent} by {date}.',
  'trend.too-few': '{trend}; too few check-ins for a forecast.',
  'trend.none': 'No check-ins yet: nothing to draw.',
  'trend.unit': 'A team has no check-ins of its own: see the trends of its objectives.',
  'trend.unknown': 'There is no objective with the id ‘{id}’ in this report.',
  'trend.key-check-ins': 'Check-ins',
  'trend.key-expected': 'Expected pace',
  'trend.key-forecast': 'Forecast',
  'trend.percent': '{value, percent}',
  'trend.point': '{date, date}: {progress, percent}',
  'trend.point-date': '{date, date}',
  'trend.show-data': 'Show data',
  'trend.hide-data': 'Hide data',
  'trend.caption': 'Check-ins of ‘{title}’',
  'trend.col-date': 'Date',
  'trend.col-progress': 'Progress',
  'trend.col-confidence': 'Confidence',
  'trend.col-note': 'Note',
} as const;

/** `ExportMenu`: the report out as a slide, a spreadsheet or the review's agenda. */
export const EXPORT_MENU_MESSAGES = {
  'export.button': 'Export',
  'export.svg': 'Slide as SVG',
  'export.png': 'Slide as PNG',
  'export.csv': 'Objectives as CSV',
  'export.markdown': 'Agenda as Markdown',
  'export.done': 'Saved {file}.',
  'export.failed': '{item} could not be made: {reason}',
} as const;

/** Every English text, for translators and for `createFormatter`'s default. */
export const MESSAGES_EN = /* @__PURE__ */ Object.assign(
  {},
  LABEL_MESSAGES,
  EXPLAIN_MESSAGES,
  ISSUE_MESSAGES,
  EVIDENCE_MESSAGES,
  AGENDA_MESSAGES,
  CHECKLIST_MESSAGES,
  GAUGE_MESSAGES,
  RADAR_MESSAGES,
  BOARD_MESSAGES,
  ORG_MESSAGES,
  ORGTABLE_MESSAGES,
  TIME_MESSAGES,
  CHANGES_MESSAGES,
  TREND_MESSAGES,
  EXPORT_MENU_MESSAGES,
) as typeof LABEL_MESSAGES &
  typeof EXPLAIN_MESSAGES &
  typeof ISSUE_MESSAGES &
  typeof EVIDENCE_MESSAGES &
  typeof AGENDA_MESSAGES &
  typeof CHECKLIST_MESSAGES &
  typeof GAUGE_MESSAGES &
  typeof RADAR_MESSAGES &
  typeof BOARD_MESSAGES &
  typeof ORG_MESSAGES &
  typeof ORGTABLE_MESSAGES &
  typeof TIME_MESSAGES &
  typeof CHANGES_MESSAGES &
  typeof TREND_MESSAGES &
  typeof EXPORT_MENU_MESSAGES;

/** The id of a message in the default catalogue. */
export type MessageId = keyof typeof MESSAGES_EN;

/** A catalogue of message templates by id; a partial one falls back to English. */
export type Messages = Partial<Record<MessageId, string>> & Record<string, string | undefined>;

/** Formats one message; build a `createFormatter` for many. */
export function formatMessage(
  id: string,
  values: MessageValues = {},
  options: FormatOptions = {},
): string {
  return createFormatter(options).format(id, values);
}

/** Creates a formatter; one per analysis keeps `Intl` construction off the hot path. */
export function createFormatter(options: FormatOptions = {}): Formatter {
  return formatterWith(options, [MESSAGES_EN]);
}

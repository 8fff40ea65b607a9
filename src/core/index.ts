// The React-free entry, `okr-balance/core`: a hand-written list, so nothing internal leaks.
export {
  type AgendaPlan,
  type AgendaProblem,
  type AgendaProgressItem,
  escapeMarkdown,
  type ReviewAgenda,
  type ReviewAgendaOptions,
  reviewAgenda,
} from './agenda';
export {
  type AnalyzeOptions,
  analyzeOkrs,
  DEFAULT_OBJECTIVE_THRESHOLDS,
  findStall,
  type ObjectiveThresholds,
} from './analyze';
export {
  type BalanceItem,
  type BalanceThresholds,
  balanceLevel,
  computeBalance,
  DEFAULT_BALANCE_THRESHOLDS,
} from './balance';
export {
  type BalanceReading,
  type BalanceReadingOptions,
  DEFAULT_BALANCE_READING,
  expectedPace,
  PACE_READINGS,
  type PaceReading,
  READING_TONES,
  type ReadingTone,
  readBalance,
} from './balanceReading';
export { CAUSES, findEntry, type LocalizableEntry, localizeEntry, RED_FLAGS } from './causes';
export { CHANGE_KINDS, type ChangesCheck, checkChanges } from './changesCheck';
export {
  type ChecklistOrder,
  type ChecklistOrderEntry,
  orderChecklist,
} from './checklistOrder';
export {
  type ChangeKind,
  type CompareOptions,
  compareReports,
  type ObjectiveChange,
  type ReportChanges,
  type ReportMoment,
} from './compare';
export { DAY_MS, toEpochMs, toIsoString } from './dates';
export { type ForecastLimits, forecastProgress, senInterval } from './forecast';
export {
  computeGaugeGeometry,
  DEFAULT_GAUGE_ANGLES,
  type GaugeGeometry,
  type GaugeGeometryOptions,
  type GaugeMarker,
  type GaugeMarkerLabel,
  type GaugeTextBox,
  type GaugeTexts,
  type GaugeTick,
} from './gaugeGeometry';
export { arcPath, PATH_DIGITS, type Point, pointAt, polygonPath } from './geometry';
export {
  describeIssue,
  ISSUE_PROBLEMS,
  type IssueDescription,
  type IssueProblem,
} from './issueDescription';
export {
  AGENDA_MESSAGES,
  BOARD_MESSAGES,
  CHANGES_MESSAGES,
  CHECKLIST_MESSAGES,
  createFormatter,
  DATA_MESSAGES,
  type DefaultMessages,
  EVIDENCE_MESSAGES,
  EXPLAIN_MESSAGES,
  EXPORT_MENU_MESSAGES,
  type FormatOptions,
  type Formatter,
  formatMessage,
  formatterWith,
  GAUGE_MESSAGES,
  ISSUE_MESSAGES,
  LABEL_MESSAGES,
  LEVEL_MESSAGES,
  MAX_MESSAGE_DEPTH,
  MESSAGES_EN,
  type MessageId,
  type Messages,
  type MessageValues,
  ORG_MESSAGES,
  ORGTABLE_MESSAGES,
  RADAR_DETAIL_MESSAGES,
  RADAR_DRAWING_MESSAGES,
  RADAR_MESSAGES,
  STATUS_MESSAGES,
  TIME_MESSAGES,
  TREND_MESSAGES,
} from './messages';
export { analyzeOrg } from './org/analyzeOrg';
export { checkOrgReport, type OrgReportCheck } from './org/orgReportCheck';
export {
  type AnalyzeOrgOptions,
  type OrgReport,
  type OrgUnit,
  ROLLUP_RULES,
  type RollupChild,
  type RollupFunction,
  type RollupRule,
  type RollupRuleId,
  type StatusCounts,
  type UnitRow,
} from './org/orgTypes';
export { unitReport } from './org/unitReport';
export { isUnitRow } from './org/unitRows';
export { UNIT_SUGGESTION_RULES, unitStalledRule } from './org/unitSuggestions';
export { type ParseResult, parseOkrSet } from './parse';
export {
  clamp,
  computeElapsed,
  computeKeyResultProgress,
  computeObjectiveProgress,
  computeProjection,
  type KeyResultValues,
  linearPace,
  type Pace,
  type WeightedProgress,
} from './progress';
export {
  comparedValue,
  type RadarSeries,
  type ReportComparison,
  readComparison,
  reportComparison,
} from './radarComparison';
export {
  computeRadarGeometry,
  DEFAULT_RADAR_LEVELS,
  RADAR_ASPECT,
  RADAR_MAX_AXES,
  type RadarAxis,
  type RadarGeometry,
  type RadarGeometryOptions,
  type RadarLabel,
  type RadarObjective,
  type RadarRing,
} from './radarGeometry';
export {
  navigateRadar,
  type RadarNavigationEvent,
  type RadarNavigationResult,
  type RadarNavigationState,
} from './radarNavigation';
export { type RadarPaths, radarPaths } from './radarPaths';
export { radarSummary } from './radarSummary';
export {
  placeRadarTooltip,
  type RadarTooltipPlacement,
  TOOLTIP_GAP,
  TOOLTIP_MIN_WIDTH,
} from './radarTooltip';
export {
  type CheckedObjective,
  type CheckedReport,
  checkReport,
  type ReportCheck,
} from './reportCheck';
export { type Snapshot, snapshotAt } from './snapshot';
export {
  type ClassifyStatusOptions,
  classifyStatus,
  createStatusClassifier,
  DEFAULT_STATUS_THRESHOLDS,
  forecastRule,
  gapPointsRule,
  isAtRiskOrWorse,
  isStatus,
  paceRatioRule,
  projectionRule,
  resolveStatusRules,
  STATUS_PRESETS,
  type StatusDecision,
  type StatusInput,
  type StatusPreset,
  type StatusRuleSet,
  type StatusThresholds,
  scoreBandRule,
  statusSeverity,
} from './status';
export { STATUS_SHAPES, statusMarkerPath } from './statusShapes';
export {
  capacityImbalanceRule,
  DEFAULT_SUGGESTION_RULES,
  DEFAULT_SUGGESTION_THRESHOLDS,
  type Finding,
  noClearPlanRule,
  noFollowThroughRule,
  noMeetingCadenceRule,
  performanceReviewRule,
  type SuggestionContext,
  type SuggestionRule,
  type SuggestionThresholds,
  shiftsFocusRule,
  suggestCauses,
  tooAggressiveRule,
  tooConservativeRule,
  wrongKpiRule,
} from './suggest';
export { textWidthOf, wrapText } from './textMeasure';
export {
  dateTicks,
  describeTrend,
  TREND_MAX_TOP,
  type TrendDirection,
  type TrendGeometry,
  type TrendGeometryOptions,
  type TrendMark,
  type TrendObjective,
  type TrendPointMark,
  type TrendSeries,
  type TrendState,
  type TrendTick,
  trendDirection,
  trendGeometry,
  trendSeries,
} from './trendGeometry';
export {
  BALANCE_LEVELS,
  type BalanceLevel,
  type BalanceStats,
  CAUSE_AREAS,
  type CatalogEntry,
  type CauseArea,
  type CheckIn,
  type CycleInput,
  type DateInput,
  type Evidence,
  type Explanation,
  type Forecast,
  type HistoryPoint,
  type Issue,
  type IssueSeverity,
  type KeyResultAnalysis,
  type KeyResultInput,
  OBJECTIVE_TYPES,
  type ObjectiveAnalysis,
  type ObjectiveInput,
  type ObjectiveType,
  type OkrSet,
  RED_FLAG_AREAS,
  type RedFlagArea,
  type Report,
  STATUSES,
  type Stall,
  type Status,
  SUGGESTION_STRENGTHS,
  type Suggestion,
  type SuggestionStrength,
  type TeamInput,
} from './types';

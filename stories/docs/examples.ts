// Small OKR sets for the Guide pages, each built to show one rule of the model at work. Every
// report comes from the real `analyzeOkrs`, so the pages cannot drift from the code.
import {
  type AnalyzeOptions,
  analyzeOkrs,
  CAUSES,
  type CatalogEntry,
  type ObjectiveInput,
  RED_FLAGS,
  type Report,
} from 'okr-balance';

/** The cycle every example uses: Q1 2026, 90 days. */
export const CYCLE = { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' } as const;

/** Moments in the cycle, by the share of it gone. */
export const AT = {
  /** t = 0.05 */
  day5: '2026-01-05T12:00:00Z',
  /** t = 0.25 */
  quarter: '2026-01-23T12:00:00Z',
  /** t = 0.5 */
  half: '2026-02-15T00:00:00Z',
  /** t = 0.6 */
  sixty: '2026-02-24T00:00:00Z',
  /** t = 0.75 */
  threeQuarters: '2026-03-09T12:00:00Z',
  /** t = 0.95 */
  nearEnd: '2026-03-27T12:00:00Z',
} as const;

/** Analyses objectives in the example cycle at a moment. */
export function report(
  objectives: ObjectiveInput[],
  now: string,
  options: AnalyzeOptions = {},
): Report {
  return analyzeOkrs({ cycle: CYCLE, objectives }, { now, ...options });
}

/** Weekly check-ins from a date, one per progress value. */
function weekly(from: string, values: number[]): { at: string; progress: number }[] {
  const start = Date.parse(from);
  return values.map((progress, index) => ({
    at: new Date(start + index * 7 * 86_400_000).toISOString(),
    progress,
  }));
}

/** Catalogue entries by id, for a checklist that shows only what an example is about. */
export function entries(...ids: string[]): CatalogEntry[] {
  return [...CAUSES, ...RED_FLAGS].filter((entry) => ids.includes(entry.id));
}

// ---------------------------------------------------------------------------------------------
// Progress

/** Four kinds of key result on one objective: rising, falling, moved backwards, overachieved. */
export const keyResultKinds = report(
  [
    {
      id: 'support',
      title: 'Make support effortless',
      keyResults: [
        { id: 'csat', title: 'Raise CSAT from 70 to 90', start: 70, target: 90, current: 80 },
        {
          id: 'wait',
          title: 'Cut the wait from 24 h to 4 h',
          start: 24,
          target: 4,
          current: 14,
        },
        {
          id: 'tickets',
          title: 'Grow self-service answers from 200 to 600',
          start: 200,
          target: 600,
          current: 100,
        },
        { id: 'docs', title: 'Publish 40 help articles', target: 40, current: 60 },
      ],
    },
  ],
  AT.half,
);

/** Weights: the same two key results, once equal and once with the first counting three times. */
export const keyResultWeights = report(
  [
    {
      id: 'equal',
      title: 'Equal weights',
      keyResults: [
        { id: 'a', title: 'Key result A', target: 10, current: 8 },
        { id: 'b', title: 'Key result B', target: 10, current: 2 },
      ],
    },
    {
      id: 'weighted',
      title: 'A counts three times',
      keyResults: [
        { id: 'a', title: 'Key result A', target: 10, current: 8, weight: 3 },
        { id: 'b', title: 'Key result B', target: 10, current: 2 },
      ],
    },
  ],
  AT.half,
);

const paceSet: ObjectiveInput[] = [
  { id: 'hiring', title: 'Hire the platform team', progress: 0.3 },
  { id: 'launch', title: 'Launch in two new markets', progress: 0.45 },
  { id: 'pricing', title: 'Simplify pricing', progress: 0.55 },
  { id: 'quality', title: 'Halve escaped defects', progress: 0.4 },
];

/** The same progress a quarter and three quarters into the cycle. */
export const paceEarly = report(paceSet, AT.quarter);
export const paceLate = report(paceSet, AT.threeQuarters);

/** A back-loaded plan: expected progress `t²` instead of `t`. */
export const paceBackLoaded = report(paceSet, AT.threeQuarters, { pace: (t) => t * t });

// ---------------------------------------------------------------------------------------------
// Status

/** Halfway through: one committed objective per status of the projection rule. */
export const statusLadder = report(
  [
    { id: 'done', title: 'Ship the new onboarding', progress: 1 },
    { id: 'ahead', title: 'Grow trial sign-ups', progress: 0.65 },
    { id: 'on-track', title: 'Renew the top accounts', progress: 0.46 },
    { id: 'behind', title: 'Localise the app', progress: 0.36 },
    { id: 'at-risk', title: 'Open the partner channel', progress: 0.21 },
    { id: 'off-track', title: 'Certify for ISO 27001', progress: 0.1 },
  ],
  AT.half,
);

/** The same progress, committed and aspirational. */
export const statusBars = report(
  [
    { id: 'committed', title: 'Committed, 30 % done', progress: 0.3 },
    { id: 'aspirational', title: 'Aspirational, 30 % done', type: 'aspirational', progress: 0.3 },
  ],
  AT.half,
);

/** Five per cent into the cycle: too early to project. */
export const statusEarly = report(
  [
    { id: 'quiet', title: 'Nothing reported yet', progress: 0 },
    { id: 'started', title: 'A first step taken', progress: 0.02 },
  ],
  AT.day5,
);

/** Good progress, shaky confidence. */
export const statusConfidence = report(
  [
    { id: 'sure', title: 'Confidence 0.8', progress: 0.55, confidence: 0.8 },
    { id: 'doubt', title: 'Confidence 0.4', progress: 0.55, confidence: 0.4 },
    { id: 'worried', title: 'Confidence 0.2', progress: 0.55, confidence: 0.2 },
  ],
  AT.half,
);

/** A stale objective and one completed early. */
export const statusFlags = report(
  [
    {
      id: 'quiet',
      title: 'Last check-in a month ago',
      progress: 0.4,
      checkIns: [
        { at: '2026-01-08', progress: 0.2 },
        { at: '2026-01-15', progress: 0.4 },
      ],
    },
    { id: 'early', title: 'Done halfway through', progress: 1 },
  ],
  AT.half,
);

/** Objectives halfway through, to compare the status presets on. */
export const presetSet: ObjectiveInput[] = [
  { id: 'p65', title: '65 % done', progress: 0.65 },
  { id: 'p46', title: '46 % done', progress: 0.46 },
  { id: 'p36', title: '36 % done', progress: 0.36 },
  { id: 'p30', title: '30 % done', progress: 0.3 },
  { id: 'p21', title: '21 % done', progress: 0.21 },
  { id: 'p10', title: '10 % done', progress: 0.1 },
];

/** The preset set under each preset. */
export const presetReports = {
  default: report(presetSet, AT.half),
  'score-bands': report(presetSet, AT.half, { statusRules: 'score-bands' }),
  'gap-points': report(presetSet, AT.half, { statusRules: 'gap-points' }),
  'pace-ratio': report(presetSet, AT.half, { statusRules: 'pace-ratio' }),
} as const;

// ---------------------------------------------------------------------------------------------
// Balance

const levels = (values: number[], prefix: string): ObjectiveInput[] =>
  values.map((progress, index) => ({
    id: `${prefix}${index + 1}`,
    title: `Objective ${String.fromCharCode(65 + index)}`,
    progress,
  }));

/** Three teams halfway through: balanced, uneven and unbalanced. */
export const balanceBalanced = report(levels([0.46, 0.5, 0.55, 0.48, 0.52], 'b'), AT.half);
export const balanceUneven = report(levels([0.3, 0.4, 0.5, 0.6, 0.7], 'u'), AT.half);
export const balanceUnbalanced = report(levels([0.9, 0.15, 0.6, 0.1, 0.75], 'x'), AT.half);

/** Halfway through, every objective evenly behind: balanced, and in trouble. */
export const balanceAllBehind = report(levels([0.18, 0.2, 0.22, 0.2, 0.19], 'h'), AT.half);
/** Halfway through, the median objective behind, the others scattered. */
export const balanceMedianBehind = report(levels([0.05, 0.3, 0.33, 0.6, 0.8], 'm'), AT.half);

/** A worked example: four objectives, one of them aspirational. */
export const balanceWorked = report(
  [
    { id: 'sales', title: 'Win ten enterprise deals', progress: 0.8 },
    { id: 'nps', title: 'Lift NPS to 50', progress: 0.4 },
    {
      id: 'moonshot',
      title: 'Launch the AI assistant',
      type: 'aspirational',
      progress: 0.35,
    },
    { id: 'churn', title: 'Halve churn', progress: 0.2 },
  ],
  AT.sixty,
);

// ---------------------------------------------------------------------------------------------
// Suggestions

/** Capacity imbalance: one objective racing ahead while another is far behind. */
export const suggestCapacity = report(
  [
    { id: 'leads', title: 'Build a lead engine', progress: 0.8 },
    { id: 'content', title: 'Streamline content', progress: 0.48 },
    { id: 'seo', title: 'Fix on-page SEO', progress: 0.15 },
  ],
  AT.half,
);

/** Too conservative: done early, or projected to reach one and a half times the bar. */
export const suggestConservative = report(
  [
    { id: 'done', title: 'Refresh the website', progress: 1 },
    { id: 'far', title: 'Grow newsletter readers', progress: 0.8 },
    { id: 'fine', title: 'Run four webinars', progress: 0.6 },
  ],
  AT.half,
);

/** Too aggressive: moving, not stalled, yet projected well short. */
export const suggestAggressive = report(
  [
    { id: 'moving', title: 'Double partner revenue', progress: 0.15 },
    { id: 'ok', title: 'Renew key partners', progress: 0.5 },
  ],
  AT.half,
);

/** No clear plan: nothing at all a quarter in, and no key results while behind. */
export const suggestNoPlan = report(
  [
    {
      id: 'zero',
      title: 'Enter the German market',
      keyResults: [{ id: 'deals', title: 'Close 5 German deals', target: 5, current: 0 }],
    },
    { id: 'vague', title: 'Be the best place to work', progress: 0.1 },
    {
      id: 'planned',
      title: 'Cut onboarding time',
      keyResults: [{ id: 'days', title: 'From 10 days to 2', start: 10, target: 2, current: 9 }],
    },
  ],
  AT.quarter,
);

/** Stalled: weekly check-ins that stopped rising. */
export const suggestStalled = report(
  [
    {
      id: 'social',
      title: 'Improve social media branding',
      progress: 0.38,
      checkIns: weekly('2026-01-11', [0.1, 0.25, 0.38, 0.38, 0.38, 0.38]),
    },
    {
      id: 'steady',
      title: 'Grow the community',
      progress: 0.5,
      checkIns: weekly('2026-01-11', [0.1, 0.2, 0.3, 0.4, 0.45, 0.5]),
    },
  ],
  AT.half,
);

/** No meeting cadence: a stale objective and one checked in only every three weeks. */
export const suggestCadence = report(
  [
    {
      id: 'stale',
      title: 'Enhance on-page SEO',
      progress: 0.12,
      checkIns: weekly('2026-01-03', [0.05, 0.12]),
    },
    {
      id: 'sparse',
      title: 'Publish the annual report',
      progress: 0.45,
      checkIns: [
        { at: '2026-01-02', progress: 0 },
        { at: '2026-01-23', progress: 0.2 },
        { at: '2026-02-13', progress: 0.45 },
      ],
    },
  ],
  AT.half,
);

/** Shifting focus: six objectives, one of them added five weeks in. */
export const suggestFocus = report(
  [
    { id: 'f1', title: 'Grow revenue', progress: 0.5 },
    { id: 'f2', title: 'Cut costs', progress: 0.45 },
    { id: 'f3', title: 'Hire a data team', progress: 0.5 },
    { id: 'f4', title: 'Launch the mobile app', progress: 0.55 },
    { id: 'f5', title: 'Win a design award', progress: 0.5 },
    { id: 'f6', title: 'Start a podcast', progress: 0.3, createdAt: '2026-02-05' },
  ],
  AT.half,
);

/** Wrong KPI: the numbers and the team's confidence tell different stories. */
export const suggestWrongKpi = report(
  [
    { id: 'numbers', title: 'Increase page views', progress: 0.9, confidence: 0.3 },
    { id: 'agree', title: 'Grow paying users', progress: 0.5, confidence: 0.7 },
  ],
  AT.half,
);

/** Performance review: almost everything done just before the end. */
export const suggestAllDone = report(
  [
    { id: 'd1', title: 'Answer every ticket within a day', progress: 1 },
    { id: 'd2', title: 'Keep uptime above 99 %', progress: 1 },
    { id: 'd3', title: 'Hold the monthly all-hands', progress: 1 },
    { id: 'd4', title: 'Send the quarterly newsletter', progress: 1 },
    { id: 'd5', title: 'Try a new onboarding flow', progress: 0.7 },
  ],
  AT.nearEnd,
);

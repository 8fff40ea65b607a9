// The one data set every radar in the benchmark draws: six objectives, as an OKR set for
// okr-balance and as plain rows for the other charts. Two versions, so the update step has new
// values to draw. The rows are written out, not computed with okr-balance, so the other charts'
// bundles carry none of its code; run.mjs checks that both forms agree.

export const NOW = '2026-02-15';
const CYCLE = { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' };

/** Half the cycle is gone on NOW, so the linear pace expects 0.5 everywhere. */
export const EXPECTED = 0.5;

const TITLES = [
  'Grow recurring revenue',
  'Delight our customers',
  'Ship the mobile app',
  'Cut infrastructure cost',
  'Hire the platform team',
  'Lead the market',
];

/** Progress of each objective, first render and update. */
const PROGRESS = [
  [0.82, 0.35, 0.6, 0.15, 0.48, 0.71],
  [0.9, 0.42, 0.55, 0.25, 0.53, 0.64],
];

export const okrSets = PROGRESS.map((values) => ({
  cycle: CYCLE,
  objectives: values.map((progress, index) => ({
    id: `objective-${index + 1}`,
    title: TITLES[index],
    progress,
  })),
}));

export const rowSets = PROGRESS.map((values) =>
  values.map((progress, index) => ({ objective: TITLES[index], progress, expected: EXPECTED })),
);

/** The drawing size of every chart. */
export const SIZE = 400;

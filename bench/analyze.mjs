// Times analyzeOkrs on large generated OKR sets: 1k, 10k and 100k objectives, each with three
// key results and six weekly check-ins. Runs the built package (npm run bench builds it first).
// `--check` exits non-zero when 10k objectives take 50 ms or more, or growth is far from linear.
import { performance } from 'node:perf_hooks';
import { analyzeOkrs } from '../dist/core.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const NOW = '2026-02-15';

/** A deterministic pseudo-random generator (mulberry32), so every run times the same data. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(count, seed = 1) {
  const next = random(seed);
  const objectives = [];
  for (let index = 0; index < count; index++) {
    const keyResults = [0, 1, 2].map((k) => {
      const target = 10 + Math.round(next() * 90);
      return {
        id: `kr-${k}`,
        title: `Key result ${k + 1}`,
        start: 0,
        target,
        current: next() * target * 1.1,
      };
    });
    let progress = 0;
    const checkIns = [];
    for (let week = 0; week < 6; week++) {
      progress = Math.min(1.2, progress + next() * 0.15);
      checkIns.push({ at: START + (3 + week * 7) * DAY, progress, confidence: next() });
    }
    objectives.push({
      id: `objective-${index}`,
      title: `Objective number ${index + 1}`,
      type: next() < 0.3 ? 'aspirational' : 'committed',
      weight: 1 + Math.round(next() * 2),
      keyResults,
      checkIns,
    });
  }
  return { cycle: { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' }, objectives };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function time(okrs, runs) {
  for (let warm = 0; warm < 3; warm++) analyzeOkrs(okrs, { now: NOW });
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    analyzeOkrs(okrs, { now: NOW });
    times.push(performance.now() - start);
  }
  return median(times);
}

const sizes = [
  [1_000, 31],
  [10_000, 15],
  [100_000, 5],
];
const rows = sizes.map(([count, runs]) => {
  const ms = time(generate(count), runs);
  return { count, ms, perThousand: ms / (count / 1000) };
});

console.log(`analyzeOkrs — node ${process.version}, ${process.platform} ${process.arch}`);
console.log('| objectives | key results | check-ins | median ms | ms per 1k objectives |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const { count, ms, perThousand } of rows) {
  const n = count.toLocaleString('en');
  console.log(
    `| ${n} | ${(count * 3).toLocaleString('en')} | ${(count * 6).toLocaleString('en')} | ${ms.toFixed(1)} | ${perThousand.toFixed(2)} |`,
  );
}

const tenK = rows[1].ms;
const perK = rows.map((row) => row.perThousand);
const spread = Math.max(...perK) / Math.min(...perK);
console.log(
  `\n10k objectives: ${tenK.toFixed(1)} ms (budget 50 ms) — ${tenK < 50 ? 'within' : 'OVER'}`,
);
console.log(
  `time per objective varies ×${spread.toFixed(2)} from 1k to 100k (linear: close to ×1)`,
);
if (process.argv.includes('--check') && (tenK >= 50 || spread > 2.5)) {
  console.error('analyzeOkrs is over its speed budget');
  process.exit(1);
}

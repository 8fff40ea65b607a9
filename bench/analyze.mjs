// Times analyzeOkrs on large generated OKR sets: 1k, 10k and 100k objectives, each with three
// key results and six weekly check-ins. Runs the built package (npm run bench builds it first).
import { performance } from 'node:perf_hooks';
import { analyzeOkrs } from '../dist/core.js';
import { generate } from './generate.mjs';

const NOW = '2026-02-15';

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
  [1_000, 61],
  [10_000, 31],
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

// Times analyzeOkrs on large generated OKR sets: 1k, 10k and 100k objectives, each with three
// key results and six weekly check-ins. Runs the built package (npm run bench builds it first);
// bench/run.mjs calls it, and `node bench/analyze.mjs` still runs it alone.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { analyzeOkrs } from '../dist/core.js';
import { generate } from './generate.mjs';
import { median } from './radar/stats.mjs';

const NOW = '2026-02-15';

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

/** Runs the timings and returns them as Markdown lines: the table, then the verdicts. */
export function analyzeBenchmark() {
  const rows = sizes.map(([count, runs]) => {
    const ms = time(generate(count), runs);
    return { count, ms, perThousand: ms / (count / 1000) };
  });
  const lines = [
    '| objectives | key results | check-ins | median ms | ms per 1k objectives |',
    '| ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { count, ms, perThousand } of rows) {
    const n = count.toLocaleString('en');
    lines.push(
      `| ${n} | ${(count * 3).toLocaleString('en')} | ${(count * 6).toLocaleString('en')} | ${ms.toFixed(1)} | ${perThousand.toFixed(2)} |`,
    );
  }
  const tenK = rows[1].ms;
  const perK = rows.map((row) => row.perThousand);
  const spread = Math.max(...perK) / Math.min(...perK);
  lines.push(
    '',
    `10k objectives: ${tenK.toFixed(1)} ms (budget 50 ms) — ${tenK < 50 ? 'within' : 'OVER'}`,
    `time per objective varies ×${spread.toFixed(2)} from 1k to 100k (linear: close to ×1)`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`analyzeOkrs — node ${process.version}, ${process.platform} ${process.arch}`);
  console.log(analyzeBenchmark().join('\n'));
}

// `node bench/import.mjs` (after `npm run build`): parseOkrCsv from the built dist/import.js on
// long-format files of 1k, 10k and 100k rows (a row per key result, four to an objective, teams
// under parent teams, decimal points, ISO dates): the median of a few runs after a warm-up, as
// a Markdown table. parseOkrCsv is synchronous, so its time is how long it holds the thread it
// runs on: that is why a page runs large files in a Web Worker (see src/import/index.ts).
import { fileURLToPath } from 'node:url';
import { parseOkrCsv } from '../dist/import.js';
import { longCsv } from './longCsv.mjs';

const SIZES = [
  { rows: 1_000, runs: 15 },
  { rows: 10_000, runs: 7 },
  { rows: 100_000, runs: 3 },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Markdown lines: rows, median milliseconds and rows a second for each size. */
export function importBenchmark() {
  const lines = ['| parseOkrCsv, long format | ms (median) | rows/s |', '| ---: | ---: | ---: |'];
  for (const { rows, runs } of SIZES) {
    const text = longCsv(rows);
    const first = parseOkrCsv(text);
    if (!first.ok || first.value.objectives.length !== rows / 4 || first.issues.length > 0)
      throw new Error(`the ${rows}-row file did not import cleanly`);
    const times = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      parseOkrCsv(text);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    lines.push(
      `| ${rows.toLocaleString('en-US')} | ${ms.toFixed(1)} | ${Math.round((rows / ms) * 1000).toLocaleString('en-US')} |`,
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(importBenchmark().join('\n'));

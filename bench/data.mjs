// The "Data in and out" section of the benchmark (issue 18), in a Node process of its own
// (`node bench/data.mjs` after `npm run build` prints it; bench/run.mjs includes it):
// parseOkrCsv on long-format files of 1k/10k/100k rows (bench/import.mjs), and the exporter:
// toCsv on 1k/10k/100k objectives, and the slide and the radar as SVG strings on 6 and 200.
// Medians of a few runs after a warm-up. Both are synchronous: their time is how long they hold
// the thread they run on, which is why a page runs large files in a Web Worker.
import { fileURLToPath } from 'node:url';
import { analyzeOkrs } from '../dist/core.js';
import { boardToSvg, radarToSvg, toCsv } from '../dist/export.js';
import { generate, NOW } from './generate.mjs';
import { importBenchmark } from './import.mjs';
import { median } from './radar/stats.mjs';

/** Median milliseconds of `runs` calls after one warm-up. */
function time(call, runs) {
  call();
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    call();
    times.push(performance.now() - start);
  }
  return median(times);
}

const n = (value) => value.toLocaleString('en-US');

export function exportBenchmark() {
  const lines = [
    '| okr-balance/export | objectives | ms (median) | output |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const [count, runs] of [
    [1_000, 15],
    [10_000, 7],
    [100_000, 3],
  ]) {
    const report = analyzeOkrs(generate(count), { now: NOW });
    const csv = toCsv(report);
    const ms = time(() => toCsv(report), runs);
    lines.push(`| toCsv | ${n(count)} | ${ms.toFixed(1)} | ${n(csv.length)} characters |`);
  }
  for (const count of [6, 200]) {
    const report = analyzeOkrs(generate(count), { now: NOW });
    for (const [name, draw] of [
      ['boardToSvg, 1920 × 1080', () => boardToSvg(report, { width: 1920, height: 1080 })],
      ['radarToSvg', () => radarToSvg(report)],
    ]) {
      const svg = draw();
      const ms = time(draw, 21);
      lines.push(`| ${name} | ${n(count)} | ${ms.toFixed(2)} | ${n(svg.length)} characters |`);
    }
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The first line is dropped by bench/run.mjs's runAlone (a heading for a direct run).
  console.log(['# Data in and out', ...importBenchmark(), '', ...exportBenchmark()].join('\n'));
}

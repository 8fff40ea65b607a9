// The heap one analysis of the 100k organisation takes, in a Node process of its own started
// with --expose-gc (bench/org/run.mjs starts one per function): `node --expose-gc
// bench/org/memory.mjs analyzeOrg|analyzeOkrs|'analyzeOkrs, history: false'` prints JSON. The input is made and collected
// first; then V8's GC profiler records the used heap before and after every collection during
// the call. The used heap only grows between collections, so its peak is the largest "before"
// figure or the figure at the end; the input's heap is subtracted. After the call a full
// collection leaves what the report keeps (the input still alive). maxRSS is the whole
// process's peak resident memory (input, code and all), from the operating system.
import v8 from 'node:v8';
import { analyzeOkrs, analyzeOrg } from '../../dist/core.js';
import { generateOrg, NOW } from '../generate.mjs';

const FUNCTIONS = {
  analyzeOrg,
  analyzeOkrs,
  // The report without every objective's check-ins (issue 17's opt-out).
  'analyzeOkrs, history: false': (set, options) => analyzeOkrs(set, { ...options, history: false }),
};
const MB = 1024 * 1024;

export function measureHeap(name, count = 100_000, teams = 5_000) {
  const analyse = FUNCTIONS[name];
  if (!analyse || typeof globalThis.gc !== 'function') {
    throw new Error('usage: node --expose-gc bench/org/memory.mjs analyzeOrg|analyzeOkrs');
  }
  const set = generateOrg(count, teams);
  globalThis.gc();
  globalThis.gc();
  const input = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const report = analyse(set, { now: NOW });
  const end = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const befores = statistics.map((gc) => gc.beforeGC.heapStatistics.usedHeapSize);
  const peak = Math.max(end, ...befores);
  globalThis.gc();
  globalThis.gc();
  const kept = process.memoryUsage().heapUsed;
  if (!report.objectives || report.objectives.length !== count) throw new Error('lost objectives');
  return {
    name,
    inputMb: input / MB,
    peakMb: (peak - input) / MB,
    keptMb: (kept - input) / MB,
    collections: statistics.length,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  };
}

if (import.meta.filename === process.argv[1]) {
  console.log(JSON.stringify(measureHeap(process.argv[2])));
}

// The "Organisations" section of the benchmark (issue 16): analyzeOrg against analyzeOkrs at
// 1k/10k/100k objectives and unitReport at 100k (bench/org/core.mjs, in a Node process of its
// own), the heap of one analysis at 100k (bench/org/memory.mjs, a fresh process per function)
// and OrgTable with 5,000 units in Chromium (bench/org/browser.mjs). bench/run.mjs includes it;
// `node bench/org/run.mjs` prints it alone (after `npm run build`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JITTER, measureOrgTable, SCROLL_FRAMES, SCROLL_STEP } from './browser.mjs';

const HERE = import.meta.dirname;
/** analyzeOrg may take this many times analyzeOkrs' time on the same objectives (§8). */
const WITHIN = 2;
/** Time per objective may grow this much a step of ×10 and still read as linear (as scale.mjs). */
const LINEAR = 3;
/** unitReport's budget at 100k, in milliseconds. */
const UNIT_BUDGET = 10;

function node(args) {
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

const ms = (value) => value.toFixed(value < 10 ? 2 : 1);
const times = (value) => `×${value.toFixed(2)}`;
const mb = (value) => `${value.toFixed(0)} MB`;
const n = (value) => value.toLocaleString('en');
const verdict = (met) => (met ? 'met' : '**missed**');

/** Runs every part and returns the section's Markdown lines (without its heading). */
export async function organisationsBenchmark(dir) {
  const core = node([join(HERE, 'core.mjs')]);
  const heap = ['analyzeOrg', 'analyzeOkrs', 'analyzeOkrs, history: false'].map((name) =>
    node(['--expose-gc', join(HERE, 'memory.mjs'), name]),
  );
  const table = await measureOrgTable(dir);
  return render(core, heap, table);
}

function render(core, heap, table) {
  const { sizes, units } = core;
  const rows = sizes.map((size) => {
    const ratio = size.org / size.flat;
    const low = Math.min(...size.ratios);
    const high = Math.max(...size.ratios);
    const met = size.ratios.filter((each) => each <= WITHIN).length;
    return [
      `analyzeOrg against analyzeOkrs, ${n(size.count)} objectives in ${n(size.teams)} teams`,
      `${ms(size.org)} ms against ${ms(size.flat)} ms: ${times(ratio)} (${times(low)}–${times(high)} in single runs, ${met} of ${size.runs} within)`,
      `within ×${WITHIN}`,
      verdict(ratio <= WITHIN),
    ];
  });
  // Time per objective at each size, and its growth from 1k to 10k to 100k.
  const growth = (pick) => {
    const per = sizes.map((size) => pick(size) / size.count);
    const steps = per.slice(1).map((value, index) => value / per[index]);
    return { total: per.at(-1) / per[0], steps, linear: steps.every((step) => step <= LINEAR) };
  };
  const org = growth((size) => size.org);
  const flat = growth((size) => size.flat);
  const steps = (g) => g.steps.map(times).join(' then ');
  rows.push([
    'time per objective, 100k ÷ 1k',
    `analyzeOrg ${times(org.total)} (${steps(org)}); analyzeOkrs ${times(flat.total)} (${steps(flat)})`,
    `linear: at most ×${LINEAR} a step of ×10`,
    verdict(org.linear),
  ]);
  const last = sizes.at(-1);
  for (const [name, unit] of [
    ['the organisation', units.org],
    [`a leaf team (depth ${units.leaf.depth}, the last unit)`, units.leaf],
  ]) {
    rows.push([
      `unitReport of ${name}, ${unit.rows} rows, at ${n(last.count)}`,
      `${unit.ms.toFixed(3)} ms (slowest of ${core.unitRuns}: ${unit.max.toFixed(3)} ms)`,
      `under ${UNIT_BUDGET} ms`,
      verdict(unit.ms < UNIT_BUDGET),
    ]);
  }
  for (const each of heap) {
    rows.push([
      `peak heap, ${each.name} at ${n(last.count)}${each.name.startsWith('analyzeOkrs') ? ' (for reference)' : ''}`,
      `${mb(each.peakMb)} above the input's ${mb(each.inputMb)}; the report keeps ${mb(each.keptMb)}; process peak RSS ${mb(each.maxRssMb)}`,
      'reported',
      '—',
    ]);
  }
  const frames = `${n(table.frames)} frames`;
  rows.push(
    [
      `OrgTable mount, ${n(table.units)} units (the organisation expanded: ${table.mountRendered} rows)`,
      `${ms(table.mount)} ms to paint (render ${ms(table.mountScript)} ms)`,
      'reported',
      '—',
    ],
    [
      `OrgTable expand all (${n(table.units)} rows, ${table.expandRendered} rendered)`,
      `${ms(table.expand)} ms to paint (render ${ms(table.expandScript)} ms)`,
      'reported',
      '—',
    ],
    [
      `OrgTable scroll, ${SCROLL_STEP} px a frame, ${frames}`,
      `median ${ms(table.frameMedian)} ms, p95 ${ms(table.frameP95)} ms, ${table.longFrames} long (${((100 * table.longFrames) / table.frames).toFixed(1)} %), longest ${ms(table.frameMax)} ms`,
      `plain box, same scroll: median ${ms(table.plainMedian)}, p95 ${ms(table.plainP95)}, ${table.plainLong} long`,
      '—',
    ],
  );
  const header = ['measurement', 'measured', 'target or reference', 'result'];
  const lines = [header, ['---', '---:', '---:', '---:'], ...rows].map(
    (cells) => `| ${cells.join(' | ')} |`,
  );
  return [
    `Generated organisations (bench/generate.mjs \`generateOrg\`): objectives as in the tables above (three key results and six check-ins each), one team per 20 objectives, six levels of teams under the organisation, each level about four times the one above, the objectives dealt to the teams in turn; analysed on 2026-02-15 with the default roll-up (weighted mean).`,
    `analyzeOrg and analyzeOkrs take turns on the same input (the one with teams) in a Node process of their own, which goes first alternating: median of ${sizes.map((size) => size.runs).join(' / ')} runs at 1k / 10k / 100k after 3 / 2 / 1 warm-up runs (at 1k each run is 10 calls in a row); "single runs": each run's ratio. unitReport: median of ${core.unitRuns} calls after as many warm-up calls.`,
    `Peak heap: a fresh \`node --expose-gc\` process per function makes the input and collects it, then V8's GC profiler (\`v8.GCProfiler\`) records the used heap before and after every collection during the one call; the used heap only grows between collections, so the largest "before" figure (or the figure at the end) is the most the heap held, garbage not yet collected included, and the input's heap is subtracted. "Keeps": the used heap after a full collection with the report alive, less the input. Peak RSS: the operating system's high-water mark for the whole process (Node, input, generation and all).`,
    `OrgTable: Chromium ${table.version}, production React; the ${n(last.count)}-objective organisation analysed in the page (${ms(table.analysis)} ms, not timed below), the table in a 1000 px wide column at its own height (28rem), its \`expandedIds\` held by the harness, whose button sets them to every unit; mount and expand timed until the frame that paints the last change (render: React's synchronous part). Scroll: the expanded tree's scroll box moved ${SCROLL_STEP} px in each of ${SCROLL_FRAMES} animation frames; a frame's time is from its start to the next one's (a 60 Hz display's frame is 16.7 ms, a missed one 33.3 ms; "long": over 16.7 ms by more than ${JITTER} ms, the timer's wobble); then the same scroll of a plain box as tall, with nothing to render, for what the machine's frames are without the table. Medians of ${table.loads} page loads after a warm-up load; the frames of all counted loads together.`,
    '',
    ...lines,
  ];
}

if (import.meta.filename === process.argv[1]) {
  const dir = mkdtempSync(join(tmpdir(), 'okr-org-bench-'));
  try {
    console.log((await organisationsBenchmark(dir)).join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

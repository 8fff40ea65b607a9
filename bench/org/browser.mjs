// OrgTable with 5,000 units in Chromium: one page per load (a warm-up load, then
// BENCH_ORG_LOADS, 3 by default), each analysing the 100k organisation, then mounting the table,
// expanding every unit and scrolling the expanded tree (bench/org/orgtable.jsx). Uses the radar
// benchmark's page, launch and timing machinery. BENCH_TRACE prints each load to stderr.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions, page } from '../radar/browser.mjs';
import { harnessScript } from '../radar/build.mjs';
import { median } from '../radar/stats.mjs';

export const ORG_LOADS = Number(process.env.BENCH_ORG_LOADS ?? 3);
/** Frames scrolled in each load (four seconds at 60 frames a second). */
export const SCROLL_FRAMES = 240;
/** Pixels scrolled a frame: about three rows, a brisk flick of the wheel. */
export const SCROLL_STEP = 120;
/** A frame longer than this missed the 60 Hz display's refresh. */
export const FRAME_BUDGET = 1000 / 60;
/** Frame times of an idle page wobble by a tenth of a millisecond: longer by more is long. */
export const JITTER = 0.5;
const COUNT = 100_000;
const TEAMS = 5_000;

/** The table in a box 1000 wide, as in an app's main column; its own height (28rem). */
const LAYOUT = '#root { width: 1000px; padding: 1rem; }';

/** The p-th percentile (0..1) of `values`, nearest rank. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

export async function measureOrgTable(dir) {
  const file = join(dir, 'orgtable.html');
  const script = await harnessScript('../org/orgtable.jsx');
  writeFileSync(file, page({ name: 'OrgTable, 5,000 units', stylesheet: true }, script, LAYOUT));
  const browser = await chromium.launch(await launchOptions());
  try {
    const loads = [];
    for (let load = 0; load <= ORG_LOADS; load++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await tab.goto(pathToFileURL(file).href);
      const prepared = await tab.evaluate(([c, t]) => window.bench.prepare(c, t), [COUNT, TEAMS]);
      const mount = await tab.evaluate(() => window.bench.mount());
      const expand = await tab.evaluate(() => window.bench.expandAll());
      const scroll = await tab.evaluate(
        ([frames, step]) => window.bench.scroll(frames, step),
        [SCROLL_FRAMES, SCROLL_STEP],
      );
      const plain = await tab.evaluate(
        ([frames, step]) => window.bench.scrollPlain(frames, step),
        [SCROLL_FRAMES, SCROLL_STEP],
      );
      await context.close();
      if (prepared.units !== TEAMS + 1) errors.push(`${prepared.units} units`);
      if (expand.rows !== TEAMS + 1) errors.push(`${expand.rows} rows after expanding all`);
      if (scroll.scrolled < SCROLL_FRAMES * SCROLL_STEP || scroll.lastIndex < 500) {
        errors.push(`scrolled ${scroll.scrolled} px, to row ${scroll.lastIndex}`);
      }
      if (errors.length > 0) throw new Error(`OrgTable: ${errors.join('\n')}`);
      if (process.env.BENCH_TRACE) {
        const d = scroll.durations;
        console.error(
          `orgtable load ${load}: analysis ${prepared.ms.toFixed(0)}, mount ${mount.ms.toFixed(1)} (render ${mount.script.toFixed(1)}, ${mount.rendered} rows), expand ${expand.ms.toFixed(1)} (render ${expand.script.toFixed(1)}, ${expand.rendered} of ${expand.rows} rows), scroll median ${median(d).toFixed(1)} p95 ${percentile(d, 0.95).toFixed(1)} max ${Math.max(...d).toFixed(1)} to row ${scroll.lastIndex}; plain box: p95 ${percentile(plain.durations, 0.95).toFixed(1)}, ${plain.durations.filter((ms) => ms > FRAME_BUDGET + JITTER).length} long`,
        );
      }
      // The first load warms Chromium up and is not counted.
      if (load > 0) loads.push({ prepared, mount, expand, scroll, plain });
    }
    // Frames of every counted load together: the median and p95 of all of them.
    const frames = loads.flatMap((each) => each.scroll.durations);
    const plain = loads.flatMap((each) => each.plain.durations);
    const long = (list) => list.filter((ms) => ms > FRAME_BUDGET + JITTER).length;
    return {
      version: browser.version(),
      loads: loads.length,
      units: TEAMS + 1,
      analysis: median(loads.map((each) => each.prepared.ms)),
      mount: median(loads.map((each) => each.mount.ms)),
      mountScript: median(loads.map((each) => each.mount.script)),
      mountRendered: loads.at(-1).mount.rendered,
      expand: median(loads.map((each) => each.expand.ms)),
      expandScript: median(loads.map((each) => each.expand.script)),
      expandRendered: loads.at(-1).expand.rendered,
      frames: frames.length,
      frameMedian: median(frames),
      frameP95: percentile(frames, 0.95),
      frameMax: Math.max(...frames),
      longFrames: long(frames),
      plainMedian: median(plain),
      plainP95: percentile(plain, 0.95),
      plainMax: Math.max(...plain),
      plainLong: long(plain),
      scrolledRows: loads.at(-1).scroll.lastIndex,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.filename === process.argv[1]) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'okr-org-bench-'));
  try {
    console.log(JSON.stringify(await measureOrgTable(dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The browser half: one page per radar, loaded once to warm up and then LOADS times, the radars
// taking turns so that any slow spell of the machine falls on all of them alike. BENCH_LOADS
// sets LOADS (5 by default); BENCH_TRACE prints each load's figures to stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { pageScript } from './build.mjs';
import { median } from './stats.mjs';

const ROOT = join(import.meta.dirname, '../..');
/** Page loads per radar that count (after the warm-up one). */
export const LOADS = Number(process.env.BENCH_LOADS ?? 5);

/**
 * The project's one Chromium launch setting lives in scripts/chromium.ts; compile it here so
 * the benchmark cannot drift from it, and plain `node` can still run the benchmark.
 */
export async function launchOptions() {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/chromium.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return module.CHROMIUM_LAUNCH;
}

/** The radars' grid of 400×400 cells. */
const CELLS = `#root { display: flex; flex-wrap: wrap; }
.cell { width: 400px; height: 400px; overflow: hidden; }`;

/** A benchmark page: `chart.name` as its title, `layout` CSS, `script` inline. */
export function page(chart, script, layout = CELLS) {
  // okr-balance's SVG is sized by its stylesheet (width 100%, height from the viewBox), so its
  // page carries it, as every app using it does; the others size themselves.
  const css = chart.stylesheet ? readFileSync(join(ROOT, 'dist/styles.css'), 'utf8') : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${chart.name}</title>
<style>
body { margin: 0; font-family: sans-serif; }
${layout}
${css}
</style>
</head>
<body>
<div id="root"></div>
<script>${script.replaceAll('</script', '<\\/script')}</script>
</body>
</html>
`;
}

/** Chromium's cumulative time counters for the page, in milliseconds. */
async function counters(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    style: value('RecalcStyleDuration'),
    layout: value('LayoutDuration'),
    task: value('TaskDuration'),
  };
}

/**
 * Where a step's time went: Chromium's style and layout time, and the rest of its task time
 * once the page's own React render (timed in the page) is taken out: paint, GC, the frames.
 * Chromium's own script counter misses code run from the driver, so the page's timing is used.
 */
function spent(before, after, render) {
  const delta = (key) => after[key] - before[key];
  return {
    cpuStyle: delta('style'),
    cpuLayout: delta('layout'),
    cpuOther: delta('task') - render - delta('style') - delta('layout'),
  };
}

export async function measureInBrowser(radars, dir) {
  const files = new Map();
  for (const radar of radars) {
    const file = join(dir, `${radar.id}.html`);
    writeFileSync(file, page(radar, await pageScript(radar)));
    files.set(radar.id, pathToFileURL(file).href);
  }
  const browser = await chromium.launch(await launchOptions());
  try {
    const version = browser.version();
    const runs = new Map(radars.map((radar) => [radar.id, []]));
    for (let load = 0; load <= LOADS; load++) {
      for (const radar of radars) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const tab = await context.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        tab.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await tab.goto(files.get(radar.id));
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Performance.enable');
        const step = async (name) => {
          const before = await counters(cdp);
          const result = await tab.evaluate((step) => window.bench[step](), name);
          return { ...result, ...spent(before, await counters(cdp), result.script) };
        };
        const mount = await step('mount');
        const shape = await tab.evaluate(() => window.bench.inspect());
        const update = await step('update');
        const after = await tab.evaluate(() => window.bench.inspect());
        if (after.svgs !== shape.cells) errors.push(`${after.svgs} SVGs after the update`);
        const result = { mount, update, ...shape };
        await context.close();
        if (errors.length > 0) throw new Error(`${radar.name}: ${errors.join('\n')}`);
        // The first load warms Chromium up (its caches, the page's code) and is not counted.
        if (load > 0) runs.get(radar.id).push(result);
        if (process.env.BENCH_TRACE) {
          const ms = (value) => value.toFixed(1);
          console.error(
            `${radar.id} load ${load}: mount ${ms(mount.ms)} (render ${ms(mount.script)}), update ${ms(update.ms)} (render ${ms(update.script)})`,
          );
        }
      }
    }
    const cpu = (list, step) =>
      Object.fromEntries(
        ['cpuStyle', 'cpuLayout', 'cpuOther'].map((key) => [
          key,
          median(list.map((run) => run[step][key])),
        ]),
      );
    const results = new Map();
    for (const [id, list] of runs) {
      const last = list[list.length - 1];
      results.set(id, {
        mount: median(list.map((run) => run.mount.ms)),
        update: median(list.map((run) => run.update.ms)),
        // Each load's figure, in load order: the radars took turns within a load, so the same
        // index of two radars is a fair pair.
        mountLoads: list.map((run) => run.mount.ms),
        updateLoads: list.map((run) => run.update.ms),
        mountScript: median(list.map((run) => run.mount.script)),
        updateScript: median(list.map((run) => run.update.script)),
        mountFrames: median(list.map((run) => run.mount.frames)),
        updateFrames: median(list.map((run) => run.update.frames)),
        mountCpu: cpu(list, 'mount'),
        updateCpu: cpu(list, 'update'),
        mountLate: median(list.map((run) => run.mount.lateChanges)),
        updateLate: median(list.map((run) => run.update.lateChanges)),
        nodes: last.nodes,
        shapes: last.shapes,
        box: last.box,
        cells: last.cells,
        svgs: last.svgs,
      });
    }
    return { version, results };
  } finally {
    await browser.close();
  }
}

// Server rendering of each radar in Node: renderToString of one chart, median of 200 after a
// warm-up, and what the markup holds. Each chart renders in a Node process of its own, as a
// server renders one app: with all five in one process, on a heap the others had filled, the
// ratio of two charts moved by a third from one run to the next.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { serverModule } from './build.mjs';
import { median } from './stats.mjs';

const WARM_UP = 500;
const RUNS = 200;

/** Shapes that carry data or grid: a path with a `d` or a polygon with `points`. */
const SHAPE = /<(?:path|polygon)\b[^>]*\s(?:d|points)="[^"]+"/g;

const built = new Set();

export async function serverRender(radar, dir) {
  const file = join(dir, `${radar.id}.server.cjs`);
  if (!built.has(file)) {
    writeFileSync(file, await serverModule(radar));
    built.add(file);
  }
  const { ms, html } = JSON.parse(
    execFileSync(process.execPath, [import.meta.filename, file], { encoding: 'utf8' }),
  );
  const svg = html.match(/<svg\b[^>]*>/)?.[0] ?? null;
  const shapes = html.match(SHAPE)?.length ?? 0;
  return {
    ms,
    svg: svg !== null && shapes > 0,
    svgTag: svg,
    shapes,
    bytes: Buffer.byteLength(html),
    html,
  };
}

/** In the child process: time the chart of the server module `file`, print JSON. */
function timeServerModule(file) {
  const { Chart, dataSets, createElement, renderToString } = createRequire(import.meta.url)(file);
  const element = createElement(Chart, dataSets[0]);
  let html = '';
  for (let run = 0; run < WARM_UP; run++) html = renderToString(element);
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    html = renderToString(element);
    times.push(performance.now() - start);
  }
  process.stdout.write(JSON.stringify({ ms: median(times), html }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  timeServerModule(process.argv[2]);
}

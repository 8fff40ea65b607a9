// Issue 18's data in and out in Chromium. The export: svgToPng makes a PNG of the size asked for,
// under the strict Content-Security-Policy the package promises plus `img-src blob:` (and fails
// clearly without it); the SVGs are made in a worker as in Node; the exported radar looks like
// the OkrRadar widget (the widget's drawing and the export's, rasterised at the same size and
// theme, differ in few pixels). The import: a file of 100,000 rows parsed in a worker while the
// page goes on running, with the result Node gets.
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longCsv } from '../../bench/longCsv.mjs';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium';
import { analyzeOkrs, computeRadarGeometry, type Report } from '../../src/core';
import { boardToSvg, FONT_STACK, radarToSvg } from '../../src/export';
import { parseOkrCsv } from '../../src/import';
import { OkrRadar } from '../../src/index';
import { SCENARIOS } from '../fixtures/scenarios';
import { appBuild } from './bundle';
import { closeAll, serveFolder } from './server';
import { themeCss } from './theme';

/** The package's promise (csp.page.ts) and what PNG export adds to it. */
const STRICT = "default-src 'self'; style-src 'self'";
const WITH_BLOB = `${STRICT}; img-src 'self' blob:`;

type Tools = {
  urls: { made: number; revoked: number };
  png(svg: string, pixelRatio?: number): Promise<{ type: string; width: number; height: number }>;
  error(svg: string, pixelRatio?: number): Promise<string>;
  compare(
    svg: string,
    widget: string,
    height: number,
    threshold: number,
  ): Promise<{ size: string; differing: number; total: number; share: number; mean: number }>;
};
declare const okrExport: Tools;

let dir = '';
let server: Server;
let origin = '';
let browser: Browser;

const { okrs, now } = SCENARIOS.company;
const report: Report = analyzeOkrs(okrs, { now });
/** The bench's largest import: 100,000 key results of 25,000 objectives. */
const LARGE_CSV = longCsv(100_000);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'okr-export-'));
  await build({ ...appBuild('test/page/export.app.ts'), outfile: join(dir, 'app.js') });
  await build({ ...appBuild('test/page/export.worker.ts'), outfile: join(dir, 'worker.js') });
  await build({
    ...appBuild('test/page/import.worker.ts'),
    outfile: join(dir, 'import-worker.js'),
  });
  await writeFile(join(dir, 'large.csv'), LARGE_CSV);
  await writeFile(join(dir, 'styles.css'), await themeCss());
  // The page's own: its background and font the export's, so both drawings sit on the same.
  await writeFile(
    join(dir, 'page.css'),
    `html { background: var(--okr-bg); } body { margin: 0; font-family: ${FONT_STACK}; } .frame { width: 480px; }`,
  );
  const widget = renderToString(createElement(OkrRadar, { report, width: 480, dataTable: false }));
  await writeFile(join(dir, 'index.html'), page(`<div class="frame">${widget}</div>`));
  ({ server, origin } = await serveFolder(dir, (url) =>
    url.searchParams.has('strict') ? STRICT : WITH_BLOB,
  ));
  browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
}, 60_000);

afterAll(() => closeAll(browser, server, dir));

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>export</title>
<link rel="stylesheet" href="styles.css"><link rel="stylesheet" href="page.css">
<script type="module" src="app.js"></script></head><body>${body}</body></html>`;
}

/** A page of the server, its app loaded; console errors collected. */
async function open(path = '/'): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin + path);
  await page.waitForFunction(() => 'okrExport' in window);
  return { page, errors, close: () => context.close() };
}

describe('svgToPng', () => {
  it('makes a PNG of the SVG’s size times the pixel ratio, and revokes its object URL', async () => {
    const { page, errors, close } = await open();
    try {
      const radar = radarToSvg(report, { width: 480 });
      const height = Number(/height="(\d+)"/.exec(radar)?.[1]);
      expect(await page.evaluate((svg) => okrExport.png(svg), radar)).toEqual({
        type: 'image/png',
        width: 960,
        height: 2 * height,
      });
      expect(await page.evaluate((svg) => okrExport.png(svg, 1), boardToSvg(report))).toEqual({
        type: 'image/png',
        width: 1920,
        height: 1080,
      });
      const slide = boardToSvg(report, { width: 1280, height: 720 });
      expect(await page.evaluate((svg) => okrExport.png(svg, 1.5), slide)).toMatchObject({
        width: 1920,
        height: 1080,
      });
      const urls = await page.evaluate(() => okrExport.urls);
      expect(urls).toEqual({ made: 3, revoked: 3 });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('rejects with a clear error for an SVG without a size, junk, or a bad pixel ratio', async () => {
    const { page, close } = await open();
    try {
      const error = (svg: string, ratio?: number) =>
        page.evaluate(([s, r]) => okrExport.error(s as string, r as number | undefined), [
          svg,
          ratio,
        ] as const);
      expect(await error('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBe(
        'svgToPng: the SVG needs a width and a height in pixels on its root element.',
      );
      expect(await error('<svg width="10" height="10"><g></svg>')).toMatch(
        /^svgToPng: the browser could not load the SVG as an image/,
      );
      expect(await error(radarToSvg(report), 0)).toBe(
        'svgToPng: pixelRatio must be a number from 0.1 to 8.',
      );
      // The failed load's URL is revoked too.
      const urls = await page.evaluate(() => okrExport.urls);
      expect(urls.made).toBe(urls.revoked);
    } finally {
      await close();
    }
  });

  it('fails with its CSP explanation under a policy without img-src blob: (what it needs)', async () => {
    const { page, close } = await open('/?strict');
    try {
      expect(await page.evaluate((svg) => okrExport.error(svg), radarToSvg(report))).toMatch(
        /Content-Security-Policy without img-src blob:/,
      );
    } finally {
      await close();
    }
  });
});

describe('the SVG exports in a worker', () => {
  it('are made there, with no DOM, as in Node', async () => {
    const { page, errors, close } = await open();
    try {
      const made = await page.evaluate(
        (data) =>
          new Promise<{ radar: string; board: string }>((resolve, reject) => {
            const worker = new Worker('worker.js', { type: 'module' });
            worker.onmessage = (event) => resolve(event.data);
            worker.onerror = (event) => reject(new Error(event.message));
            worker.postMessage(data);
          }),
        JSON.parse(JSON.stringify(report)),
      );
      expect(made.radar).toBe(radarToSvg(report));
      expect(made.board).toBe(boardToSvg(report, { theme: 'dark' }));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a large file imported in a worker', () => {
  it('parses 100,000 rows there while the page goes on running, with the result Node gets', async () => {
    const { page, errors, close } = await open();
    try {
      const run = await page.evaluate(
        () =>
          new Promise<{ result: ReturnType<typeof parseOkrCsv>; turns: number }>(
            (resolve, reject) => {
              void fetch('large.csv')
                .then((response) => response.text())
                .then((text) => {
                  // The page's own work while the worker parses: a task queued again and again.
                  // Parsed on this thread, the file would hold it, and not one would run.
                  let turns = 0;
                  let parsing = true;
                  const turn = () => {
                    if (!parsing) return;
                    turns += 1;
                    setTimeout(turn, 0);
                  };
                  const worker = new Worker('import-worker.js', { type: 'module' });
                  worker.onmessage = (event) => {
                    parsing = false;
                    worker.terminate();
                    resolve({ result: event.data, turns });
                  };
                  worker.onerror = (event) => reject(new Error(event.message));
                  worker.postMessage(text);
                  setTimeout(turn, 0);
                });
            },
          ),
      );
      expect(run.result.ok).toBe(true);
      expect(run.result.issues).toEqual([]);
      expect(run.result.value?.objectives).toHaveLength(25_000);
      expect(run.result).toEqual(parseOkrCsv(LARGE_CSV));
      // Tens of milliseconds of the page's own tasks at least, while the parse took hundreds.
      expect(run.turns).toBeGreaterThan(10);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});

describe('the exported radar against the OkrRadar widget', () => {
  it.each(['light', 'dark'] as const)(
    'looks like the widget in the %s theme, within 1 % of its pixels',
    async (theme) => {
      const { page, errors, close } = await open();
      try {
        await page.evaluate((t) => {
          document.documentElement.dataset.okrTheme = t;
        }, theme);
        const shot = await page.locator('.okr-radar__svg').screenshot();
        const { viewBox } = computeRadarGeometry(report.objectives, { width: 480 });
        const result = await page.evaluate(
          ([svg, png, height]) =>
            okrExport.compare(svg as string, png as string, height as number, 64),
          [
            radarToSvg(report, { width: 480, theme }),
            shot.toString('base64'),
            Math.floor(viewBox.height),
          ] as const,
        );
        // Measured in Debian's Chromium: 0.65 % of the pixels (988 of 151,200) differ by more than
        // 64 in a channel, in either theme: the edges of text and markers, antialiased a little
        // differently in an <img> than inline. One point moved (the negative control below) makes
        // 1.40 %, the other theme's colours 98 %. So 1 %: the same drawing passes with room, a
        // drawing with one point out of place fails.
        expect(result.size).toBe('');
        expect(result.share).toBeLessThan(0.01);
        expect(errors).toEqual([]);
        // Negative controls: one objective's point moved (market at 80 % instead of 100 %), and
        // the other theme's colours.
        const moved = structuredClone(report);
        (moved.objectives[1] as { progress: number }).progress = 0.8;
        for (const [name, svg] of [
          ['moved', radarToSvg(moved, { width: 480, theme })],
          [
            'other theme',
            radarToSvg(report, { width: 480, theme: theme === 'light' ? 'dark' : 'light' }),
          ],
        ] as const) {
          const control = await page.evaluate(
            ([s, png, height]) =>
              okrExport.compare(s as string, png as string, height as number, 64),
            [svg, shot.toString('base64'), Math.floor(viewBox.height)] as const,
          );
          expect(control.share, name).toBeGreaterThan(0.01);
        }
      } finally {
        await close();
      }
    },
  );
});

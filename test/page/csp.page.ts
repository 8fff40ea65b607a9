// Issue #5: the board under `Content-Security-Policy: default-src 'self'; style-src 'self'`.
// The widgets promise no inline style attributes and no injected <style>, so a page that only
// links the theme (styles.css) and the bundle (app.js) as files shows them styled. Negative
// controls prove that both detectors (violations, unstyled output) can fail.
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium';
import { appBuild } from './bundle';
import { closeAll, serveFolder } from './server';
import { themeCss } from './theme';

const CSP = "default-src 'self'; style-src 'self'";

/** What the page reported: policy violations, console errors and uncaught exceptions. */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  target: string;
}

/** Computed styles the theme decides; without styles.css each one has the browser's default. */
interface Probe {
  gridDisplay: string;
  listStyle: string;
  badge: { status: string; color: string; background: string } | null;
  boardWidth: number;
  svg: { display: string; width: number; height: number } | null;
  hidden: { what: string; position: string; clip: string; width: number; hit: boolean }[];
}

interface PageResult {
  violations: Violation[];
  errors: string[];
  probe: Probe;
}

let dir = '';
let server: Server;
let origin = '';
let browser: Browser;
/** The light theme's token values, e.g. `--okr-status-behind` → `rgb(125, 78, 0)`. */
let tokens = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'okr-csp-'));
  const css = await themeCss();
  tokens = lightTokens(css);
  await build({ ...appBuild('test/page/app.tsx'), outfile: join(dir, 'app.js') });
  await writeFile(join(dir, 'styles.css'), css);
  await writeFile(join(dir, 'index.html'), html(true));
  await writeFile(join(dir, 'unstyled.html'), html(false));
  ({ server, origin } = await serveFolder(dir, () => CSP));
  browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
}, 60_000);

afterAll(() => closeAll(browser, server, dir));

describe('the board under a strict Content-Security-Policy', () => {
  it('renders styled, with no policy violation and no console error', async () => {
    const result = await openBoard('/', { showTooltip: true });
    expect(result.violations).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(unstyled(result.probe)).toEqual([]);
  });

  it('saves the slide, the CSV and the agenda from the export menu with no violation; a PNG needs img-src blob: and says so', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const found: string[] = [];
        Object.assign(window, { __violations: found });
        document.addEventListener('securitypolicyviolation', (event) => {
          found.push(`${event.effectiveDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(`${origin}/`);
      const button = page.getByRole('button', { name: 'Export' });
      const saved: string[] = [];
      for (const item of ['Slide as SVG', 'Objectives as CSV', 'Agenda as Markdown']) {
        await button.click();
        const download = page.waitForEvent('download');
        await page.getByRole('menuitem', { name: item }).click();
        saved.push((await download).suggestedFilename());
      }
      expect(saved).toEqual([
        'okr-balance-q1-2026.svg',
        'okr-balance-q1-2026.csv',
        'okr-balance-q1-2026.md',
      ]);
      // The policy has no img-src blob: (default-src 'self'): the PNG cannot be drawn, and the
      // menu says what the page needs.
      await button.click();
      await page.getByRole('menuitem', { name: 'Slide as PNG' }).click();
      await page.getByText(/^Slide as PNG could not be made: .*img-src blob:/).waitFor();
      const violations = await page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      // The one violation is the PNG's image, which the policy blocks as it should.
      expect(violations.length).toBeGreaterThan(0);
      expect(violations.filter((line) => !line.startsWith('img-src blob'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe('negative controls', () => {
    it('an inline style attribute set by the page script is reported as a violation', async () => {
      const { violations } = await openBoard('/?control=style-attribute');
      expect(violations.length).toBeGreaterThanOrEqual(1);
      expect(violations[0]).toMatchObject({ directive: 'style-src-attr', blocked: 'inline' });
    });

    it('a <style> element injected by the page script is reported as a violation', async () => {
      const { violations } = await openBoard('/?control=style-element');
      expect(violations.length).toBeGreaterThanOrEqual(1);
      expect(violations[0]).toMatchObject({ directive: 'style-src-elem', blocked: 'inline' });
    });

    it('the page served without styles.css is reported as unstyled', async () => {
      const result = await openBoard('/unstyled.html');
      expect(result.violations).toEqual([]);
      expect(result.errors).toEqual([]);
      // Every themed property is at the browser's default, so each check fails on its own.
      expect(unstyled(result.probe)).toHaveLength(4);
    });
  });
});

/**
 * Opens a page of the server in a fresh context, waits for the board, and reports what the
 * page saw. Shared by the real test and the negative controls.
 */
async function openBoard(path: string, { showTooltip = false } = {}): Promise<PageResult> {
  const context = await browser.newContext({
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    // Init scripts are Playwright's, not the page's: the policy does not apply to them.
    await page.addInitScript(() => {
      const found: unknown[] = [];
      Object.assign(window, { __violations: found });
      document.addEventListener('securitypolicyviolation', (event) => {
        const target = event.target;
        found.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          target:
            target instanceof Element
              ? `${target.localName}${target.id ? `#${target.id}` : ''}${target.className ? `.${String(target.className).split(' ').join('.')}` : ''}`
              : String(target && (target as Node).nodeName),
        });
      });
    });
    const response = await page.goto(origin + path);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await page.getByRole('region', { name: /OKR balance/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /OKR balance/ }).waitFor();
    await page.locator('.okr-board svg.okr-radar__svg').waitFor();
    if (showTooltip) {
      // The tooltip is the one element positioned from script (left/top through the CSSOM).
      await page.getByRole('listbox', { name: 'Progress by objective' }).focus();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      // Set through the CSSOM, which the policy allows, so the position holds.
      expect(await tooltip.evaluate((element) => getComputedStyle(element).left)).not.toBe('auto');
    }
    // Violation events are queued as tasks: let them arrive.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: Violation[] }).__violations,
    );
    const probe = await page.evaluate(probeStyles);
    return { violations, errors, probe };
  } finally {
    await context.close();
  }
}

/** Runs in the page: the computed styles that only the theme can give. */
function probeStyles(): Probe {
  const grid = document.querySelector('.okr-board__grid');
  const list = document.querySelector('.okr-board__objectives');
  const badge = document.querySelector('.okr-board__objective .okr-badge');
  const svg = document.querySelector('.okr-radar__svg');
  const board = document.querySelector('.okr-board');
  return {
    gridDisplay: grid ? getComputedStyle(grid).display : '',
    listStyle: list ? getComputedStyle(list).listStyleType : '',
    badge: badge && {
      status: badge.getAttribute('data-status') ?? '',
      color: getComputedStyle(badge).color,
      background: getComputedStyle(badge).backgroundColor,
    },
    boardWidth: board?.getBoundingClientRect().width ?? 0,
    svg: svg && {
      display: getComputedStyle(svg).display,
      width: svg.getBoundingClientRect().width,
      height: svg.getBoundingClientRect().height,
    },
    // The radar's text alternative: its summary (the data table is shown on request).
    hidden: [...document.querySelectorAll('.okr-radar .okr-visually-hidden')].map((element) => {
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      // Hidden: a 1 px box, clipped, and nothing of it is hit where it lies.
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return {
        what: element.localName,
        position: getComputedStyle(element).position,
        clip: getComputedStyle(element).clip,
        width: box.width,
        hit: hit !== null && element.contains(hit),
      };
    }),
  };
}

/** What the probe shows unstyled, one line per failed check; empty when the theme applied. */
function unstyled(probe: Probe): string[] {
  const problems: string[] = [];
  if (probe.gridDisplay !== 'grid' || probe.listStyle !== 'none') {
    problems.push(`board layout: display ${probe.gridDisplay}, list-style ${probe.listStyle}`);
  }
  const { badge } = probe;
  const color = badge && tokens.get(`--okr-status-${badge.status}`);
  const background = badge && tokens.get(`--okr-status-${badge.status}-bg`);
  if (!badge || !color || badge.color !== color || badge.background !== background) {
    problems.push(
      `status badge: ${JSON.stringify(badge)}, expected colour ${color} on ${background}`,
    );
  }
  const { svg } = probe;
  // Unstyled, the svg is inline and as wide as the board; the theme makes it a block that
  // fills the radar's column of the two-column layout (a container query of the theme).
  if (svg?.display !== 'block' || svg.height <= 0 || svg.width >= probe.boardWidth * 0.75) {
    problems.push(`radar svg: ${JSON.stringify(svg)} in a board ${probe.boardWidth} px wide`);
  }
  const shown = probe.hidden.filter(
    (h) =>
      h.position !== 'absolute' || h.clip !== 'rect(0px, 0px, 0px, 0px)' || h.width > 1 || h.hit,
  );
  if (probe.hidden.length < 1 || shown.length > 0) {
    problems.push(`visually hidden elements: ${JSON.stringify(probe.hidden)}`);
  }
  return problems;
}

/** dist/styles.css as scripts/build-css.mjs joins it: tokens.css, then the partials by name. */
/** The first (light) value of each colour token, as getComputedStyle writes it. */
function lightTokens(css: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, name, hex] of css.matchAll(/(--okr-[\w-]+):\s*#([0-9a-f]{6});/gi)) {
    if (!name || !hex || map.has(name)) continue;
    const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    map.set(name, `rgb(${r}, ${g}, ${b})`);
  }
  return map;
}

/** The page: no inline script or style, only files of its own origin. */
function html(styled: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>okr-balance under CSP</title>
${styled ? '<link rel="stylesheet" href="styles.css">\n' : ''}<script type="module" src="app.js"></script>
</head>
<body>
<main id="root"></main>
</body>
</html>
`;
}

// The README's screenshots: the board and each widget, from the built package, mounted in
// headless Chromium (effects run, so measured layouts are as a browser shows them).
//
//   npm run capture            (builds first; writes docs/images/*.png)
//   node scripts/capture.mjs [out-dir]   (after `npm run build`)
//
// Rerun it whenever the widgets change, and commit the images. They are 1000 px wide at most,
// at a device scale of 1, and squeezed to 256 colours when ImageMagick's `convert` is on the
// PATH (the UI's flat colours survive it; the files shrink to about a third).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('../', import.meta.url));
const out = process.argv[2] ?? join(repo, 'docs', 'images');
const dist = join(repo, 'dist');
if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'styles.css'))) {
  console.error('dist/ is missing: run `npm run build` first (or `npm run capture`).');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

// One page per image: `name`, the page width, the theme and what to mount (JSX in the bundle
// below, by the name of a function there).
const SHOTS = [
  { name: 'board', width: 1000, theme: 'light', view: 'Board' },
  { name: 'board-dark', width: 1000, theme: 'dark', view: 'Board' },
  { name: 'radar', width: 560, theme: 'light', view: 'Radar' },
  { name: 'gauge', width: 400, theme: 'light', view: 'Gauge' },
  { name: 'badges', width: 760, theme: 'light', view: 'Badges' },
  { name: 'checklist', width: 760, theme: 'light', view: 'Checklist' },
];

// The views, bundled with the built package (dist/index.js) and React, as an app would.
const entry = `
import { createRoot } from 'react-dom/client';
import {
  analyzeOkrs, CauseChecklist, OkrBalanceBoard, OkrRadar, ProgressSpreadGauge, STATUSES,
  StatusBadge,
} from 'okr-balance';
import { SCENARIOS } from './test/fixtures/scenarios';

const { okrs, now } = SCENARIOS.company;
const report = analyzeOkrs(okrs, { now });
const marketing = analyzeOkrs(SCENARIOS.marketing.okrs, { now: SCENARIOS.marketing.now });

const VIEWS = {
  Board: () => <OkrBalanceBoard okrs={okrs} now={now} />,
  Radar: () => <OkrRadar report={marketing} defaultSelectedId={marketing.objectives[1]?.id ?? null} />,
  Gauge: () => <ProgressSpreadGauge report={report} selectedId={report.objectives[0]?.id ?? null} />,
  Badges: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      {STATUSES.map((status) => <StatusBadge key={status} status={status} />)}
      <StatusBadge status="on-track" stale />
      {STATUSES.map((status) => <StatusBadge key={status} status={status} variant="solid" />)}
    </div>
  ),
  Checklist: () => <CauseChecklist report={report} />,
};

const view = new URLSearchParams(location.hash.slice(1)).get('view');
const View = VIEWS[view];
createRoot(document.getElementById('root')).render(<View />);
`;
const bundle = await build({
  stdin: { contents: entry, loader: 'tsx', resolveDir: repo, sourcefile: 'capture-entry.tsx' },
  bundle: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: { 'okr-balance': join(dist, 'index.js') },
  // (Warnings about the chunks' bare imports, which hold no side effects, are expected.)
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;
const styles = readFileSync(join(dist, 'styles.css'), 'utf8');

const page = (theme, width) => `<!doctype html>
<html lang="en" data-okr-theme="${theme}"><head><meta charset="utf-8">
<style>${styles}
body { margin: 0; font-family: system-ui, sans-serif; background: var(--okr-bg); color: var(--okr-fg); }
#frame { box-sizing: border-box; width: ${width}px; padding: 16px; }
</style></head><body><div id="frame"><div id="root"></div></div></body></html>`;

const convert = (() => {
  try {
    execFileSync('convert', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const { name, width, theme, view } of SHOTS) {
    const tab = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    const errors = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.setContent(page(theme, width));
    await tab.evaluate((hash) => {
      location.hash = hash;
    }, `view=${view}`);
    await tab.addScriptTag({ content: script });
    // Measured layouts settle after the first frames (ResizeObserver); fonts are system fonts.
    await tab.waitForTimeout(400);
    if (errors.length > 0) throw new Error(`${name}: ${errors.join('; ')}`);
    const file = join(out, `${name}.png`);
    await tab.locator('#frame').screenshot({ path: file });
    await tab.close();
    if (convert) execFileSync('convert', [file, '-strip', '-colors', '256', `PNG8:${file}`]);
    console.log(`${file} (${Math.round(statSync(file).size / 1024)} kB)`);
  }
} finally {
  await browser.close();
}

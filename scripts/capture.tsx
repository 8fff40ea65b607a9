// Renders widgets on the reference scenarios to PNG in headless Chromium, for a person to look
// at: `npx tsx scripts/capture.tsx [out-dir]` (default: captures/, which git ignores).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import {
  analyzeOkrs,
  CauseChecklist,
  OkrBalanceBoard,
  OkrRadar,
  ProgressSpreadGauge,
  STATUSES,
  StatusBadge,
} from '../src/index';
import { crowdedSet } from '../test/fixtures/crowded';
import { SCENARIOS } from '../test/fixtures/scenarios';
import { CHROMIUM_LAUNCH } from './chromium';

const out = process.argv[2] ?? 'captures';
mkdirSync(out, { recursive: true });
const styles = [
  'tokens.css',
  ...readdirSync('src/styles')
    .filter((f) => f !== 'tokens.css')
    .sort(),
]
  .map((file) => readFileSync(join('src/styles', file), 'utf8'))
  .join('\n');

function page(body: ReactElement, theme: 'light' | 'dark', width: number): string {
  return `<!doctype html><html lang="en" data-okr-theme="${theme}"><head><meta charset="utf-8">
<style>${styles}
body { margin: 0; padding: 16px; width: ${width}px; font-family: system-ui, sans-serif;
  background: var(--okr-bg); color: var(--okr-fg); }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 8px; }</style></head>
<body>${renderToString(body)}</body></html>`;
}

const shots: { name: string; html: string }[] = [];
const many = (n: number) => analyzeOkrs(crowdedSet(n), { now: '2026-02-15' });
for (const width of [320, 480, 800]) {
  shots.push({
    name: `radar-sizes-${width}`,
    html: page(
      <div>
        {[1, 2, 3, 5, 8, 12, 24].map((n) => (
          <div key={n} style={{ width, marginBottom: 16, outline: '1px dashed #ccc' }}>
            <OkrRadar report={many(n)} width={width} />
          </div>
        ))}
      </div>,
      'light',
      width + 40,
    ),
  });
}
for (const theme of ['light', 'dark'] as const) {
  shots.push({
    name: `badges-${theme}`,
    html: page(
      <div>
        {(['subtle', 'solid'] as const).flatMap((variant) =>
          (['md', 'sm'] as const).map((size) => (
            <div className="row" key={`${variant}-${size}`}>
              {STATUSES.map((status) => (
                <StatusBadge key={status} status={status} variant={variant} size={size} />
              ))}
              <StatusBadge status="on-track" stale variant={variant} size={size} />
            </div>
          )),
        )}
      </div>,
      theme,
      900,
    ),
  });
  shots.push({
    name: `gauges-${theme}`,
    html: page(
      <div className="row">
        {Object.entries(SCENARIOS).map(([name, { okrs, now }]) => {
          const report = analyzeOkrs(okrs, { now });
          return (
            <div key={name} style={{ width: 340 }}>
              <ProgressSpreadGauge report={report} selectedId={report.objectives[0]?.id} />
            </div>
          );
        })}
      </div>,
      theme,
      1060,
    ),
  });
  for (const [name, { okrs, now }] of Object.entries(SCENARIOS)) {
    const report = analyzeOkrs(okrs, { now });
    shots.push({
      name: `radar-${name}-${theme}`,
      html: page(
        <OkrRadar report={report} defaultSelectedId={report.objectives[1]?.id} />,
        theme,
        520,
      ),
    });
  }
  for (const [name, { okrs, now }] of Object.entries(SCENARIOS)) {
    shots.push({
      name: `board-${name}-${theme}`,
      html: page(<OkrBalanceBoard okrs={okrs} now={now} />, theme, 1000),
    });
  }
  for (const [name, { okrs, now }] of Object.entries(SCENARIOS)) {
    const report = analyzeOkrs(okrs, { now });
    shots.push({
      name: `checklist-${name}-${theme}`,
      html: page(
        <CauseChecklist
          report={report}
          defaultValue={{
            checked: [report.suggestions[0]?.causeId ?? 'team.capacity-imbalance'],
            notes: {},
          }}
        />,
        theme,
        720,
      ),
    });
  }
}

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const tab = await browser.newPage({ deviceScaleFactor: 1 });
for (const { name, html } of shots) {
  await tab.setContent(html);
  const file = join(out, `${name}.png`);
  await tab.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
writeFileSync(join(out, 'index.txt'), shots.map((s) => s.name).join('\n'));

// Which theme the widgets take on a system set to dark. They paint no background of their own,
// so following the system on a page that does not (a light page in a dark OS) would put light
// text on the page's white: dark values apply only where the page asks for them.
import { type Browser, chromium } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium';
import { analyzeOkrs } from '../../src/core';
import { OkrBalanceBoard, OkrRadar } from '../../src/index';
import { SCENARIOS } from '../fixtures/scenarios';
import { themeCss } from './theme';

const { okrs, now } = SCENARIOS.company;
const radar = renderToString(createElement(OkrRadar, { report: analyzeOkrs(okrs, { now }) }));
let browser: Browser;
let css = '';

beforeAll(async () => {
  css = await themeCss();
  browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The fill of the radar's first label, on a system in `scheme`, under `theme` on <html>. */
async function labelFill(scheme: 'light' | 'dark', theme?: string): Promise<string> {
  const page = await browser.newPage({ colorScheme: scheme });
  try {
    const attribute = theme ? ` data-okr-theme="${theme}"` : '';
    await page.setContent(
      `<!doctype html><html lang="en"${attribute}><head><style>${css}</style></head><body>${radar}</body></html>`,
    );
    return await page.$eval('.okr-radar__label', (label) => getComputedStyle(label).fill);
  } finally {
    await page.close();
  }
}

const LIGHT_FG = 'rgb(31, 35, 40)';
const DARK_FG = 'rgb(230, 237, 243)';

describe('the theme on a system set to dark', () => {
  it('stays light on a page that does not say', async () => {
    expect(await labelFill('dark')).toBe(LIGHT_FG);
  });

  it('turns dark where the page follows the system (auto) or is dark', async () => {
    expect(await labelFill('dark', 'auto')).toBe(DARK_FG);
    expect(await labelFill('dark', 'dark')).toBe(DARK_FG);
  });

  it('stays light under auto while the system is light', async () => {
    expect(await labelFill('light', 'auto')).toBe(LIGHT_FG);
  });
});

describe('forced colours (Windows high contrast)', () => {
  it('paints the drawing and marks the pressed objective in the system palette', async () => {
    const board = renderToString(
      createElement(OkrBalanceBoard, { okrs, now, selectedId: 'brand' }),
    );
    const page = await browser.newPage({ colorScheme: 'dark', forcedColors: 'active' });
    try {
      await page.setContent(
        `<!doctype html><html lang="en"><head><style>${css}</style></head><body>${board}</body></html>`,
      );
      const seen = await page.evaluate(() => {
        const style = (selector: string) =>
          getComputedStyle(document.querySelector(selector) as Element);
        const buttons = [...document.querySelectorAll('.okr-board__objective')];
        return {
          text: getComputedStyle(document.body).color,
          label: style('.okr-radar__label').fill,
          score: style('.okr-gauge__value').fill,
          pressed: buttons
            .filter((button) => button.getAttribute('aria-pressed') === 'true')
            .map((button) => getComputedStyle(button).backgroundColor),
          others: buttons
            .filter((button) => button.getAttribute('aria-pressed') === 'false')
            .map((button) => getComputedStyle(button).backgroundColor),
        };
      });
      // The light theme's dark text would vanish on the system's dark canvas.
      expect(seen.label).toBe(seen.text);
      expect(seen.score).toBe(seen.text);
      expect(seen.pressed).toHaveLength(1);
      expect(seen.others).toHaveLength(4);
      expect(seen.others).not.toContain(seen.pressed[0]);
    } finally {
      await page.close();
    }
  });
});

describe('a right-to-left page', () => {
  it('keeps each radar label on its own side of its axis', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(
        `<!doctype html><html lang="ar" dir="rtl"><head><style>${css}</style></head><body><div style="width: 480px">${radar}</div></body></html>`,
      );
      const labels = await page.$$eval('.okr-radar__label', (texts) =>
        texts.map((text) => {
          const box = (text as SVGTextElement).getBBox();
          return {
            anchor: text.getAttribute('text-anchor'),
            x: Number(text.getAttribute('x')),
            left: box.x,
            right: box.x + box.width,
          };
        }),
      );
      expect(labels.map((label) => label.anchor)).toContain('start');
      expect(labels.map((label) => label.anchor)).toContain('end');
      for (const label of labels) {
        // Start: the text runs right from its axis; end: it ends at its axis.
        if (label.anchor === 'start') expect(label.left).toBeGreaterThanOrEqual(label.x - 2);
        if (label.anchor === 'end') expect(label.right).toBeLessThanOrEqual(label.x + 2);
      }
    } finally {
      await page.close();
    }
  });
});

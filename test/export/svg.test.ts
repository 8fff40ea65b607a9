import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  analyzeOkrs,
  analyzeOrg,
  computeRadarGeometry,
  type OkrSet,
  type Report,
  unitReport,
} from '../../src/core';
import { boardToSvg, gaugeToSvg, radarToSvg, THEME_COLOURS } from '../../src/export';
import { MESSAGES_DE } from '../../src/locales/de';
import { OkrRadar } from '../../src/react/OkrRadar';
import { ProgressSpreadGauge } from '../../src/react/ProgressSpreadGauge';
import { SMALL_NOW, SMALL_ORGANISATION } from '../fixtures/organisation';
import { Q1_2026, SCENARIOS } from '../fixtures/scenarios';

const { okrs, now } = SCENARIOS.company;
const company = () => analyzeOkrs(okrs, { now });
const withObjectives = (count: number): Report =>
  analyzeOkrs(
    {
      cycle: Q1_2026,
      objectives: Array.from({ length: count }, (_, i) => ({
        id: `o${i}`,
        title: `Objective number ${i + 1} of the cycle`,
        progress: ((i * 37) % 100) / 100,
      })),
    },
    { now },
  );

/** The document, or the parser's errors: a well-formedness check with no DOM of the page's. */
function parse(svg: string): { root: XmlElement; errors: string[] } {
  const errors: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(svg, 'image/svg+xml');
    return { root: doc.documentElement as XmlElement, errors };
  } catch (error) {
    // xmldom throws on a fatal error (after reporting it).
    return { root: null as unknown as XmlElement, errors: [...errors, String(error)] };
  }
}

/** What every exported SVG must be: well-formed, sized, titled, self-contained, without junk. */
function expectStandalone(svg: string, size?: { width: number; height: number }) {
  const { root, errors } = parse(svg);
  expect(errors).toEqual([]);
  expect(root.tagName).toBe('svg');
  expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  if (size) expect({ width, height }).toEqual(size);
  expect(width).toBeGreaterThan(0);
  expect(height).toBeGreaterThan(0);
  const children = [...Array.from(root.childNodes)].filter((n) => n.nodeType === 1) as XmlElement[];
  expect(children.slice(0, 2).map((c) => c.tagName)).toEqual(['title', 'desc']);
  expect(children[0]?.textContent).not.toBe('');
  expect(children[1]?.textContent).not.toBe('');
  expect(root.getAttribute('font-family')).toMatch(/^system-ui, .*sans-serif$/);
  for (const junk of ['var(', 'NaN', 'undefined', 'Infinity', '[object', 'null']) {
    expect(svg).not.toContain(junk);
  }
  // Self-contained: no links, imports or remote images; colours as SVG 1.1 reads them.
  expect(svg).not.toMatch(/href|@import|url\(|<script|<style|<foreignObject|rgb\(/i);
  return { root, title: children[0]?.textContent, desc: children[1]?.textContent };
}

const EXPORTS = { radarToSvg, gaugeToSvg, boardToSvg };

describe('the XML check', () => {
  it('reports markup that is not well-formed (negative control)', () => {
    expect(
      parse('<svg xmlns="http://www.w3.org/2000/svg"><text>a < b</text></svg>').errors,
    ).not.toEqual([]);
    expect(parse('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>').errors).not.toEqual([]);
  });
});

describe.each(Object.entries(EXPORTS))('%s', (_, toSvg) => {
  const reports: [string, unknown][] = [
    ['the company scenario', company()],
    [
      'the marketing scenario',
      analyzeOkrs(SCENARIOS.marketing.okrs, { now: SCENARIOS.marketing.now }),
    ],
    ['no objectives', withObjectives(0)],
    ['one objective', withObjectives(1)],
    ['two objectives', withObjectives(2)],
    ['24 objectives', withObjectives(24)],
    ['50 objectives', withObjectives(50)],
    [
      'an organisation level',
      unitReport(analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW }), '@org'),
    ],
    ['null', null],
    ['an object that is no report', { objectives: 'none' }],
  ];
  it.each(reports)('makes a standalone SVG of %s, light and dark', (_name, report) => {
    expectStandalone(toSvg(report));
    expectStandalone(toSvg(report, { theme: 'dark' }));
  });

  it('escapes hostile titles and keeps them as text', () => {
    const hostile = '</text><script>alert("x")</script> & \'q\' \u0001\u0007\uffff\ud800 "';
    const report = company();
    report.objectives[0] = { ...report.objectives[0], title: hostile } as Report['objectives'][0];
    const svg = toSvg(report, { title: hostile });
    const { root, title } = expectStandalone(svg);
    expect(title).toBe('</text><script>alert("x")</script> & \'q\' \ufffd "');
    expect(root.getElementsByTagName('script')).toHaveLength(0);
  });

  it('differs between light and dark in colours alone', () => {
    const light = toSvg(company());
    const dark = toSvg(company(), { theme: 'dark' });
    expect(light).not.toBe(dark);
    const colourless = (svg: string) =>
      svg.replace(/#[0-9a-f]{6}/g, '#').replace(/-opacity="[\d.]+"/g, '-opacity=""');
    expect(colourless(dark)).toBe(colourless(light));
    expect(light).toContain(`fill="${THEME_COLOURS.light.bg}"`);
    expect(dark).toContain(`fill="${THEME_COLOURS.dark.bg}"`);
  });

  it('leaves the background out when asked, for a host that lays it on its own', () => {
    const svg = toSvg(company(), { background: false });
    expect(svg).not.toContain(`fill="${THEME_COLOURS.light.bg}"`);
  });

  it('calls onIssues with the problems of a report it cannot draw, and draws their count', () => {
    const onIssues = vi.fn();
    const svg = toSvg({ objectives: [], balance: null }, { onIssues });
    expect(onIssues).toHaveBeenCalledTimes(1);
    expect(onIssues.mock.calls[0]?.[0]).toEqual([
      expect.objectContaining({ path: 'report.balance', code: 'wrong-type' }),
    ]);
    expect(svg).toContain('This report cannot be shown: 1 problem in its data');
  });
});

/** The text of every `<text>` element in document order, its lines (tspans) joined by spaces. */
const texts = (svg: string) =>
  Array.from(parse(svg).root.getElementsByTagName('text')).map((t) =>
    Array.from(t.childNodes)
      .map((n) => n.textContent ?? '')
      .join(' ')
      // Intl's German percent has a no-break space: compared as a space.
      .replace(/\s+/g, ' '),
  );

/**
 * Where each `<text>` starts in the document's units: its `x` and `y` through every group's
 * `translate` and `scale` above it (the transforms the exports write).
 */
function textPlaces(svg: string): { x: number; y: number }[] {
  return Array.from(parse(svg).root.getElementsByTagName('text')).map((node) => {
    let x = Number(node.getAttribute('x'));
    let y = Number(node.getAttribute('y'));
    for (let up = node.parentNode as XmlElement | null; up?.getAttribute; ) {
      const transform = up.getAttribute('transform') ?? '';
      // Applied innermost first: the translate, then the scale before it.
      const moved = /translate\(([-\d.]+),([-\d.]+)\)/.exec(transform);
      if (moved) [x, y] = [x + Number(moved[1]), y + Number(moved[2])];
      const scaled = /scale\(([\d.]+)\)/.exec(transform);
      if (scaled) [x, y] = [x * Number(scaled[1]), y * Number(scaled[1])];
      up = up.parentNode as XmlElement | null;
    }
    return { x, y };
  });
}

describe('radarToSvg', () => {
  it('has the size asked for, the width alone or both', () => {
    expectStandalone(radarToSvg(company(), { width: 600, height: 500 }), {
      width: 600,
      height: 500,
    });
    const { root } = parse(radarToSvg(company(), { width: 720 }));
    expect(root.getAttribute('width')).toBe('720');
    // Bounds, as the widget's: 120 to 4096, 480 for a width that is no number.
    expect(parse(radarToSvg(company(), { width: Number.NaN })).root.getAttribute('width')).toBe(
      '480',
    );
    expect(parse(radarToSvg(company(), { width: 50 })).root.getAttribute('width')).toBe('120');
  });

  it('draws the progress polygon through the points the widget draws', () => {
    const report = company();
    const svg = radarToSvg(report, { width: 480 });
    const widget = renderToString(
      createElement(OkrRadar, { report, width: 480, dataTable: false }),
    );
    const polygon = (markup: string, pattern: RegExp) => pattern.exec(markup)?.[1];
    const widgetPoints = polygon(widget, /okr-radar__progress" points="([^"]+)"/);
    const geometry = computeRadarGeometry(report.objectives, { width: 480 });
    const expected = geometry.axes.map((a) => `${a.point.x},${a.point.y}`).join(' ');
    expect(svg).toContain(`points="${expected}"`);
    expect(widgetPoints).toBe(expected);
  });

  it("describes itself with the widget's summary for screen readers", () => {
    const report = company();
    const widget = renderToString(createElement(OkrRadar, { report, dataTable: false }));
    const summary = /class="okr-visually-hidden">([^<]+)</.exec(widget)?.[1];
    expect(summary).toBe('5 objectives, balance 43 of 100, unbalanced, 3 at risk or worse.');
    expect(expectStandalone(radarToSvg(report)).desc).toBe(summary);
  });

  it('draws every label, status in the key and a key entry for the comparison', () => {
    const report = company();
    const earlier = analyzeOkrs(okrs, { now: '2026-02-01' });
    const words = texts(radarToSvg(report, { comparison: earlier }));
    expect(words).toEqual(
      expect.arrayContaining([
        'Delight our customers',
        'Grow recurring revenue',
        'Become the market’s leading choice',
        'Progress',
        'Expected pace',
        'Feb 1, 2026',
        'Done',
        'On track',
        'At risk',
        'Severely lagging',
        '25%',
      ]),
    );
    expect(words).not.toContain('Lagging');
    expect(
      radarToSvg(report, { comparison: { label: 'Last review', values: { market: 0.5 } } }),
    ).toContain('Last review');
  });

  it('names its points in German with MESSAGES_DE, numbers in the report’s locale', () => {
    const report = analyzeOkrs(okrs, { now, locale: 'de', messages: MESSAGES_DE });
    const svg = radarToSvg(report, { messages: MESSAGES_DE });
    const { desc, title } = expectStandalone(svg);
    expect(title).toBe('Fortschritt je Objective');
    expect(desc).toBe(
      '5 Objectives, Ausgewogenheit 43 von 100, unausgewogen, 3 gefährdet oder schlechter.',
    );
    expect(texts(svg)).toEqual(expect.arrayContaining(['Fortschritt', 'Erwartetes Tempo', '25 %']));
  });

  it('draws one or two objectives as bars and 50 as ranked bars, those that fit the height', () => {
    expect(radarToSvg(withObjectives(1))).not.toContain('<polygon');
    expect(radarToSvg(withObjectives(1))).toContain('stroke-linecap="round"');
    const all = texts(radarToSvg(withObjectives(50)));
    expect(all.filter((t) => t.startsWith('Objective number'))).toHaveLength(50);
    const bounded = radarToSvg(withObjectives(50), { height: 600 });
    expectStandalone(bounded, { width: 480, height: 600 });
    const shown = texts(bounded).filter((t) => t.startsWith('Objective number')).length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(50);
    expect(texts(bounded)).toContain(`+ ${50 - shown} objectives`);
  });

  it('says there is nothing to show for no objectives', () => {
    const svg = radarToSvg(withObjectives(0));
    expect(expectStandalone(svg).desc).toBe('No objectives to show.');
    expect(texts(svg)).toEqual(['No objectives to show.']);
  });
});

describe('gaugeToSvg', () => {
  it("describes itself with the widget's aria-valuetext", () => {
    const report = company();
    const widget = renderToString(createElement(ProgressSpreadGauge, { report }));
    const valueText = /aria-valuetext="([^"]+)"/.exec(widget)?.[1]?.replace(/&#x27;/g, "'");
    expect(expectStandalone(gaugeToSvg(report)).desc).toBe(valueText);
    expect(valueText).toMatch(/^Balance 43 of 100: Unbalanced — behind pace\./);
  });

  it('fits the height given: narrower than the width where the width would be too tall', () => {
    for (const [width, height] of [
      [1920, 1080],
      [1024, 768],
      [320, 180],
      [360, 200],
    ] as const) {
      const svg = gaugeToSvg(company(), { width, height });
      expectStandalone(svg, { width, height });
      const places = textPlaces(svg);
      expect(places.length).toBeGreaterThan(10);
      for (const { x, y } of places) {
        expect(y, `${width} × ${height}`).toBeLessThanOrEqual(height);
        expect(y).toBeGreaterThan(0);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
      }
    }
    // Negative control: without a height it takes what it needs, far more than 1080 at 1920.
    const free = gaugeToSvg(company(), { width: 1920 });
    expect(Number(/height="(\d+)"/.exec(free)?.[1])).toBeGreaterThan(1500);
  });

  it('draws the dial, the reading and the key', () => {
    const words = texts(gaugeToSvg(company(), { width: 480 }));
    expect(words).toEqual(
      expect.arrayContaining([
        '35%',
        'Median progress',
        'Median 35%',
        'Expected 60%',
        'Balance 43 of 100',
        'Unbalanced — behind pace',
        'Spread 20%–100%',
        'Objectives:',
        'Severely lagging',
      ]),
    );
    expectStandalone(gaugeToSvg(company(), { width: 480, height: 520 }), {
      width: 480,
      height: 520,
    });
  });

  it('speaks German with MESSAGES_DE', () => {
    const words = texts(gaugeToSvg(company(), { messages: MESSAGES_DE, locale: 'de' }));
    expect(words).toEqual(
      expect.arrayContaining(['35 %', 'Median-Fortschritt', 'Unausgewogen – im Rückstand']),
    );
  });

  it('says there is nothing to measure for no objectives', () => {
    expect(expectStandalone(gaugeToSvg(withObjectives(0))).desc).toBe(
      'No objectives to measure yet.',
    );
  });
});

describe('boardToSvg', () => {
  it('is a 1920 × 1080 slide by default, or the size asked for', () => {
    expectStandalone(boardToSvg(company()), { width: 1920, height: 1080 });
    expectStandalone(boardToSvg(company(), { width: 1280, height: 720 }), {
      width: 1280,
      height: 720,
    });
    expectStandalone(boardToSvg(company(), { width: 1080, height: 1080 }), {
      width: 1080,
      height: 1080,
    });
  });

  /** Where a text of the slide's body sits, in its layout units (the body is one scaled group). */
  const placeOf = (svg: string, words: string) => {
    const found = Array.from(parse(svg).root.getElementsByTagName('text')).find(
      (t) => t.textContent === words,
    );
    return { x: Number(found?.getAttribute('x')), y: Number(found?.getAttribute('y')) };
  };
  const scaleOf = (svg: string) => Number(/<g transform="scale\(([\d.]+)\)">/.exec(svg)?.[1]);
  const rowsOf = (svg: string) => texts(svg).filter((w) => / · expected /.test(w)).length;

  it('lays a 16:9 slide out on 1920 × 1080 units, side by side', () => {
    const svg = boardToSvg(company(), { width: 1280, height: 720 });
    expect(scaleOf(svg)).toBe(0.666667);
    expect(placeOf(svg, 'Objectives and their status').x).toBe(1008);
    // Wider: as high, and wider.
    const wide = boardToSvg(company(), { width: 2560, height: 1080 });
    expect(scaleOf(wide)).toBe(1);
    expect(placeOf(wide, 'Feb 24, 2026').x).toBe(2560 - 64);
  });

  it('uses the height of a 4:3 slide (1920 × 1440 units) for more objectives, not bands', () => {
    const many = withObjectives(50);
    const classic = boardToSvg(many, { width: 1024, height: 768 });
    expect(scaleOf(classic)).toBe(0.533333);
    expect(placeOf(classic, 'Objectives and their status').x).toBe(1008);
    expect(rowsOf(boardToSvg(many))).toBe(8);
    expect(rowsOf(classic)).toBe(17);
    // The causes end near the foot of the taller slide.
    const last = Math.max(...[...classic.matchAll(/ y="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(last).toBeGreaterThan(1300);
    expect(last).toBeLessThanOrEqual(1440 - 64);
  });

  it('stacks the radar above the gauge and the lists on an upright slide', () => {
    const svg = boardToSvg(company(), { width: 1080, height: 1920 });
    expectStandalone(svg, { width: 1080, height: 1920 });
    expect(scaleOf(svg)).toBe(1);
    const heading = placeOf(svg, 'Objectives and their status');
    expect(heading.x).toBe(64);
    // Below the radar, which is under the title (y 208 on).
    expect(heading.y).toBeGreaterThan(1100);
    expect(placeOf(svg, 'Feb 24, 2026').x).toBe(1080 - 64);
    expect(rowsOf(svg)).toBe(5);
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['Likely causes', 'Not backed by a clear plan', 'Balance 43 of 100']),
    );
    // A shorter upright slide (4:5) keeps the radar two fifths of the height at least and
    // shows fewer causes.
    const short = boardToSvg(company(), { width: 1080, height: 1350 });
    expect(rowsOf(short)).toBe(5);
    expect(texts(short)).not.toContain('Not backed by a clear plan');
    expect(placeOf(short, 'Objectives and their status').y).toBeGreaterThan(208 + 0.4 * 1078);
  });

  it('shows the title, the date, the statuses and the strongest causes', () => {
    const words = texts(boardToSvg(company()));
    expect(words.slice(0, 3)).toEqual([
      'OKR balance Q1 2026',
      'Feb 24, 2026',
      '5 objectives, balance 43 of 100, unbalanced, 3 at risk or worse.',
    ]);
    expect(words).toEqual(
      expect.arrayContaining([
        'Objectives and their status',
        'Severely lagging',
        '20% · expected 60%',
        'Likely causes',
        'Over or under capacity',
        'Strong signal',
        'Balance 43 of 100',
      ]),
    );
  });

  it('is German with MESSAGES_DE, its date in the report’s locale', () => {
    const report = analyzeOkrs(okrs, { now, locale: 'de', messages: MESSAGES_DE });
    const words = texts(boardToSvg(report, { messages: MESSAGES_DE }));
    expect(words.slice(0, 2)).toEqual(['OKR-Ausgewogenheit Q1 2026', '24.02.2026']);
    expect(words).toEqual(
      expect.arrayContaining([
        'Objectives und ihr Status',
        'Wahrscheinliche Ursachen',
        'Über- oder Unterbesetzung',
        'Starkes Signal',
      ]),
    );
  });

  it('lists the worst objectives first where they do not all fit, and says how many more', () => {
    const words = texts(boardToSvg(withObjectives(50)));
    expect(words.find((w) => /^\+ \d+ objectives$/.test(w))).toBeDefined();
  });

  it('shows the title and the empty state for no objectives', () => {
    const words = texts(boardToSvg(withObjectives(0)));
    expect(words).toContain('No objectives to show yet.');
    expect(words[0]).toBe('OKR balance Q1 2026');
  });

  it('shows an organisation level with its teams as rows', () => {
    const level = unitReport(analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW }), '@org');
    const words = texts(boardToSvg(level));
    expect(words).toEqual(expect.arrayContaining(['Engineering', 'Sales', 'Company offsite']));
  });

  it('shows no causes when asked for none, and says when none stands out', () => {
    expect(texts(boardToSvg(company(), { causes: 0 }))).not.toContain('Likely causes');
    const balanced: OkrSet = SCENARIOS.balanced.okrs;
    const words = texts(boardToSvg(analyzeOkrs(balanced, { now: SCENARIOS.balanced.now })));
    expect(words.some((w) => w.startsWith('No cause stands out'))).toBe(true);
  });
});

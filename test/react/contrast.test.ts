import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/core';

const css = readFileSync('src/styles/tokens.css', 'utf8');

/** The custom properties of the first block whose selector matches. */
function tokens(selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map(
    [...body.matchAll(/(--okr-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const channels = [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two hex colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The hue of a hex colour in degrees (0–360), `NaN` for a grey. */
function hue(hex: string): number {
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map(
    (i) => Number.parseInt(hex.slice(1 + i, 3 + i), 16) / 255,
  );
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  if (delta < 0.1) return Number.NaN;
  const sector =
    max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return sector * 60;
}

const hueDistance = (a: number, b: number) => {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
};

describe('hue', () => {
  it('reads the hue of a colour and none of a grey', () => {
    expect(hue('#ff0000')).toBe(0);
    expect(hue('#00ff00')).toBe(120);
    expect(hue('#0000ff')).toBe(240);
    expect(hue('#bf3989')).toBeCloseTo(324.2, 1);
    expect(hue('#59636e')).toBeNaN();
    expect(hueDistance(350, 10)).toBe(20);
  });
});

const light = tokens(':where(:root),');
const dark = tokens(':where([data-okr-theme="dark"])');
const statusesWithColour = STATUSES;

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme contrast (WCAG 2.2 AA)', (_, theme) => {
  const get = (name: string) => {
    const value = theme.get(`--okr-${name}`) ?? light.get(`--okr-${name}`);
    expect(value, name).toMatch(/^#[0-9a-f]{6}$/i);
    return value ?? '';
  };
  const pairs: [string, string, number][] = [
    ['fg', 'bg', 4.5],
    ['fg-muted', 'bg', 4.5],
    ['fg', 'surface', 4.5],
    ['fg-muted', 'surface', 4.5],
    // Graphics (WCAG 1.4.11): 3:1 against the page and the surface a host may put them on.
    ...['focus', 'border', 'grid', 'progress', 'expected', 'compare'].flatMap(
      (graphic): [string, string, number][] => [
        [graphic, 'bg', 3],
        [graphic, 'surface', 3],
      ],
    ),
    ['level-balanced', 'bg', 4.5],
    ['level-uneven', 'bg', 4.5],
    ['level-unbalanced', 'bg', 4.5],
    ...statusesWithColour.flatMap((status): [string, string, number][] => [
      [`status-${status}`, `status-${status}-bg`, 4.5],
      ['on-status', `status-${status}`, 4.5],
      [`status-${status}`, 'bg', 4.5],
      [`status-${status}`, 'surface', 4.5],
    ]),
  ];
  it.each(pairs)('%s on %s reaches %d:1', (fg, bg, minimum) => {
    expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(minimum);
  });

  it('gives the comparison series a hue of its own, 30° or more from every status and series', () => {
    const others = ['progress', ...statusesWithColour.map((status) => `status-${status}`)];
    const distances = others
      .map((name) => [name, hueDistance(hue(get('compare')), hue(get(name)))] as const)
      // Greys have no hue to confuse.
      .filter(([, distance]) => !Number.isNaN(distance));
    expect(distances.length).toBeGreaterThanOrEqual(6);
    for (const [name, distance] of distances) {
      expect(distance, `compare against ${name}`).toBeGreaterThanOrEqual(30);
    }
  });

  it('sets the same tokens in the media query as under data-okr-theme="dark"', () => {
    const start = css.indexOf('@media (prefers-color-scheme: dark)');
    const media = css.slice(start, css.indexOf('}\n}', start));
    const inMedia = new Map(
      [...media.matchAll(/(--okr-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
    );
    expect(inMedia).toEqual(new Map([...dark].map(([k, v]) => [k, v])));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  computeRadarGeometry,
  type RadarGeometry,
  radarPaths,
  STATUSES,
  textWidthOf,
  wrapText,
} from '../../src/core';
import { distinguishingTails } from '../../src/core/radarLabels';
import { wrapLines } from '../../src/core/textMeasure';
import { crowdedSet, STRESS_TITLES } from '../fixtures/crowded';
import { COMPANY, COMPANY_NOW } from '../fixtures/scenarios';

const geometry = (n: number, width: number) =>
  computeRadarGeometry(analyzeOkrs(crowdedSet(n), { now: '2026-02-15' }).objectives, { width });

function expectLegible(g: RadarGeometry) {
  const boxes = g.axes.map((a) => a.label.box);
  boxes.forEach((box, i) => {
    expect(box.x, `label ${i} left`).toBeGreaterThanOrEqual(0);
    expect(box.y, `label ${i} top`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `label ${i} right`).toBeLessThanOrEqual(g.width + 0.01);
    expect(box.y + box.height, `label ${i} bottom`).toBeLessThanOrEqual(g.height + 0.01);
    expect(g.axes[i]?.label.lines.length).toBeGreaterThan(0);
    for (let j = i + 1; j < boxes.length; j++) {
      const other = boxes[j] as typeof box;
      const apart =
        box.x + box.width <= other.x ||
        other.x + other.width <= box.x ||
        box.y + box.height <= other.y ||
        other.y + other.height <= box.y;
      expect(apart, `labels ${i} and ${j} overlap at ${g.width}px`).toBe(true);
    }
  });
}

describe('computeRadarGeometry', () => {
  it.each([3, 5, 8, 12, 24].flatMap((n) => [320, 480, 800].map((w) => [n, w])))(
    'keeps %d labels apart and inside a %dpx drawing',
    (n, width) => {
      const g = geometry(n, width);
      expect(g.layout).toBe('radar');
      expect(g.axes).toHaveLength(n);
      expectLegible(g);
    },
  );

  it.each([13, 16, 20, 24].flatMap((n) => [320, 480, 800].map((w) => [n, w])))(
    'shows at least four letters of every label it cuts, with %d objectives at %dpx',
    (n, width) => {
      const g = geometry(n, width);
      const shown = g.axes
        .filter((axis) => axis.label.truncated)
        .map((axis) => [...axis.label.lines.join(' ').replace(/…$/, '')].length);
      expect(Math.min(...shown)).toBeGreaterThanOrEqual(4);
    },
  );

  it('lifts the label at 12 o’clock above its centred neighbours when 24 axes crowd the top', () => {
    const g = geometry(24, 320);
    const [top, right, , ...rest] = g.axes.map((axis) => axis.label);
    const left = rest.at(-1);
    expect([top?.anchor, right?.anchor, left?.anchor]).toEqual(['middle', 'middle', 'middle']);
    // Wholly above both neighbours, and wider than the gap between their axes.
    expect((top?.box.y ?? 0) + (top?.box.height ?? 0)).toBeLessThanOrEqual(right?.box.y ?? 0);
    expect((top?.box.y ?? 0) + (top?.box.height ?? 0)).toBeLessThanOrEqual(left?.box.y ?? 0);
    expect(top?.box.width).toBeGreaterThan((right?.x ?? 0) - (left?.x ?? 0));
  });

  it('takes over the labels of a previous geometry only where they would come out the same', () => {
    const objective = fc.record({
      title: fc.constantFrom(...STRESS_TITLES),
      progress: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
      status: fc.constantFrom(...STATUSES),
    });
    const set = fc
      .array(objective, { minLength: 1, maxLength: 14 })
      .map((list) => list.map((o, i) => ({ ...o, id: `o${i}`, expected: 0.5 })));
    fc.assert(
      fc.property(
        set,
        set,
        fc.constantFrom(320, 480, 800),
        fc.constantFrom(320, 480, 800),
        (before, after, widthBefore, widthAfter) => {
          const previous = computeRadarGeometry(before, { width: widthBefore });
          // Same titles, new values: the common case the reuse is for.
          const moved = after.map((o, i) => ({ ...o, title: before[i]?.title ?? o.title }));
          for (const objectives of [after, moved]) {
            expect(computeRadarGeometry(objectives, { width: widthAfter, previous })).toEqual(
              computeRadarGeometry(objectives, { width: widthAfter }),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reuses the label layout for new values of the same objectives', () => {
    const objectives = analyzeOkrs(crowdedSet(8), { now: '2026-02-15' }).objectives;
    const previous = computeRadarGeometry(objectives, { width: 480 });
    const refreshed = objectives.map((o) => ({ ...o, progress: 1 - o.progress }));
    const next = computeRadarGeometry(refreshed, { width: 480, previous });
    expect(next.axes.map((a) => a.label)).toEqual(previous.axes.map((a) => a.label));
    expect(next.axes[0]?.label).toBe(previous.axes[0]?.label);
    expect(radarPaths(next).progress).not.toBe(radarPaths(previous).progress);
  });

  it.each([1, 2])('falls back to bars for %d objective(s)', (n) => {
    for (const width of [320, 480, 800]) {
      const g = geometry(n, width);
      expect(g.layout).toBe('bars');
      expect(radarPaths(g)).toEqual({ grid: '', progress: '', expected: '', comparison: null });
      expectLegible(g);
    }
  });

  it('keeps one aspect ratio at every width, so a re-layout after measuring moves nothing', () => {
    const ratios = [320, 480, 800].map((width) => {
      const g = geometry(8, width);
      return g.height / g.width;
    });
    expect(new Set(ratios.map((r) => r.toFixed(3))).size).toBe(1);
  });

  it('marks labels it had to cut, so the full title can be shown on hover and focus', () => {
    const g = geometry(8, 320);
    const long = g.axes[1];
    expect(long?.label.truncated).toBe(true);
    expect(long?.label.lines.at(-1)).toMatch(/…$/);
    expect(g.axes[4]?.label).toMatchObject({ lines: ['SEO'], truncated: false });
  });

  it('puts the first axis at 12 o’clock and goes clockwise', () => {
    const report = analyzeOkrs(COMPANY, { now: COMPANY_NOW });
    const g = computeRadarGeometry(report.objectives, { width: 400 });
    const [first, second] = g.axes;
    expect(first?.end.x).toBeCloseTo(g.cx, 1);
    expect(first?.end.y).toBeLessThan(g.cy);
    expect(second?.end.x).toBeGreaterThan(g.cx);
    // 'market' is done: its point sits on the 100 % ring; 'customers' at 20 %.
    expect(g.axes[1]?.point).toEqual(g.axes[1]?.end);
    // 0 % is the hole's edge, 100 % the outer ring: 20 % lies a fifth of the way between.
    const at = (value: number) => g.innerRadius + (g.radius - g.innerRadius) * value;
    expect(first?.point.y).toBeCloseTo(g.cy - at(0.2), 1);
    expect(g.rings.map((r) => r.value)).toEqual([0.25, 0.5, 0.75, 1]);
    // Expected 60 %: the pace ring's radius, and its corners on the axes.
    expect(g.expectedRadius).toBeCloseTo(at(0.6), 1);
    expect(radarPaths(g).expected).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}Z$/);
    expect(JSON.stringify(g)).not.toMatch(/NaN|Infinity/);
  });

  it('draws a comparison series only when every objective has a value', () => {
    const report = analyzeOkrs(COMPANY, { now: COMPANY_NOW });
    const all = Object.fromEntries(report.objectives.map((o) => [o.id, 0.5]));
    const both = computeRadarGeometry(report.objectives, { comparison: all });
    expect(both.hasComparison).toBe(true);
    expect(radarPaths(both).comparison).toMatch(/^M/);
    const one = computeRadarGeometry(report.objectives, { comparison: { market: 0.5 } });
    expect(one.hasComparison).toBe(false);
    expect(radarPaths(one).comparison).toBeNull();
  });

  it('draws circles for a circular grid', () => {
    const report = analyzeOkrs(COMPANY, { now: COMPANY_NOW });
    const g = computeRadarGeometry(report.objectives, { grid: 'circle' });
    expect(g.grid).toBe('circle');
    // At 480 px: radius 134.4, the hole 12 (a marker): 12 + 122.4 × share.
    expect([g.radius, g.innerRadius]).toEqual([134.4, 12]);
    expect(g.rings.map((ring) => ring.radius)).toEqual([42.6, 73.2, 103.8, 134.4]);
    // Each ring a circle of two arcs, then one spoke per axis.
    const { grid } = radarPaths(g);
    expect(grid.match(/a/g)).toHaveLength(8);
    expect(grid.match(/L/g)).toHaveLength(5);
    // A polygon grid: each ring's corners lie on the axes.
    const polygon = computeRadarGeometry(report.objectives);
    expect(polygon.rings.at(-1)?.points).toEqual(polygon.axes.map((axis) => axis.end));
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries and cuts the last line with an ellipsis', () => {
    expect(wrapText('Grow recurring revenue', 200, 10, 2)).toEqual({
      lines: ['Grow recurring revenue'],
      truncated: false,
    });
    const cut = wrapText('Streamline content creation and approval across teams', 80, 10, 2);
    expect(cut.lines).toHaveLength(2);
    expect(cut.truncated).toBe(true);
    expect(cut.lines[1]).toMatch(/…$/);
    expect(wrapText('Supercalifragilisticexpialidocious', 50, 10, 2).lines[0]).toMatch(/…$/);
    expect(wrapText('', 50, 10, 2)).toEqual({ lines: [], truncated: false });
  });

  it('fills the cut line with as much of the rest as fits, never a word of one or two letters', () => {
    // At 10px: "Grow" 25.4, a space 3, most small letters 5.5, the ellipsis 5.5.
    expect(wrapText('Grow recurring revenue', 65, 10, 1)).toEqual({
      lines: ['Grow recur…'],
      truncated: true,
    });
    expect(wrapText('Grow recurring revenue', 51, 10, 1).lines).toEqual(['Grow rec…']);
    expect(wrapText('Grow recurring revenue', 45, 10, 1).lines).toEqual(['Grow…']);
    expect(wrapText('Grow recurring revenue', 40, 10, 1).lines).toEqual(['Grow…']);
    // A line that is one long word keeps what fits of it.
    expect(wrapText('Internationalisation', 40, 10, 1).lines).toEqual(['Inter…']);
    expect(wrapText('Ship the new onboarding flow to every region', 117, 10, 2).lines).toEqual([
      'Ship the new',
      'onboarding flow to eve…',
    ]);
  });
});

/** The width rule as it reads in words: per character, 1 em wide, 0.72 wide, 0.3 narrow, else 0.55. */
function referenceWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    ems +=
      code >= 0x2e80 ? 1 : /[A-Z@%MWmw]/.test(char) ? 0.72 : /[\sil.,'’|!]/.test(char) ? 0.3 : 0.55;
  }
  return ems * fontSize;
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom('Grow', 'it’s', '%@!|', 'i', 'WWW', '工程', '😀', ' ', '\u00a0', '\ud800'),
      {
        maxLength: 20,
      },
    )
    .map((parts) => parts.join(' ')),
);

describe('textWidthOf', () => {
  it('adds up each character by the width rule, a surrogate pair counting once', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 16 }), (value, fontSize) => {
        expect(textWidthOf(value, fontSize)).toBeCloseTo(referenceWidth(value, fontSize), 9);
      }),
    );
    expect(textWidthOf('😀', 10)).toBe(10);
    expect(textWidthOf('\ud800x', 10)).toBe(15.5);
    expect(textWidthOf('Mil.', 10)).toBeCloseTo(16.2, 9);
  });
});

describe('wrapText, any text', () => {
  it('keeps within the lines and the width, and loses no word unless it says it cut', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: 8, max: 16 }),
        fc.integer({ min: 1, max: 3 }),
        (value, maxWidth, fontSize, maxLines) => {
          const { lines, truncated } = wrapText(value, maxWidth, fontSize, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) {
            // A line of one character and an ellipsis is as short as a cut can go.
            if ([...line].length > 2) {
              expect(textWidthOf(line, fontSize)).toBeLessThanOrEqual(maxWidth + 1e-9);
            }
          }
          const words = value.trim().split(/\s+/).filter(Boolean);
          if (!truncated) expect(lines.join(' ')).toBe(words.join(' '));
          else {
            expect(lines.at(-1)).toMatch(/…$/);
            // What the cut line shows is a piece of the text as written.
            expect(words.join(' ')).toContain(lines.at(-1)?.slice(0, -1).trimEnd());
          }
        },
      ),
    );
  });
});

const company = analyzeOkrs(COMPANY, { now: COMPANY_NOW }).objectives;
const titled = (titles: readonly string[], progress = (_: number) => 0) =>
  analyzeOkrs(
    {
      cycle: COMPANY.cycle,
      objectives: titles.map((title, i) => ({ id: `o${i}`, title, progress: progress(i) })),
    },
    { now: '2026-02-15' },
  ).objectives;
/** 24 objectives, the first two differing only in their last word. */
const SUFFIXED = Array.from({ length: 24 }, (_, i) =>
  i < 2
    ? `Ship the new onboarding flow (${i === 0 ? 'EU' : 'US'})`
    : `Objective ${i + 1}: improve area ${i + 1}`,
);

describe('computeRadarGeometry, labels that use the room', () => {
  it('keeps a long title whole on a 1000 px chart, on as many lines as it needs', () => {
    const g = computeRadarGeometry(company, { width: 1000 });
    expect(g.axes.map((axis) => axis.label.lines)).toEqual([
      ['Delight our customers'],
      ['Become the market’s', 'leading choice'],
      ['Launch an action center for', 'notifications'],
      ['Improve brand engagement'],
      ['Grow recurring revenue'],
    ]);
    expect(g.axes.some((axis) => axis.label.truncated)).toBe(false);
    expectLegible(g);
  });

  it('wraps "Launch an action center for notifications" to three lines at 480 px instead of cutting it', () => {
    const g = computeRadarGeometry(company, { width: 480 });
    expect(g.axes[2]?.label).toMatchObject({
      lines: ['Launch an action', 'center for', 'notifications'],
      truncated: false,
    });
  });

  it('keeps every company title whole on a 320 px phone, with up to four lines at the sides', () => {
    const g = computeRadarGeometry(company, { width: 320 });
    expect(g.axes[1]?.label.lines).toEqual(['Become the', 'market’s', 'leading', 'choice']);
    expect(g.axes.some((axis) => axis.label.truncated)).toBe(false);
    expectLegible(g);
  });

  it('keeps what tells "(EU)" from "(US)" when 24 labels at 320 px are cut', () => {
    const g = computeRadarGeometry(titled(SUFFIXED), { width: 320 });
    expect(g.fontSize).toBe(10);
    const [eu, us, third] = g.axes.map((axis) => axis.label);
    expect(eu).toMatchObject({ lines: ['Ship the…(EU)'], truncated: true });
    expect(us).toMatchObject({ lines: ['S…(US)'], truncated: true });
    expect(third?.lines).toEqual(['Objective 3: improv…']);
    expectLegible(g);
  });

  it('leaves a hole at the centre, so points at 0 % stay a marker apart', () => {
    const g = computeRadarGeometry(
      titled(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], () => 0),
      { width: 480 },
    );
    // 8 axes: a marker (12) over 2 sin(22.5°) = 15.68 from the centre.
    expect([g.markerSize, g.innerRadius]).toEqual([12, 15.68]);
    const [a, b] = g.axes.map((axis) => axis.point);
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeCloseTo(12, 1);
    expect(radarPaths(g).grid).toContain('M240,171.52L240,52.8');
    expect(g.cy).toBe(187.2);
  });

  it('caps the hole at a fifth of the radius where many axes would need more', () => {
    const g = computeRadarGeometry(titled(SUFFIXED), { width: 320 });
    expect([g.radius, g.innerRadius]).toEqual([89.6, 17.92]);
  });

  it('puts the ring labels between the first two spokes, where no point is drawn', () => {
    const g = computeRadarGeometry(company, { width: 480, grid: 'circle' });
    const angle = Math.PI / 5;
    g.rings.forEach((ring) => {
      expect(ring.label.x).toBeCloseTo(g.cx + ring.radius * Math.sin(angle), 1);
      expect(ring.label.y).toBeCloseTo(g.cy - ring.radius * Math.cos(angle), 1);
    });
    // A polygon grid: on the ring's edge, halfway between the corners.
    const polygon = computeRadarGeometry(company, { width: 480 });
    const [corner0, corner1] = polygon.rings[1]?.points ?? [];
    expect(polygon.rings[1]?.label.x).toBeCloseTo(((corner0?.x ?? 0) + (corner1?.x ?? 0)) / 2, 1);
    expect(polygon.rings[1]?.label.y).toBeCloseTo(((corner0?.y ?? 0) + (corner1?.y ?? 0)) / 2, 1);
  });
});

describe('computeRadarGeometry, sizes that hold', () => {
  it.each([
    [320, 10, 10],
    [480, 13.33, 12],
    [640, 16, 16],
    [1052, 16, 16],
  ])(
    'scales text and markers with a %d px chart, within bounds: %d and %d',
    (width, font, marker) => {
      const g = computeRadarGeometry(company, { width });
      expect([g.fontSize, g.markerSize]).toEqual([font, marker]);
    },
  );

  it('sizes a chart bounded in height to that height, centred in the full width', () => {
    const g = computeRadarGeometry(company, { width: 1052, height: 360 });
    expect([g.width, g.height, g.cx, g.cy]).toEqual([1052, 360, 526, 180]);
    // The chart is as big as a 461.5 px one (360 / 0.78): its text and markers with it.
    expect([g.fontSize, g.markerSize, g.radius]).toEqual([12.82, 11.54, 135.14]);
    // Its labels have the width: none is wrapped.
    expect(g.axes.every((axis) => axis.label.lines.length === 1)).toBe(true);
    expect(g.viewBox.y + g.viewBox.height).toBeLessThanOrEqual(360);
    expectLegible(g);
  });

  it('trims the view to what is drawn: three objectives leave no band under the chart', () => {
    const g = computeRadarGeometry(
      titled(['Delight our customers', 'Grow recurring revenue', 'Launch an action center']),
      { width: 480 },
    );
    expect(g.height).toBe(374.4);
    // From the top label's top (25.48) to the lower labels' bottom (245.15 + 33.32), 4 apart:
    // the 93 px below them, where a fifth and a sixth axis would be, are not part of the view.
    expect(g.axes[0]?.label.box.y).toBe(25.48);
    expect(g.axes[1]?.label.box).toMatchObject({ y: 245.15, height: 33.32 });
    expect(g.viewBox).toEqual({ x: 0, y: 21.48, width: 480, height: 260.99 });
  });

  it('keeps every label, point and ring inside the trimmed view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 24 }),
        fc.constantFrom(320, 480, 800, 1200),
        fc.constantFrom<'polygon' | 'circle'>('polygon', 'circle'),
        (n, width, grid) => {
          const g = computeRadarGeometry(
            analyzeOkrs(crowdedSet(n), { now: '2026-02-15' }).objectives,
            {
              width,
              grid,
            },
          );
          const { y, height } = g.viewBox;
          for (const axis of g.axes) {
            expect(axis.label.box.y).toBeGreaterThanOrEqual(y - 0.01);
            expect(axis.label.box.y + axis.label.box.height).toBeLessThanOrEqual(y + height + 0.01);
            expect(axis.end.y).toBeGreaterThanOrEqual(y);
            expect(axis.end.y).toBeLessThanOrEqual(y + height);
          }
          if (grid === 'circle') {
            expect(g.cy - g.radius).toBeGreaterThanOrEqual(y - 0.01);
            expect(g.cy + g.radius).toBeLessThanOrEqual(y + height + 0.01);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('distinguishingTails', () => {
  it('names the last words of titles that differ only there, and nothing for the others', () => {
    expect(
      distinguishingTails([
        'Ship it (EU)',
        'Ship it (US)',
        'Grow',
        'Grow revenue',
        'Hire a (UK) lead',
        'Hire a (DE) lead',
        'Same',
        'Same',
      ]),
    ).toEqual(['(EU)', '(US)', '', '', '(UK) lead', '(DE) lead', '', '']);
    expect(distinguishingTails([])).toEqual([]);
    expect(distinguishingTails(['', ' '])).toEqual(['', '']);
  });
});

describe('wrapLines keeping an end', () => {
  it('keeps the end after the ellipsis of a cut line, and only when it cuts', () => {
    expect(wrapLines('Ship the new onboarding flow (EU)', 60, 10, 1, '(EU)')).toMatchObject({
      lines: ['Ship…(EU)'],
      truncated: true,
    });
    expect(wrapLines('Ship the new onboarding flow (EU)', 80, 10, 2, '(EU)').lines).toEqual([
      'Ship the new',
      'onboardin…(EU)',
    ]);
    expect(wrapLines('Ship it (EU)', 200, 10, 1, '(EU)').lines).toEqual(['Ship it (EU)']);
    // An end the text does not have is ignored.
    expect(wrapLines('Grow recurring revenue', 65, 10, 1, '(EU)').lines).toEqual(['Grow recur…']);
  });
});

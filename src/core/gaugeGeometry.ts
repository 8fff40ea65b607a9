import { expectedPace } from './balanceReading';
import { bold, boxOutside, overlap, placeMarkerLabels } from './gaugeLabels';
import { type Point, pointAt, round, roundPoint } from './geometry';
import { clamp } from './math';
import { textWidthOf } from './textMeasure';
import type { BalanceStats, ObjectiveAnalysis, Status } from './types';

/** The texts the gauge draws on its dial, so that the layout can make room for them. */
export interface GaugeTexts {
  /** The median marker's label, longest first (e.g. `['Median 35%', 'Median']`): the first that fits. */
  median?: readonly string[];
  /** The expected marker's label, longest first. */
  expected?: readonly string[];
  /** The big value in the middle (e.g. `'35%'`). */
  value?: string;
  /** What that value is (e.g. `'Median progress'`). */
  caption?: string;
}

/** Options of `computeGaugeGeometry`. */
export interface GaugeGeometryOptions {
  /** Width of the drawing, in pixels (40–4096); the height follows from it. @default 240 */
  width?: number;
  /** The drawing's height at most, in pixels: the drawing then narrows until it fits (down to 40 wide). */
  maxHeight?: number;
  /** Thickness of the arc as a share of its radius. @default 0.16 */
  thickness?: number;
  /** Where 0 % and 100 % sit. @default [-0.75π, 0.75π]: a 270° dial, open at the bottom */
  angles?: readonly [number, number];
  /** The texts on the dial. */
  texts?: GaugeTexts;
}

/** One objective's tick on the dial. */
export interface GaugeTick {
  id: string;
  title: string;
  status: Status;
  attainment: number;
  angle: number;
  /** The tick's marker centre, on the band, stacked inwards when ticks would touch. */
  at: Point;
  /** 0 for the first ring of ticks, 1 for the next… */
  lane: number;
}

/** A marker across the arc. */
export interface GaugeMarker {
  value: number;
  angle: number;
  from: Point;
  to: Point;
}

/** A box of text: its centre (text is drawn centred on it), size and font size. */
export interface GaugeTextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/** A marker's label outside the arc, beside its marker (moved along the arc from the other one's). */
export type GaugeMarkerLabel = GaugeTextBox;

/** Everything the gauge draws, in SVG units (pixels at `width`): the view only renders it. */
export interface GaugeGeometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  innerRadius: number;
  outerRadius: number;
  startAngle: number;
  endAngle: number;
  /** The rounding of the ring's corners (the track's and the band's), for d3's `arc`. */
  cornerRadius: number;
  /**
   * The min–max spread band as arc angles, `null` without objectives; a band of no width is
   * widened to a sliver, so it still shows.
   */
  band: { startAngle: number; endAngle: number } | null;
  ticks: GaugeTick[];
  /** The ticks' marker size, and the selected one's. */
  tickSize: number;
  selectedTickSize: number;
  median: GaugeMarker | null;
  expected: GaugeMarker | null;
  /** The markers' stroke widths. */
  strokes: { median: number; expected: number };
  /** The markers' labels, never overlapping each other nor a scale label. */
  labels: { median: GaugeMarkerLabel | null; expected: GaugeMarkerLabel | null };
  /** The value and caption in the middle of the dial; `null` without the texts. */
  centre: { value: GaugeTextBox | null; caption: GaugeTextBox | null };
  /** Labels at 0, 25, 50, 75 and 100 %, less those a marker's label would cover. */
  scale: { value: number; at: Point; fontSize: number }[];
}

/** The default dial: 270°, open at the bottom. */
export const DEFAULT_GAUGE_ANGLES: readonly [number, number] = [-0.75 * Math.PI, 0.75 * Math.PI];

type Report = {
  objectives: readonly Pick<
    ObjectiveAnalysis,
    'id' | 'title' | 'status' | 'attainment' | 'expected'
  >[];
  balance: Pick<BalanceStats, 'min' | 'max' | 'median'>;
};

/**
 * Lays out the progress-spread gauge of a report: attainment 0–100 % along the dial, the band
 * from the lowest to the highest attainment, one tick per objective (stacked inwards where
 * they would overlap), the median and the expected-pace markers with their labels, and the
 * median's value in the middle. Text and strokes grow with the width within bounds (labels
 * 10–16 px, the value 18–64 px), so a wide gauge is a larger dial, not larger print.
 */
export function computeGaugeGeometry(
  report: Report,
  options: GaugeGeometryOptions = {},
): GaugeGeometry {
  const { width = 240, maxHeight } = options;
  // A width of NaN, Infinity or 1e308 would write NaN into every coordinate.
  let size = Number.isFinite(width) ? clamp(width, 40, 4096) : 240;
  let frame = frameOf(report, size, options);
  if (maxHeight !== undefined && maxHeight > 0 && frame.height > maxHeight) {
    // The height grows with the width: the widest drawing that fits, to a pixel.
    let low = 40;
    let high = size;
    while (high - low > 0.5) {
      const middle = (low + high) / 2;
      if (frameOf(report, middle, options).height <= maxHeight) low = middle;
      else high = middle;
    }
    size = Math.floor(low);
    frame = frameOf(report, size, options);
  }
  const { cx, cy, innerRadius, outerRadius, angleOf, tickSize } = frame;
  // Ticks closer than this (radians) share a lane no more.
  const gap = (tickSize * 1.1) / outerRadius;
  const lanes: number[] = [];
  const ticks = report.objectives
    .map((o) => ({ id: o.id, title: o.title, status: o.status, attainment: o.attainment }))
    .sort((a, b) => a.attainment - b.attainment)
    .map((tick) => {
      const angle = angleOf(tick.attainment);
      let lane = lanes.findIndex((last) => angle - last >= gap);
      if (lane < 0) lane = lanes.length < 3 ? lanes.length : lanes.indexOf(Math.min(...lanes));
      lanes[lane] = angle;
      // Ticks sit on the band; crowded ones step inwards.
      const radius = (innerRadius + outerRadius) / 2 - lane * tickSize;
      return { ...tick, angle, lane, at: roundPoint(pointAt(cx, cy, radius, angle)) };
    });
  const { min, max } = report.balance;
  return {
    width: size,
    height: frame.height,
    cx,
    cy: round(cy),
    innerRadius: round(innerRadius),
    outerRadius: round(outerRadius),
    startAngle: frame.startAngle,
    endAngle: frame.endAngle,
    cornerRadius: round((outerRadius - innerRadius) * 0.15),
    band:
      min === null || max === null
        ? null
        : { startAngle: angleOf(min), endAngle: Math.max(angleOf(max), angleOf(min) + 0.02) },
    ticks,
    tickSize: round(tickSize),
    selectedTickSize: round(tickSize * 1.35),
    median: frame.median,
    expected: frame.expected,
    strokes: frame.strokes,
    labels: frame.labels,
    centre: frame.centre,
    scale: frame.scale,
  };
}

/** Everything but the ticks: what the height depends on. */
function frameOf(
  report: Report,
  size: number,
  { thickness = 0.16, angles = DEFAULT_GAUGE_ANGLES, texts = {} }: GaugeGeometryOptions,
) {
  const [startAngle, endAngle] = angles;
  const font = clamp(size * 0.042, 10, 16);
  const line = font * 1.25;
  const gap = font * 0.4;
  const overhang = Math.max(3, font * 0.3);
  const angleOf = (value: number) => startAngle + clamp(value, 0, 1) * (endAngle - startAngle);
  // The largest ring whose labels stay inside the width: a label of width w outside the ring at
  // angle θ reaches |sin θ|·(R + overhang + gap + w/2) + w/2 from the centre. Each marker's label
  // is counted with its shortest text, turned 0.3 rad towards the side (where the labels of a
  // close median and expected step apart); the scale's labels at their own angles.
  const shortest = (list: readonly string[] | undefined) => list?.[list.length - 1] ?? '';
  const medianValue = report.balance.median;
  const expectedValue = expectedPace(report.objectives);
  const widest = textWidthOf('100%', font);
  const reaches: [number, number][] = [0, 0.25, 0.5, 0.75, 1].map((v) => [angleOf(v), widest]);
  for (const [value, list] of [
    [medianValue, texts.median],
    [expectedValue, texts.expected],
  ] as const) {
    if (value === null || value === undefined || !Number.isFinite(value) || !list) continue;
    const angle = angleOf(value);
    const turned = Math.sign(angle || 1) * Math.min(Math.abs(angle) + 0.3, Math.PI / 2);
    reaches.push([turned, bold(shortest(list), font)]);
  }
  let outerRadius = size / 2 - overhang;
  for (const [angle, width] of reaches) {
    const sin = Math.abs(Math.sin(angle));
    if (sin < 0.05) continue;
    outerRadius = Math.min(outerRadius, (size / 2 - width / 2) / sin - width / 2 - overhang - gap);
  }
  outerRadius = Math.max(outerRadius, size * 0.2);
  // The ring's share of the radius, but never thicker than 40 px: a wide dial, not a heavy one.
  const innerRadius = outerRadius - Math.min(outerRadius * clamp(thickness, 0.05, 0.9), 40);
  const cx = size / 2;
  const cy = line + overhang + 2 * gap + outerRadius;
  const marker = (value: number | null | undefined): GaugeMarker | null => {
    if (value === null || value === undefined || !Number.isFinite(value)) return null;
    const angle = angleOf(value);
    return {
      value,
      angle,
      from: roundPoint(pointAt(cx, cy, innerRadius - overhang, angle)),
      to: roundPoint(pointAt(cx, cy, outerRadius + overhang, angle)),
    };
  };
  const median = marker(medianValue);
  const expected = marker(expectedValue);
  const labelRadius = outerRadius + overhang + gap;
  const tickSize = clamp((outerRadius - innerRadius) * 0.85, 9, 20);

  // The scale: boxes centred outside the arc.
  const scaleBoxes = [0, 0.25, 0.5, 0.75, 1].map((value) => {
    const angle = angleOf(value);
    return {
      value,
      ...boxOutside(
        pointAt(cx, cy, outerRadius + gap, angle),
        angle,
        textWidthOf('100%', font),
        line,
      ),
    };
  });

  // The markers' labels: the longest texts that fit in the width, nudged apart along the arc.
  const placed = placeMarkerLabels({ cx, cy, radius: labelRadius, size, font, line, gap }, [
    [median, texts.median],
    [expected, texts.expected],
  ]);
  const labelOf = (item: GaugeMarker | null): GaugeMarkerLabel | null => {
    const found = placed.find((b) => b.marker === item);
    if (!found) return null;
    // A label still too wide for the drawing is pulled inside it.
    const x = clamp(found.x, found.width / 2, size - found.width / 2);
    return {
      text: found.text,
      x: round(x),
      y: round(found.y),
      width: round(found.width),
      height: round(found.height),
      fontSize: round(font),
    };
  };
  const labels = { median: labelOf(median), expected: labelOf(expected) };
  const scale = scaleBoxes
    .filter((s) => !placed.some((b) => overlap(s, b, gap / 4)))
    .map((s) => ({ value: s.value, at: roundPoint(s), fontSize: round(font) }));

  // The middle: the value, and its caption under it, shrunk to the room inside the ring.
  const valueFont = clamp(innerRadius * 0.42, 18, 64);
  const captionFont0 = clamp(innerRadius * 0.14, 10, 18);
  const captionWidth = texts.caption ? textWidthOf(texts.caption, 1) : 0;
  const captionFont =
    captionWidth > 0 ? Math.min(captionFont0, (innerRadius * 1.6) / captionWidth) : captionFont0;
  const valueY = cy - valueFont * 0.1;
  const captionY = valueY + valueFont * 0.55 + captionFont * 0.8;
  const textBox = (text: string | undefined, y: number, fontSize: number): GaugeTextBox | null =>
    text
      ? {
          text,
          x: round(cx),
          y: round(y),
          width: round(textWidthOf(text, fontSize)),
          height: round(fontSize * 1.2),
          fontSize: round(fontSize),
        }
      : null;
  const centre = {
    value: textBox(texts.value, valueY, valueFont),
    caption: textBox(texts.caption, captionY, captionFont),
  };

  const bottoms = [
    cy + Math.max(-Math.cos(startAngle), -Math.cos(endAngle), 0) * outerRadius + overhang,
    captionY + captionFont * 0.7,
    ...scaleBoxes.map((b) => b.y + b.height / 2),
    ...placed.map((b) => b.y + b.height / 2),
  ];
  return {
    startAngle,
    endAngle,
    cx,
    cy,
    innerRadius,
    outerRadius,
    angleOf,
    tickSize,
    median,
    expected,
    strokes: {
      median: round(clamp(font * 0.25, 2, 4)),
      expected: round(clamp(font * 0.18, 1.5, 3)),
    },
    labels,
    centre,
    scale,
    height: round(Math.max(...bottoms) + gap),
  };
}

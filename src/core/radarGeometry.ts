import { circlePath, type Point, pointAt, polygonPath, round, roundPoint } from './geometry';
import { clamp } from './progress';
import type { ObjectiveAnalysis, Status } from './types';

/** Options of `computeRadarGeometry`. */
export interface RadarGeometryOptions {
  /** Drawing width in SVG units. @default 480 */
  width?: number;
  /** Drawing height. @default width × RADAR_ASPECT */
  height?: number;
  /** Grid rings as polygons through the axes or as circles. @default 'polygon' */
  grid?: 'polygon' | 'circle';
  /** Where the grid rings sit. @default [0.25, 0.5, 0.75, 1] */
  levels?: readonly number[];
  /** Label font size. @default scaled to the width, 10 to 13 */
  fontSize?: number;
  /** A second series to compare with (an earlier check-in, another team): progress by objective id. */
  comparison?: Readonly<Record<string, number>>;
  /**
   * A geometry worked out before. Where the titles and the drawing's size are the same, its
   * labels are taken over instead of placed again: new values move the points, not the labels.
   */
  previous?: RadarGeometry;
}

/** An axis label, already wrapped or truncated to fit. */
export interface RadarLabel {
  lines: string[];
  /** Whether text was cut; the full title is then shown on hover and focus. */
  truncated: boolean;
  /** Position of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the lines take up. */
  box: { x: number; y: number; width: number; height: number };
}

/** One objective on the radar (or one row in the bar fallback). */
export interface RadarAxis {
  id: string;
  title: string;
  status: Status;
  /** Progress as drawn: clamped to 0..1 (the report keeps the real value). */
  value: number;
  angle: number;
  /** End of the axis line at 100 %. */
  end: Point;
  /** The progress point. */
  point: Point;
  /** The expected-progress point. */
  expectedPoint: Point;
  comparisonPoint: Point | null;
  label: RadarLabel;
}

/** Everything the radar draws, in SVG units: the view only renders it. */
export interface RadarGeometry {
  /** `radar` from three objectives on; `bars` for one or two, where a polygon says nothing. */
  layout: 'radar' | 'bars';
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  fontSize: number;
  lineHeight: number;
  axes: RadarAxis[];
  rings: { value: number; path: string; label: Point }[];
  /** The rings and the axis lines as one path: the grid is drawn in a single stroke. */
  gridPath: string;
  progressPath: string;
  expectedPath: string;
  comparisonPath: string | null;
  /** Bars layout: where the bar track starts and ends. */
  track: { x0: number; x1: number; rowHeight: number } | null;
}

/** Height over width of a radar drawing when no height is given. */
export const RADAR_ASPECT = 0.78;

/** The default grid levels. */
export const DEFAULT_RADAR_LEVELS: readonly number[] = [0.25, 0.5, 0.75, 1];

/** What the radar reads of each objective. */
export type RadarObjective = Pick<
  ObjectiveAnalysis,
  'id' | 'title' | 'status' | 'progress' | 'expected'
>;

/**
 * Lays out the radar of a report's objectives: one axis each, clockwise from 12 o'clock; the
 * progress polygon, the expected-pace ring, grid rings, and labels wrapped and truncated so
 * that none overlaps another or leaves the drawing. One or two objectives get a bar layout.
 */
export function computeRadarGeometry(
  objectives: readonly RadarObjective[],
  options: RadarGeometryOptions = {},
): RadarGeometry {
  const width = Math.max(options.width ?? 480, 120);
  const fontSize = options.fontSize ?? round(clamp(width / 36, 10, 13));
  const lineHeight = round(fontSize * 1.25);
  if (objectives.length < 3) return barLayout(objectives, width, fontSize, lineHeight, options);

  const levels = options.levels ?? DEFAULT_RADAR_LEVELS;
  const n = objectives.length;
  // Room for labels: wide drawings give the sides more, small ones keep the chart readable.
  const sideRoom = clamp(width * 0.22, 48, 150);
  const topRoom = 2 * lineHeight + fontSize;
  // One aspect ratio at every width: a radar laid out again for its measured width keeps the
  // box it had, so nothing below it moves.
  const height = round(Math.max(options.height ?? width * RADAR_ASPECT, 120));
  const radius = Math.max(Math.min(width / 2 - sideRoom, height / 2 - topRoom), 20);
  const cx = width / 2;
  const cy = height / 2;
  const step = (2 * Math.PI) / n;
  const angleOf = (index: number) => index * step;
  // Each axis's direction, worked out once: every ring, point and label lies along one.
  const sines = objectives.map((_, index) => Math.sin(angleOf(index)));
  const cosines = objectives.map((_, index) => Math.cos(angleOf(index)));
  const at = (index: number, value: number): Point => {
    const r = radius * clamp(value, 0, 1);
    return {
      x: round(cx + r * (sines[index] as number)),
      y: round(cy - r * (cosines[index] as number)),
    };
  };
  const labelSpace: LabelSpace = {
    cx,
    cy,
    radius: radius + fontSize * 0.8,
    width,
    height,
    fontSize,
    lineHeight,
    neighbourGap: 2 * (radius + fontSize) * Math.sin(step / 2),
    maxLines: n > 12 ? 1 : 2,
    step,
  };

  const before = options.previous;
  const reused =
    before?.layout === 'radar' &&
    before.width === width &&
    before.height === height &&
    before.fontSize === fontSize &&
    before.axes.length === n &&
    before.axes.every((axis, index) => axis.title === objectives[index]?.title)
      ? before.axes
      : null;
  const axes = objectives.map((objective, index): RadarAxis => {
    const value = clamp(objective.progress, 0, 1);
    const compared = options.comparison?.[objective.id];
    return {
      id: objective.id,
      title: objective.title,
      status: objective.status,
      value,
      angle: angleOf(index),
      end: at(index, 1),
      point: at(index, value),
      expectedPoint: at(index, objective.expected),
      comparisonPoint:
        compared === undefined || !Number.isFinite(compared) ? null : at(index, compared),
      label: reused?.[index]?.label ?? placeLabel(objective.title, angleOf(index), labelSpace),
    };
  });
  if (!reused) separateLabels(axes, { width, height, fontSize, lineHeight, cx, cy, radius });

  const ring = (value: number) =>
    options.grid === 'circle'
      ? circlePath(cx, cy, radius * value)
      : polygonPath(objectives.map((_, index) => at(index, value)));
  const expected = objectives[0]?.expected ?? 0;
  const rings = levels.map((value) => ({
    value,
    path: ring(value),
    label: roundPoint(pointAt(cx, cy, radius * value, 0)),
  }));
  const centre = `M${round(cx)},${round(cy)}`;
  return {
    layout: 'radar',
    width,
    height,
    cx,
    cy,
    radius: round(radius),
    fontSize,
    lineHeight,
    axes,
    rings,
    gridPath:
      rings.map((r) => r.path).join('') +
      axes.map((axis) => `${centre}L${axis.end.x},${axis.end.y}`).join(''),
    progressPath: polygonPath(axes.map((axis) => axis.point)),
    // Every objective shares one expected progress, so the pace is a ring, drawn like the grid.
    expectedPath: ring(clamp(expected, 0, 1)),
    comparisonPath: axes.every((axis) => axis.comparisonPoint)
      ? polygonPath(axes.map((axis) => axis.comparisonPoint as Point))
      : null,
    track: null,
  };
}

interface LabelSpace {
  cx: number;
  cy: number;
  radius: number;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  neighbourGap: number;
  maxLines: number;
  /** The angle between two axes. */
  step: number;
}

const MARGIN = 4;
/** A label further than this (as the sine of its angle) from the vertical starts at its axis. */
const SIDE = 0.26;
const anchorOf = (sin: number): RadarLabel['anchor'] =>
  sin > SIDE ? 'start' : sin < -SIDE ? 'end' : 'middle';
const isPole = (angle: number) => Math.abs(Math.sin(angle)) < 1e-9;

/**
 * Where many axes leave one line a label, a label centred above or below the chart may be as
 * wide as its neighbours allow: one that starts at its own axis grows away from it, a centred
 * one shares the gap. Where the labels beside the pole are centred too (24 axes), the pole's
 * label rises a line above them and reaches out to the next ones instead.
 */
function centredLabelRoom(angle: number, space: LabelSpace): { room: number; lift: number } {
  const { radius, step } = space;
  const lift = isPole(angle) && anchorOf(Math.sin(angle + step)) === 'middle' ? 1 : 0;
  let half = Number.POSITIVE_INFINITY;
  for (const direction of [-1, 1]) {
    let other = angle + direction * step;
    // A risen pole label is out of the way: the next label beyond it is the one that counts.
    if (lift > 0 || isPole(other)) other += direction * step;
    const distance = Math.abs(radius * (Math.sin(other) - Math.sin(angle)));
    half = Math.min(half, anchorOf(Math.sin(other)) === 'middle' ? distance / 2 : distance);
  }
  return { room: 2 * half * 0.9, lift: lift * space.lineHeight };
}

function placeLabel(title: string, angle: number, space: LabelSpace, shrink = 1): RadarLabel {
  const { cx, cy, radius, width, height, fontSize, lineHeight } = space;
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const anchor = anchorOf(sin);
  const centred =
    anchor !== 'middle'
      ? null
      : space.maxLines === 1
        ? centredLabelRoom(angle, space)
        : { room: space.neighbourGap * 0.9, lift: 0 };
  const anchorPoint = pointAt(cx, cy, radius + (centred?.lift ?? 0), angle);
  const room =
    anchor === 'start'
      ? width - anchorPoint.x - MARGIN
      : anchor === 'end'
        ? anchorPoint.x - MARGIN
        : Math.min(centred?.room ?? 0, width - 2 * MARGIN);
  const {
    lines,
    truncated,
    width: textWidth,
  } = wrapLines(title, room * shrink, fontSize, space.maxLines);
  const blockHeight = lines.length * lineHeight;
  // Above the centre a block grows upwards, below it downwards, at the sides around the axis.
  const top =
    anchor === 'middle'
      ? cos > 0
        ? anchorPoint.y - blockHeight
        : anchorPoint.y
      : anchorPoint.y - blockHeight / 2 - (cos * lineHeight) / 4;
  const clampedTop = clamp(top, MARGIN, Math.max(height - blockHeight - MARGIN, MARGIN));
  const left =
    anchor === 'start'
      ? anchorPoint.x
      : anchor === 'end'
        ? anchorPoint.x - textWidth
        : anchorPoint.x - textWidth / 2;
  return {
    lines,
    truncated,
    x: round(anchorPoint.x),
    y: round(clampedTop + (lineHeight + fontSize) / 2 - fontSize * 0.1),
    anchor,
    box: {
      x: round(left),
      y: round(clampedTop),
      width: round(textWidth),
      height: round(blockHeight),
    },
  };
}

// Neighbouring labels that still collide are cut shorter until they fit side by side.
function separateLabels(
  axes: RadarAxis[],
  space: Omit<LabelSpace, 'neighbourGap' | 'maxLines' | 'step'>,
): void {
  const n = axes.length;
  const step = (2 * Math.PI) / n;
  const base = {
    ...space,
    radius: space.radius + space.fontSize * 0.8,
    neighbourGap: 2 * (space.radius + space.fontSize) * Math.sin(step / 2),
    step,
  };
  const shrink = axes.map(() => 1);
  const lines = axes.map((axis) => axis.label.lines.length);
  for (let pass = 0; pass < 12; pass++) {
    let moved = false;
    for (let index = 0; index < n; index++) {
      const next = (index + 1) % n;
      const a = axes[index] as RadarAxis;
      const b = axes[next] as RadarAxis;
      if (!overlaps(a.label.box, b.label.box)) continue;
      // Cut the longer label: first to one line, then narrower.
      const target = a.label.box.width >= b.label.box.width ? index : next;
      if ((lines[target] as number) > 1) lines[target] = 1;
      else shrink[target] = (shrink[target] as number) * 0.75;
      const axis = axes[target] as RadarAxis;
      axis.label = placeLabel(
        axis.title,
        axis.angle,
        { ...base, maxLines: lines[target] as number },
        shrink[target],
      );
      moved = true;
    }
    if (!moved) return;
  }
}

function overlaps(a: RadarLabel['box'], b: RadarLabel['box']): boolean {
  if (a.width === 0 || b.width === 0) return false;
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function barLayout(
  objectives: readonly RadarObjective[],
  width: number,
  fontSize: number,
  lineHeight: number,
  options: RadarGeometryOptions,
): RadarGeometry {
  const labelWidth = width * 0.38;
  // The track starts a marker's width after the labels, so a point at 0 % never touches text.
  const x0 = round(labelWidth + 2 * MARGIN + fontSize);
  const x1 = round(width - 2 * fontSize);
  const rowHeight = round(2 * lineHeight + fontSize);
  const height = Math.max(options.height ?? 0, objectives.length * rowHeight + 2 * fontSize);
  const axes = objectives.map((objective, index): RadarAxis => {
    const y = fontSize + index * rowHeight + rowHeight / 2;
    const x = (value: number) => round(x0 + (x1 - x0) * clamp(value, 0, 1));
    const {
      lines,
      truncated,
      width: textWidth,
    } = wrapLines(objective.title, labelWidth, fontSize, 2);
    const blockHeight = lines.length * lineHeight;
    const compared = options.comparison?.[objective.id];
    return {
      id: objective.id,
      title: objective.title,
      status: objective.status,
      value: clamp(objective.progress, 0, 1),
      angle: Math.PI / 2,
      end: { x: x1, y: round(y) },
      point: { x: x(objective.progress), y: round(y) },
      expectedPoint: { x: x(objective.expected), y: round(y) },
      comparisonPoint:
        compared === undefined || !Number.isFinite(compared)
          ? null
          : { x: x(compared), y: round(y) },
      label: {
        lines,
        truncated,
        x: round(labelWidth + MARGIN),
        y: round(y - blockHeight / 2 + lineHeight / 2 + fontSize * 0.35),
        anchor: 'end',
        box: {
          x: round(labelWidth + MARGIN - textWidth),
          y: round(y - blockHeight / 2),
          width: round(textWidth),
          height: round(blockHeight),
        },
      },
    };
  });
  return {
    layout: 'bars',
    width,
    height: round(height),
    cx: width / 2,
    cy: round(height / 2),
    radius: 0,
    fontSize,
    lineHeight,
    axes,
    rings: [],
    gridPath: '',
    progressPath: '',
    expectedPath: '',
    comparisonPath: null,
    track: { x0, x1, rowHeight },
  };
}

/**
 * An estimate of the width of text in a sans-serif font, without measuring (servers have no
 * fonts): an average letter is about 0.55 em; wide scripts (CJK) take a full em.
 */
export function textWidthOf(text: string, fontSize: number): number {
  return (hundredthsOf(text) * fontSize) / 100;
}

// Widths are added up in hundredths of an em, as integers: a line's width is then exactly the
// sum of its words' widths, so wrapping can add them up instead of measuring again.
function hundredthsOf(text: string): number {
  let sum = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A surrogate pair is one character (and a wide one).
    if (code >= 0xd800 && code < 0xdc00) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next < 0xe000) index++;
    }
    sum += charHundredths(code);
  }
  return sum;
}

function charHundredths(code: number): number {
  if (code >= 0x2e80) return 100;
  // Capitals and the wide lower-case letters and signs.
  if ((code >= 65 && code <= 90) || code === 64 || code === 37 || code === 109 || code === 119) {
    return 72;
  }
  // Spaces, and the narrow letters and punctuation: i l . , ' ’ | !
  if (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 105 ||
    code === 108 ||
    code === 46 ||
    code === 44 ||
    code === 39 ||
    code === 0x2019 ||
    code === 124 ||
    code === 33
  ) {
    return 30;
  }
  return 55;
}

/** Wraps text into at most `maxLines` lines of `maxWidth`, cutting the last with an ellipsis. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const { lines, truncated } = wrapLines(text, maxWidth, fontSize, maxLines);
  return { lines, truncated };
}

/** `wrapText`, and the width of its widest line. */
function wrapLines(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): { lines: string[]; truncated: boolean; width: number } {
  // The room in hundredths of an em, the unit widths are summed in.
  const room = (maxWidth * 100) / fontSize;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const space = charHundredths(32);
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  let tooWide = false;
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index] as string;
    const wordWidth = hundredthsOf(word);
    const candidateWidth = current ? currentWidth + space + wordWidth : wordWidth;
    if (candidateWidth <= room) {
      current = current ? `${current} ${word}` : word;
      currentWidth = candidateWidth;
      continue;
    }
    if (current) {
      lines.push(current);
      tooWide ||= currentWidth > room;
    }
    current = word;
    currentWidth = wordWidth;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    tooWide ||= currentWidth > room;
    current = '';
    index = words.length;
  }
  const rest = index < words.length || current !== '';
  const last = lines.length - 1;
  if (!rest && !tooWide) return { lines, truncated: false, width: widest(lines, fontSize) };
  // The last line takes as much of the rest as fits, as a browser's text-overflow would:
  // "Grow recur…" tells more than "Grow…".
  const tail = index < words.length ? ` ${words.slice(index).join(' ')}` : '';
  if (last >= 0) lines[last] = ellipsis(`${lines[last] as string}${tail}`, room);
  for (let i = 0; i < last; i++) lines[i] = ellipsis(lines[i] as string, room, false);
  return { lines, truncated: true, width: widest(lines, fontSize) };
}

function widest(lines: readonly string[], fontSize: number): number {
  let hundredths = 0;
  for (const line of lines) hundredths = Math.max(hundredths, hundredthsOf(line));
  return (hundredths * fontSize) / 100;
}

/**
 * Cuts a line to fit `room` (hundredths of an em) with an ellipsis; `always` adds one anyway.
 * A word cut to fewer than three letters goes whole ("Grow r…" reads as a typo), unless it is
 * the line's first word, which would leave nothing.
 */
function ellipsis(line: string, room: number, always = true): string {
  let width = hundredthsOf(line);
  if (!always && width <= room) return line;
  const chars = [...line];
  const mark = charHundredths(0x2026);
  let end = chars.length;
  while (end > 1 && width + mark > room) {
    end -= 1;
    width -= hundredthsOf(chars[end] as string);
  }
  // Back to the word's start where the cut leaves fewer than three of its letters.
  let start = end;
  while (start > 0 && chars[start - 1] !== ' ') start -= 1;
  const cutInWord = end < chars.length && chars[end] !== ' ';
  if (cutInWord && start > 0 && end - start < 3) end = start;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

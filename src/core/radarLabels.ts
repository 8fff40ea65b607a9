// The radar's axis labels: where each sits, how much room it has, and how neighbours that
// still collide are cut shorter.
import { pointAt, round } from './geometry';
import { clamp } from './math';
import type { RadarAxis, RadarLabel } from './radarGeometry';
import { wrapLines } from './textMeasure';

/** The room the labels share: the chart's centre and size, and the label text's metrics. */
export interface LabelSpace {
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

/** Space kept between a label and the drawing's edge. */
export const MARGIN = 4;
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

/**
 * What tells each title apart from a sibling that differs only at its end ("… (EU)" and
 * "… (US)"): its last one to three words where another title has the same words before them,
 * else `''`. A cut label keeps this end after its ellipsis, so the two never read the same.
 */
export function distinguishingTails(titles: readonly string[]): string[] {
  const split = titles.map((title) => title.trim().split(/\s+/));
  return split.map((words, index) => {
    for (let k = 1; k <= 3 && k < words.length; k++) {
      const stem = words.slice(0, -k).join(' ');
      const sibling = split.some(
        (other, j) =>
          j !== index &&
          other.length === words.length &&
          other.slice(0, -k).join(' ') === stem &&
          other.slice(-k).join(' ') !== words.slice(-k).join(' '),
      );
      if (sibling) return words.slice(-k).join(' ');
    }
    return '';
  });
}

/** Places one axis label in the room its side of the chart leaves; `keep` as in `wrapLines`. */
export function placeLabel(
  title: string,
  angle: number,
  space: LabelSpace,
  shrink = 1,
  keep = '',
): RadarLabel {
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
    // Above and below the chart a label takes at most two lines: more would push the chart down.
  } = wrapLines(
    title,
    room * shrink,
    fontSize,
    anchor === 'middle' ? Math.min(space.maxLines, 2) : space.maxLines,
    keep,
  );
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

/**
 * Neighbouring labels that still collide are cut shorter until they fit side by side: a line
 * fewer at a time, then narrower. `tails` are the ends each label keeps (`distinguishingTails`).
 */
export function separateLabels(
  axes: RadarAxis[],
  space: Omit<LabelSpace, 'neighbourGap' | 'step'>,
  tails: readonly string[],
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
      // Cut the longer label: a line fewer, down to one, then narrower.
      const target = a.label.box.width >= b.label.box.width ? index : next;
      if ((lines[target] as number) > 1) lines[target] = (lines[target] as number) - 1;
      else shrink[target] = (shrink[target] as number) * 0.75;
      const axis = axes[target] as RadarAxis;
      axis.label = placeLabel(
        axis.title,
        axis.angle,
        { ...base, maxLines: lines[target] as number },
        shrink[target],
        tails[target],
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

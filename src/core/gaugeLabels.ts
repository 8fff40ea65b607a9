// The gauge's marker labels: each outside the arc beside its marker, the longest texts that fit
// the drawing's width, moved apart along the arc when the median and the expected pace are close.
import { type Point, pointAt } from './geometry';
import { textWidthOf } from './textMeasure';

/** A box of text by its centre and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes come closer than `pad`. */
export const overlap = (a: Box, b: Box, pad: number): boolean =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * pad &&
  Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * pad;

/** A box of `width × height` put outside the arc at `anchor`, in the direction `angle`. */
export const boxOutside = (anchor: Point, angle: number, width: number, height: number): Box => ({
  x: anchor.x + (Math.sin(angle) * width) / 2,
  y: anchor.y - (Math.cos(angle) * height) / 2,
  width,
  height,
});

/** Marker labels are bold: about 25 % wider than `textWidthOf` estimates. */
export const bold = (text: string, fontSize: number): number => textWidthOf(text, fontSize) * 1.25;

/** The texts tried after the longest of both: `[median, expected]`, indices into their lists. */
const LABEL_LEVELS = [
  [0, 1],
  [1, 0],
  [1, 1],
  [2, 2],
  [3, 3],
] as const;

/** A marker as the labels need it: where it points, and its value (to tell low from high). */
interface LabelledMarker {
  angle: number;
  value: number;
}

/** The dial's measures the labels are laid out with. */
interface LabelFrame {
  cx: number;
  cy: number;
  /** The radius the labels stand on, outside the arc. */
  radius: number;
  /** The drawing's width: labels stay inside it. */
  size: number;
  font: number;
  line: number;
  gap: number;
}

/** A placed label: its box, text, angle, and the marker it belongs to. */
export type PlacedLabel<M extends LabelledMarker> = Box & {
  text: string;
  angle: number;
  marker: M;
};

/**
 * Places the labels of up to two markers, each given with its texts from longest to shortest.
 * Both start with their longest text; while one passes an edge of the drawing, the texts are
 * shortened by `LABEL_LEVELS` (the first one that does not fit first). Two labels that would
 * come closer than `gap` step apart along the arc, the lower value anticlockwise, 0.01 rad at a
 * time (at most 400 steps).
 */
export function placeMarkerLabels<M extends LabelledMarker>(
  frame: LabelFrame,
  markers: readonly (readonly [M | null, readonly string[] | undefined])[],
): PlacedLabel<M>[] {
  const { cx, cy, radius, size, font, line, gap } = frame;
  const box = (angle: number, width: number) =>
    boxOutside(pointAt(cx, cy, radius, angle), angle, width, line);
  const place = (levels: readonly number[]) => {
    const placed: PlacedLabel<M>[] = [];
    markers.forEach(([marker, list], index) => {
      const text = list?.[Math.min(levels[index] ?? 0, list.length - 1)];
      if (!marker || !text) return;
      placed.push({ text, angle: marker.angle, marker, ...box(marker.angle, bold(text, font)) });
    });
    const [first, second] = placed;
    if (first && second) {
      const [low, high] =
        first.marker.value <= second.marker.value ? [first, second] : [second, first];
      for (let step = 0; step < 400 && overlap(low, high, gap); step++) {
        low.angle -= 0.01;
        high.angle += 0.01;
        Object.assign(low, box(low.angle, low.width));
        Object.assign(high, box(high.angle, high.width));
      }
    }
    return placed;
  };
  // Each label keeps its long text if it can: the one that does not fit is shortened first.
  let placed = place([0, 0]);
  for (const levels of LABEL_LEVELS) {
    if (placed.every((b) => b.x - b.width / 2 >= 0 && b.x + b.width / 2 <= size)) break;
    placed = place(levels);
  }
  return placed;
}

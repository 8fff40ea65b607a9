import type { Point } from './geometry';

/** Where the radar's tooltip goes, as shares of the drawing (the view turns them into CSS). */
export interface RadarTooltipPlacement {
  /** Beside the point on the roomier side, or below it, centred in the chart. */
  side: 'left' | 'right' | 'below';
  /** The point's height, as a share of the drawing's (0..1). */
  top: number;
  /** The point's x as a share of the drawing's width; `null` below the point. */
  left: number | null;
  /** The most the tooltip may take beside the point, in drawing units; `null` below it. */
  maxWidth: number | null;
}

/** Space between a point and its tooltip, in drawing units. */
export const TOOLTIP_GAP = 16;
/** Narrower than this a tooltip line is no longer readable: it goes below the point instead. */
export const TOOLTIP_MIN_WIDTH = 176;

/**
 * The tooltip sits beside its point on the roomier side, as wide as that side allows; where
 * neither side has room for a readable line (a narrow chart, a point near the middle) it sits
 * below the point, centred in the chart.
 */
export function placeRadarTooltip(
  point: Point,
  { width, height }: { width: number; height: number },
): RadarTooltipPlacement {
  const share = (value: number, of: number) =>
    of > 0 && Number.isFinite(value) ? Math.min(Math.max(value / of, 0), 1) : 0;
  const top = share(point.y, height);
  const room = Math.max(point.x, width - point.x) - TOOLTIP_GAP;
  if (!(room >= TOOLTIP_MIN_WIDTH)) return { side: 'below', top, left: null, maxWidth: null };
  return {
    side: point.x > width / 2 ? 'left' : 'right',
    top,
    left: share(point.x, width),
    maxWidth: Math.round(room),
  };
}

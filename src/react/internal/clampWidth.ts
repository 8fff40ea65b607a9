/**
 * A drawing width a host gave (or a container measured) within sane bounds: a width of `NaN`,
 * `Infinity`, `1e308`, 0 or below would write NaN or absurd numbers into the SVG.
 */
export function clampWidth(width: unknown, fallback: number, min = 120, max = 4096): number {
  if (typeof width !== 'number' || !Number.isFinite(width)) return fallback;
  return Math.min(Math.max(width, min), max);
}

import { describe, expect, it } from 'vitest';
import { placeRadarTooltip } from '../../src/core';

const box = { width: 480, height: 374.4 };

describe('placeRadarTooltip', () => {
  it('puts the tooltip on the roomier side of its point, as wide as that side allows', () => {
    expect(placeRadarTooltip({ x: 120, y: 187.2 }, box)).toEqual({
      side: 'right',
      top: 0.5,
      left: 0.25,
      maxWidth: 480 - 120 - 16,
    });
    expect(placeRadarTooltip({ x: 360, y: 93.6 }, box)).toEqual({
      side: 'left',
      top: 0.25,
      left: 0.75,
      maxWidth: 360 - 16,
    });
  });

  it('puts it below the point where neither side leaves a readable line (176 units)', () => {
    // 191 units on the roomier side, less the 16 gap: 175 < 176.
    expect(placeRadarTooltip({ x: 129, y: 100 }, { width: 320, height: 250 })).toEqual({
      side: 'below',
      top: 0.4,
      left: null,
      maxWidth: null,
    });
    // Exactly 176 left is enough.
    expect(placeRadarTooltip({ x: 128, y: 100 }, { width: 320, height: 250 }).side).toBe('right');
  });

  it('keeps its shares within the drawing and finite for degenerate input', () => {
    expect(placeRadarTooltip({ x: -50, y: 900 }, box)).toMatchObject({ top: 1, left: 0 });
    const zero = placeRadarTooltip({ x: 0, y: 0 }, { width: 0, height: 0 });
    expect(zero).toEqual({ side: 'below', top: 0, left: null, maxWidth: null });
    const nan = placeRadarTooltip({ x: Number.NaN, y: Number.NaN }, box);
    expect(nan).toEqual({ side: 'below', top: 0, left: null, maxWidth: null });
  });
});

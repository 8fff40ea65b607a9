// One or two objectives make no polygon: the radar shows them as bars on a shared track.
import { round } from './geometry';
import { clamp } from './math';
import { comparedValue } from './radarComparison';
import type {
  RadarAxis,
  RadarGeometry,
  RadarGeometryOptions,
  RadarObjective,
} from './radarGeometry';
import { MARGIN } from './radarLabels';
import { wrapLines } from './textMeasure';

/** The bars layout of one or two objectives: a row each, the title beside its bar. */
export function barLayout(
  objectives: readonly RadarObjective[],
  width: number,
  fontSize: number,
  lineHeight: number,
  markerSize: number,
  options: RadarGeometryOptions,
): RadarGeometry {
  const labelWidth = width * 0.38;
  // The track starts a marker's width after the labels, so a point at 0 % never touches text.
  const x0 = round(labelWidth + 2 * MARGIN + fontSize);
  const x1 = round(width - 2 * fontSize);
  const rowHeight = round(2 * lineHeight + fontSize);
  const given = Number.isFinite(options.height) ? clamp(options.height as number, 0, 4096) : 0;
  const height = Math.max(given, objectives.length * rowHeight + 2 * fontSize);
  const axes = objectives.map((objective, index): RadarAxis => {
    const y = fontSize + index * rowHeight + rowHeight / 2;
    const x = (value: number) => round(x0 + (x1 - x0) * clamp(value, 0, 1));
    const {
      lines,
      truncated,
      width: textWidth,
    } = wrapLines(objective.title, labelWidth, fontSize, 2);
    const blockHeight = lines.length * lineHeight;
    const compared = comparedValue(options.comparison, objective.id);
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
    innerRadius: 0,
    fontSize,
    lineHeight,
    markerSize,
    viewBox: { x: 0, y: 0, width, height: round(height) },
    axes,
    grid: 'polygon',
    rings: [],
    spokesPath: '',
    expectedRadius: 0,
    hasComparison: axes.every((axis) => axis.comparisonPoint !== null),
    track: { x0, x1, rowHeight },
  };
}

// One or two objectives make no polygon: the radar shows them as bars on a shared track. More
// than 24 leave no room for a label at each axis: they get bars too, ranked, weakest first.
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

/** What ranks an objective: its attainment, else its progress; NaN ranks as 0. */
const rankOf = (objective: RadarObjective): number =>
  (objective.attainment ?? objective.progress) || 0;

/**
 * The bars layout: a row each, the title beside its bar. One or two objectives keep their
 * order and up to two lines of title (`bars`). `ranked` (more than 24 objectives) sorts the rows
 * by attainment, weakest first (equal ones in their given order), and gives each title one line,
 * cut with an ellipsis where it is too long: rows are a line and a gap apart, so no two labels
 * ever overlap, at any number of objectives.
 */
export function barLayout(
  objectives: readonly RadarObjective[],
  width: number,
  fontSize: number,
  lineHeight: number,
  markerSize: number,
  options: RadarGeometryOptions,
  ranked: boolean,
): RadarGeometry {
  const labelWidth = width * 0.38;
  // The track starts a marker's width after the labels, so a point at 0 % never touches text.
  const x0 = round(labelWidth + 2 * MARGIN + fontSize);
  const x1 = round(width - 2 * fontSize);
  // Two lines of title for one or two objectives, one for many.
  const titleLines = ranked ? 1 : 2;
  const rowHeight = round(titleLines * lineHeight + fontSize);
  const given = Number.isFinite(options.height) ? clamp(options.height as number, 0, 4096) : 0;
  const height = Math.max(given, objectives.length * rowHeight + 2 * fontSize);
  const rows = ranked ? [...objectives].sort((a, b) => rankOf(a) - rankOf(b)) : objectives;
  const axes = rows.map((objective, index): RadarAxis => {
    const y = fontSize + index * rowHeight + rowHeight / 2;
    const x = (value: number) => round(x0 + (x1 - x0) * clamp(value, 0, 1));
    const {
      lines,
      truncated,
      width: textWidth,
      // An em short of the room: fonts run wider than the estimate, and the left edge clips.
    } = wrapLines(objective.title, labelWidth - fontSize, fontSize, titleLines);
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
    layout: ranked ? 'ranked' : 'bars',
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

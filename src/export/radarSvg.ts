// The radar as a standalone SVG: the geometry OkrRadar draws (computeRadarGeometry), painted as
// its stylesheet paints it, with its key below.
import {
  type CheckedObjective,
  computeRadarGeometry,
  type Formatter,
  type RadarGeometry,
  type Report,
  radarSummary,
  readComparison,
  STATUSES,
  statusMarkerPath,
  wrapText,
} from '../core/index';
import {
  type Drawing,
  el,
  escapeXml,
  flowKey,
  type KeyItem,
  moved,
  num,
  prepare,
  type SvgOptions,
  size,
  statusColour,
  svgDocument,
  text,
} from './svg';
import type { ThemeColours } from './theme';

/** A second series on the radar: a name and progress (0..1) by objective id. */
export interface RadarSvgComparison {
  label: string;
  values: Readonly<Record<string, number>>;
}

/** Options of `radarToSvg`. */
export interface RadarSvgOptions extends SvgOptions {
  /** Width in pixels (120–4096). @default 480 */
  width?: number;
  /** Grid rings as polygons or circles. @default 'polygon' */
  grid?: 'polygon' | 'circle';
  /**
   * A second series, as OkrRadar's `comparison`: `{ label, values }`, or an earlier report
   * (then named by its date). @default none
   */
  comparison?: RadarSvgComparison | Pick<Report, 'objectives' | 'now'>;
  /** The document's title. @default the message `radar.label`, "Progress by objective" */
  title?: string;
}

/** The key's text size at a drawing's width, as the widget's container queries set it. */
export const keyFontSize = (width: number): number => (width >= 1024 ? 16 : width >= 640 ? 14 : 12);

/** The summary a screen reader hears from OkrRadar. */
export function radarSummaryOf(drawing: Drawing): string {
  const { report, format, issues } = drawing;
  return report
    ? radarSummary(report, format)
    : format.format('data.invalid', { count: issues.length });
}

/** A status marker, filled with its status's colour on a halo of the background. */
export const marker = (
  colours: ThemeColours,
  status: string,
  at: { x: number; y: number },
  markerSize: number,
  halo = true,
): string =>
  el('path', {
    d: statusMarkerPath(status, at, markerSize),
    fill: statusColour(colours, status),
    'fill-rule': 'evenodd',
    stroke: halo ? colours.bg : undefined,
    'stroke-width': halo ? 1.5 : undefined,
    'paint-order': halo ? 'stroke' : undefined,
  });

const points = (list: readonly { x: number; y: number }[]) =>
  list.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');

/**
 * The ranked layout's rows that fit in `maxHeight` (weakest first), and how many are left out:
 * a slide cannot scroll as the widget's box does.
 */
function fitRows(geometry: RadarGeometry, maxHeight: number): [RadarGeometry, number] {
  const track = geometry.track;
  if (geometry.layout !== 'ranked' || !track || geometry.height <= maxHeight) return [geometry, 0];
  const { fontSize, lineHeight } = geometry;
  const rows = Math.max(1, Math.floor((maxHeight - 2 * fontSize - lineHeight) / track.rowHeight));
  const height = 2 * fontSize + rows * track.rowHeight;
  return [
    {
      ...geometry,
      axes: geometry.axes.slice(0, rows),
      height,
      viewBox: { ...geometry.viewBox, height },
    },
    geometry.axes.length - rows,
  ];
}

/** The radar's drawing (OkrRadar's RadarDrawing, painted as radar.css paints it). */
function radarBody(geometry: RadarGeometry, format: Formatter, colours: ThemeColours): string {
  const { axes, grid, markerSize, cx, cy } = geometry;
  let body = '';
  const line = { fill: 'none', 'stroke-width': 2 };
  if (geometry.layout === 'radar') {
    for (const ring of geometry.rings) {
      const paint = { fill: 'none', stroke: colours.grid, 'stroke-width': 1 };
      body +=
        grid === 'circle'
          ? el('circle', { cx, cy, r: ring.radius, ...paint })
          : el('polygon', { points: points(ring.points), ...paint });
    }
    body += el('path', {
      d: geometry.spokesPath,
      fill: 'none',
      stroke: colours.grid,
      'stroke-width': 1,
    });
    const expected = { ...line, stroke: colours.expected, 'stroke-dasharray': '6 4' };
    body +=
      grid === 'circle'
        ? el('circle', { cx, cy, r: geometry.expectedRadius, ...expected })
        : el('polygon', { points: points(axes.map((a) => a.expectedPoint)), ...expected });
    if (geometry.hasComparison) {
      body += el('polygon', {
        points: points(axes.map((a) => a.comparisonPoint ?? a.end)),
        ...line,
        stroke: colours.compare,
        'stroke-dasharray': '2 3',
      });
    }
    body += el('polygon', {
      points: points(axes.map((a) => a.point)),
      fill: colours['progress-fill'],
      stroke: colours.progress,
      'stroke-width': 2.5,
      'stroke-linejoin': 'round',
    });
    for (const ring of geometry.rings) {
      if (ring.value >= 1) continue;
      body += text(format.format('radar.percent', { value: ring.value }), {
        x: ring.label.x + 3,
        y: ring.label.y - 2,
        fill: colours['fg-muted'],
        'font-size': geometry.fontSize * 0.8,
        stroke: colours.bg,
        'stroke-width': 3,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      });
    }
  } else {
    const track = geometry.track as NonNullable<RadarGeometry['track']>;
    for (const axis of axes) {
      const y = axis.end.y;
      const bar = { y1: y, y2: y, 'stroke-width': 12, 'stroke-linecap': 'round' };
      body += el('line', { x1: track.x0, x2: track.x1, ...bar, stroke: colours.surface });
      body += el('line', { x1: track.x0, x2: axis.point.x, ...bar, stroke: colours.progress });
      const x = axis.expectedPoint.x;
      body += el('line', {
        x1: x,
        x2: x,
        y1: y - 9,
        y2: y + 9,
        stroke: colours.expected,
        'stroke-width': 2,
      });
    }
  }
  for (const axis of axes) {
    const { label } = axis;
    const [first = '', ...more] = label.lines;
    const content = [
      first,
      ...more.map((l) => el('tspan', { x: label.x, dy: geometry.lineHeight }, escapeXml(l))),
    ];
    body += el(
      'text',
      { x: label.x, y: label.y, 'text-anchor': label.anchor, fill: colours.fg },
      escapeXml(content[0] as string) + content.slice(1).join(''),
    );
  }
  for (const axis of axes) body += marker(colours, axis.status, axis.point, markerSize);
  return el('g', { 'font-size': geometry.fontSize }, body);
}

/** The key under the radar (RadarLegend): the series, then each status drawn. */
function radarKey(
  geometry: RadarGeometry,
  format: Formatter,
  colours: ThemeColours,
  comparison: string | undefined,
  fontSize: number,
): KeyItem[] {
  const line = Math.round(fontSize * 1.25);
  // The widget's key: 20 px lines and 11 px markers in 14 px boxes; a slide's larger text,
  // larger ones.
  const long = fontSize > 16 ? Math.round(fontSize * 1.4) : 20;
  const mark = fontSize > 16 ? Math.round(fontSize * 0.85) : 11;
  const stroke = (colour: string, width: number, dash?: string): KeyItem['swatch'] =>
    el('line', {
      x1: 0,
      x2: long,
      y1: line / 2,
      y2: line / 2,
      stroke: colour,
      'stroke-width': width,
      'stroke-dasharray': dash,
    });
  const items: KeyItem[] = [
    {
      swatch: stroke(colours.progress, 2.5),
      swatchWidth: long,
      gap: 6,
      text: format.format('radar.legend-progress'),
    },
    {
      swatch: stroke(colours.expected, 2, '6 4'),
      swatchWidth: long,
      gap: 6,
      text: format.format('radar.legend-expected'),
    },
  ];
  if (comparison !== undefined) {
    items.push({
      swatch: stroke(colours.compare, 2, '2 3'),
      swatchWidth: long,
      gap: 6,
      text: comparison || format.format('radar.legend-comparison'),
    });
  }
  const drawn = geometry.axes.map((axis) => axis.status);
  for (const status of STATUSES) {
    if (!drawn.includes(status)) continue;
    items.push({
      swatch: marker(colours, status, { x: (mark + 3) / 2, y: line / 2 }, mark, false),
      swatchWidth: mark + 3,
      gap: 5,
      text: format.format(`status.${status}`),
    });
  }
  return items;
}

/** The radar and its key at a width, within a height: markup from 0,0 and the height it takes. */
export function radarBlock(
  drawing: Drawing,
  objectives: readonly CheckedObjective[],
  {
    width,
    height,
    grid,
    comparison,
    fontSize,
  }: {
    width: number;
    height?: number | undefined;
    grid?: unknown;
    comparison?: unknown;
    fontSize?: number;
  },
): { markup: string; height: number } {
  const { format, colours } = drawing;
  const compared = readComparison(comparison, format);
  // A slide's text is larger than the widget's: its labels (`fontSize`) and key grow alike.
  const keySize = fontSize === undefined ? keyFontSize(width) : Math.round(fontSize * 0.9);
  const sized = fontSize === undefined ? {} : { fontSize };
  // The key's height does not depend on the chart's size: worked out first, with every status.
  const probe = computeRadarGeometry(objectives, { width, ...sized });
  const keyItems = radarKey(probe, format, colours, compared?.label, keySize);
  const key = flowKey(keyItems, width, keySize, colours['fg-muted']);
  const room = height === undefined ? undefined : Math.max(height - key.height - 4, 120);
  const [geometry, left] = fitRows(
    computeRadarGeometry(objectives, {
      width,
      grid: grid === 'circle' ? 'circle' : 'polygon',
      ...sized,
      // One or two objectives' bars take the height they need: a bound would stretch them.
      ...(room === undefined || objectives.length < 3 ? {} : { height: room }),
      ...(compared ? { comparison: compared.values } : {}),
    }),
    room ?? Number.POSITIVE_INFINITY,
  );
  const { viewBox } = geometry;
  let markup = moved(0, -viewBox.y, radarBody(geometry, format, colours));
  let y = viewBox.height;
  if (left > 0) {
    markup += text(`+ ${format.format('board.unit-count', { count: left })}`, {
      x: geometry.track?.x0 ?? 0,
      y: y - geometry.fontSize * 0.5,
      fill: colours['fg-muted'],
      'font-size': geometry.fontSize,
    });
  }
  y += 4;
  markup += moved(0, y, key.markup);
  return { markup, height: y + key.height };
}

/** A message in place of a drawing (no objectives, or a report that cannot be drawn). */
export function messageBlock(
  drawing: Drawing,
  message: string,
  width: number,
  fontSize = 14,
): { markup: string; height: number } {
  const { lines } = wrapText(message, width - 2 * fontSize, fontSize, 6);
  const line = fontSize * 1.4;
  const markup = lines
    .map((l, i) =>
      text(l, {
        x: fontSize,
        y: fontSize * 1.1 + (i + 1) * line - line / 4,
        fill: drawing.colours['fg-muted'],
        'font-size': fontSize,
      }),
    )
    .join('');
  return { markup, height: lines.length * line + fontSize * 2.2 };
}

/**
 * The radar of a report as a standalone SVG, drawn from the geometry OkrRadar draws: rings,
 * spokes, the expected pace, the comparison, the progress polygon, labels and status-shaped
 * points, and the key below. One or two objectives are bars, more than 24 ranked bars (those
 * that fit the height, weakest first). No objectives, or a report that cannot be drawn: the
 * widget's message in its place. `<desc>` is the widget's summary for screen readers.
 */
export function radarToSvg(report: unknown, options: RadarSvgOptions = {}): string {
  const drawing = prepare(report, options);
  const width = size(options.width, 480, 120, 4096);
  const height = options.height === undefined ? undefined : size(options.height, 360, 120, 4096);
  const objectives = drawing.report?.objectives ?? [];
  const block =
    objectives.length === 0
      ? messageBlock(drawing, radarSummaryOf(drawing), width)
      : radarBlock(drawing, objectives, {
          width,
          height,
          grid: options.grid,
          comparison: options.comparison,
        });
  const total = height ?? Math.ceil(block.height);
  const top = Math.max(0, (total - block.height) / 2);
  return svgDocument(
    {
      width,
      height: total,
      title: options.title ?? drawing.format.format('radar.label'),
      desc: radarSummaryOf(drawing),
    },
    drawing,
    options,
    moved(0, top, block.markup),
  );
}

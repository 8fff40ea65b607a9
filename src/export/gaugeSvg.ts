// The progress-spread gauge as a standalone SVG: the geometry ProgressSpreadGauge draws
// (computeGaugeGeometry, readBalance), painted as its stylesheet paints it, with the balance
// reading and the key below.
import {
  arcPath,
  type BalanceReading,
  type CheckedReport,
  computeGaugeGeometry,
  type GaugeGeometry,
  type GaugeMarker,
  type GaugeTextBox,
  isAtRiskOrWorse,
  readBalance,
  STATUSES,
} from '../core/index';
import { marker, messageBlock } from './radarSvg';
import {
  type Drawing,
  el,
  escapeXml,
  flowKey,
  type KeyItem,
  moved,
  prepare,
  type SvgOptions,
  size,
  svgDocument,
  text,
  widthOf,
} from './svg';
import type { ThemeColours } from './theme';

/** Options of `gaugeToSvg`. */
export interface GaugeSvgOptions extends SvgOptions {
  /** Width in pixels (120–4096). @default 360 */
  width?: number;
  /** The document's title. @default the message `gauge.label`, "Balance of progress" */
  title?: string;
}

/** The gauge's reading of a checked report, with its texts, or `null` without objectives. */
export function gaugeReading(
  drawing: Drawing,
): { reading: BalanceReading; headline: string; valueText: string } | null {
  const { report, format } = drawing;
  const reading = report ? readBalance(report) : null;
  if (!report || !reading) return null;
  const { balance, objectives } = report;
  const headline = format.format(`gauge.pace-${reading.pace}`, { level: reading.level });
  return {
    reading,
    headline,
    valueText: format.format('gauge.valuetext', {
      score: reading.score,
      reading: headline,
      min: balance.min ?? 0,
      max: balance.max ?? 0,
      median: reading.median,
      expected: reading.expected,
      count: objectives.length,
      atRisk: objectives.filter((o) => isAtRiskOrWorse(o.status)).length,
    }),
  };
}

/** The dial of ProgressSpreadGauge (its SVG), laid out at `width`. */
export function dial(
  drawing: Drawing,
  report: CheckedReport,
  reading: BalanceReading,
  width: number,
): GaugeGeometry & { markup: string } {
  const { format, colours } = drawing;
  const f = format.format;
  const geometry = computeGaugeGeometry(report, {
    width,
    texts: {
      median: [f('gauge.median', { value: reading.median }), f('gauge.median-short')],
      expected: [f('gauge.expected', { value: reading.expected }), f('gauge.expected-short')],
      value: f('gauge.value', { value: reading.median }),
      caption: f('gauge.caption'),
    },
  });
  const { band, strokes, centre } = geometry;
  const ring = (start: number, end: number) =>
    arcPath(geometry.innerRadius, geometry.outerRadius, start, end, geometry.cornerRadius);
  const centred = { 'text-anchor': 'middle', 'dominant-baseline': 'central' };
  let body = el('path', {
    d: ring(geometry.startAngle, geometry.endAngle),
    fill: colours.surface,
    stroke: colours.border,
    'stroke-width': 1,
    'stroke-linejoin': 'round',
  });
  if (band) {
    body += el('path', {
      d: ring(band.startAngle, band.endAngle),
      fill: colours['progress-fill'],
      stroke: colours.progress,
      'stroke-width': 1.5,
      'stroke-linejoin': 'round',
    });
  }
  let markup = moved(geometry.cx, geometry.cy, body);
  for (const { value, at, fontSize } of geometry.scale) {
    markup += text(f('gauge.scale', { value }), {
      x: at.x,
      y: at.y,
      'font-size': fontSize,
      fill: colours['fg-muted'],
      ...centred,
    });
  }
  const mark = (
    m: GaugeMarker | null,
    label: GaugeTextBox | null,
    colour: string,
    width: number,
    dashed: boolean,
  ) => {
    if (!m) return;
    markup += el('line', {
      x1: m.from.x,
      y1: m.from.y,
      x2: m.to.x,
      y2: m.to.y,
      stroke: colour,
      'stroke-width': width,
      'stroke-linecap': dashed ? 'butt' : 'round',
      'stroke-dasharray': dashed ? '4 3' : undefined,
    });
    if (label) {
      markup += text(label.text, {
        x: label.x,
        y: label.y,
        'font-size': label.fontSize,
        'font-weight': 600,
        fill: colours.fg,
        ...centred,
      });
    }
  };
  mark(geometry.expected, geometry.labels.expected, colours.expected, strokes.expected, true);
  mark(geometry.median, geometry.labels.median, colours.fg, strokes.median, false);
  for (const tick of geometry.ticks)
    markup += marker(colours, tick.status, tick.at, geometry.tickSize);
  if (centre.value) {
    const { text: value, x, y, fontSize } = centre.value;
    markup += text(value, {
      x,
      y,
      'font-size': fontSize,
      'font-weight': 700,
      fill: colours.fg,
      ...centred,
    });
  }
  if (centre.caption) {
    const { text: caption, x, y, fontSize } = centre.caption;
    markup += text(caption, { x, y, 'font-size': fontSize, fill: colours['fg-muted'], ...centred });
  }
  return { ...geometry, markup };
}

/** The tone's colours of the level's pill, as gauge.css sets them. */
export function tonePaint(colours: ThemeColours, tone: BalanceReading['tone']): [string, string] {
  return tone === 'good'
    ? [colours['level-balanced'], colours['status-on-track-bg']]
    : tone === 'warning'
      ? [colours['level-uneven'], colours['status-behind-bg']]
      : [colours['level-unbalanced'], colours['status-off-track-bg']];
}

/**
 * The reading under the dial, "Balance 43 of 100" and the level's pill, centred on `cx` (the
 * pill on a line of its own when both do not fit `width`). Markup from y = 0, and its height.
 */
export function readingLine(
  drawing: Drawing,
  reading: BalanceReading,
  headline: string,
  cx: number,
  width: number,
  fontSize: number,
): { markup: string; height: number } {
  const { format, colours } = drawing;
  const scoreSize = fontSize * 1.5;
  const before = `${format.format('gauge.balance')} `;
  const score = String(reading.score);
  const after = ` ${format.format('gauge.of')}`;
  const balanceWidth = widthOf(before + after, fontSize) + widthOf(score, scoreSize, true);
  const pillWidth = widthOf(headline, fontSize, true) + 16;
  const oneLine = balanceWidth + 8 + pillWidth <= width;
  const line = scoreSize * 1.3;
  const baseline = line * 0.72;
  const x0 = cx - (oneLine ? balanceWidth + 8 + pillWidth : balanceWidth) / 2;
  let markup = el(
    'text',
    { x: x0, y: baseline, fill: colours.fg, 'font-size': fontSize },
    `${escapeXml(before)}${el('tspan', { 'font-size': scoreSize, 'font-weight': 700 }, escapeXml(score))}${escapeXml(after)}`,
  );
  const pillX = oneLine ? x0 + balanceWidth + 8 : cx - pillWidth / 2;
  const pillY = oneLine ? 0 : line + 4;
  const pillHeight = fontSize * 1.6;
  const [ink, paper] = tonePaint(colours, reading.tone);
  const top = pillY + (line - pillHeight) / 2;
  markup += el('rect', {
    x: pillX,
    y: top,
    width: pillWidth,
    height: pillHeight,
    rx: pillHeight / 2,
    fill: paper,
  });
  markup += text(headline, {
    x: pillX + pillWidth / 2,
    y: top + pillHeight / 2 + fontSize * 0.35,
    'text-anchor': 'middle',
    'font-size': fontSize,
    'font-weight': 600,
    fill: ink,
  });
  return { markup, height: oneLine ? line : 2 * line + 4 };
}

/** The key under the dial (GaugeKey): the band, the median, the expected pace, the statuses drawn. */
export function gaugeKey(
  drawing: Drawing,
  report: CheckedReport,
  reading: BalanceReading,
  hasExpected: boolean,
  fontSize: number,
): KeyItem[] {
  const { format, colours } = drawing;
  const line = Math.round(fontSize * 1.25);
  const mid = line / 2;
  const swatch = (markup: string): Pick<KeyItem, 'swatch' | 'swatchWidth' | 'gap'> => ({
    swatch: moved(0, mid - 8, markup),
    swatchWidth: 16,
    gap: 8,
  });
  const stroke = (colour: string, width: number, dash?: string) =>
    el('path', { d: 'M8 1V15', stroke: colour, 'stroke-width': width, 'stroke-dasharray': dash });
  const items: KeyItem[] = [
    {
      ...swatch(
        el('rect', {
          x: 1,
          y: 4,
          width: 14,
          height: 8,
          rx: 2,
          fill: colours['progress-fill'],
          stroke: colours.progress,
          'stroke-width': 1.5,
        }),
      ),
      text: format.format('gauge.spread', {
        min: report.balance.min ?? 0,
        max: report.balance.max ?? 0,
      }),
    },
    {
      ...swatch(stroke(colours.fg, 2.5)),
      text: format.format('gauge.median', { value: reading.median }),
    },
  ];
  if (hasExpected) {
    items.push({
      ...swatch(stroke(colours.expected, 2, '4 3')),
      text: format.format('gauge.key-expected', { value: reading.expected }),
    });
  }
  return items;
}

/** The statuses of the ticks, each with its shape, for the key's own row. */
export function statusItems(drawing: Drawing, report: CheckedReport, fontSize: number): KeyItem[] {
  const line = Math.round(fontSize * 1.25);
  return STATUSES.filter((s) => report.objectives.some((o) => o.status === s)).map((status) => ({
    swatch: marker(drawing.colours, status, { x: 8, y: line / 2 }, 13, false),
    swatchWidth: 16,
    gap: 4,
    text: drawing.format.format(`status.${status}`),
  }));
}

/**
 * The progress-spread gauge of a report as a standalone SVG, drawn from the geometry
 * ProgressSpreadGauge draws: the dial with its band, ticks by status, median and expected
 * markers and the median in the middle; the balance reading under it and the key. No
 * objectives, or a report that cannot be drawn: the widget's message in its place. `<desc>` is
 * the widget's `aria-valuetext`.
 */
export function gaugeToSvg(report: unknown, options: GaugeSvgOptions = {}): string {
  const drawing = prepare(report, options);
  const width = size(options.width, 360, 120, 4096);
  const read = gaugeReading(drawing);
  const title = options.title ?? drawing.format.format('gauge.label');
  const desc = read
    ? read.valueText
    : drawing.report
      ? drawing.format.format('gauge.empty')
      : drawing.format.format('data.invalid', { count: drawing.issues.length });
  const given = options.height === undefined ? undefined : size(options.height, 360, 120, 4096);
  // Laid out at the width; where that is taller than the height given, at a narrower width
  // (the dial's size follows it) until it fits, and centred; not under 280 px, where the key
  // would stack up in a column, so a very low height scales the drawing down instead.
  const { report: checked } = drawing;
  let inner = width;
  let block = read && checked ? gaugeBlock(drawing, checked, read, inner) : null;
  for (let tries = 0; read && checked && block && tries < 4; tries++) {
    if (given === undefined || block.height <= given) break;
    inner = Math.max(Math.min(width, 280), Math.floor((inner * given) / block.height));
    block = gaugeBlock(drawing, checked, read, inner);
  }
  const drawn = block ?? messageBlock(drawing, desc, width);
  const height = given ?? Math.ceil(drawn.height);
  // Still too tall at the narrowest: scaled down to the height.
  const fit = Math.min(1, height / drawn.height);
  const markup =
    fit < 1
      ? el('g', { transform: `scale(${Math.floor(fit * 1e4) / 1e4})` }, drawn.markup)
      : drawn.markup;
  return svgDocument(
    { width, height, title, desc },
    drawing,
    options,
    moved(
      (width - (block ? inner : width) * fit) / 2,
      Math.max(0, (height - drawn.height * fit) / 2),
      markup,
    ),
  );
}

/** The gauge's reading of a report with objectives, with its texts. */
export type GaugeRead = NonNullable<ReturnType<typeof gaugeReading>>;

/** The dial, the reading under it and the key, laid out at `width`, from 0,0. */
function gaugeBlock(
  drawing: Drawing,
  report: CheckedReport,
  { reading, headline }: GaugeRead,
  width: number,
): { markup: string; height: number } {
  const g = dial(drawing, report, reading, width);
  let markup = moved((width - g.width) / 2, 0, g.markup);
  let y = g.height + 8;
  const big = width >= 640;
  const readingBlock = readingLine(drawing, reading, headline, width / 2, width, big ? 18 : 14);
  markup += moved(0, y, readingBlock.markup);
  y += readingBlock.height + 8;
  const keySize = big ? 14 : 12;
  const muted = drawing.colours['fg-muted'];
  const key = flowKey(
    gaugeKey(drawing, report, reading, g.expected !== null, keySize),
    width,
    keySize,
    muted,
  );
  markup += moved(0, y, key.markup);
  y += key.height + 4;
  const ticks = flowKey(
    [
      { swatch: '', swatchWidth: 0, gap: 0, text: drawing.format.format('gauge.key-ticks') },
      ...statusItems(drawing, report, keySize),
    ],
    width,
    keySize,
    muted,
    8,
  );
  markup += moved(0, y, ticks.markup);
  return { markup, height: y + ticks.height + 4 };
}

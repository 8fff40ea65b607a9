// The board as one slide: title and date, the radar, the gauge with its reading, the objectives
// with their statuses and the strongest suggested causes, from the same geometry the widgets draw.
import {
  type CheckedObjective,
  type Messages,
  type Suggestion,
  statusSeverity,
  wrapText,
} from '../core/index';
import { dial, gaugeKey, gaugeReading, readingLine } from './gaugeSvg';
import { marker, messageBlock, radarBlock, radarSummaryOf } from './radarSvg';
import {
  type Drawing,
  el,
  flowKey,
  num,
  prepare,
  type SvgOptions,
  size,
  statusColour,
  svgDocument,
  text,
  widthOf,
} from './svg';
import { CAUSE_TITLES } from './texts';

/** Options of `boardToSvg`. */
export interface BoardSvgOptions extends SvgOptions {
  /** Width in pixels (320–7680). @default 1920 */
  width?: number;
  /** Height in pixels (180–4320). @default 1080 */
  height?: number;
  /** The radar's grid. @default 'polygon' */
  grid?: 'polygon' | 'circle';
  /** The slide's title. @default the message `board.title` with the cycle's label, "OKR balance Q1 2026" */
  title?: string;
  /** How many suggested causes to show at most, strongest first. @default 3 */
  causes?: number;
}

/** The slide is laid out on 1920 × 1080 units (or wider or taller) and scaled to the size asked. */
const BASE = { width: 1920, height: 1080 };
const PAD = 64;

/** One line of text cut to `width` with an ellipsis. */
const oneLine = (value: string, width: number, fontSize: number): string =>
  wrapText(value, width / 1.12, fontSize, 1).lines[0] ?? '';

/** Suggestions, strong ones first, then those about more objectives; at most `count`. */
function strongest(suggestions: unknown, count: number): Suggestion[] {
  if (!Array.isArray(suggestions)) return [];
  return (suggestions as Suggestion[])
    .filter((s) => typeof s === 'object' && s !== null && typeof s.causeId === 'string')
    .map((s, index) => ({ s, index }))
    .sort(
      (a, b) =>
        Number(b.s.strength === 'strong') - Number(a.s.strength === 'strong') ||
        (b.s.objectiveIds?.length ?? 0) - (a.s.objectiveIds?.length ?? 0) ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ s }) => s);
}

/** A cause's title in the slide's language: `cause.<id>.title` of the messages, else English. */
function causeTitle(id: string, messages: Messages | undefined): string {
  const own =
    messages && Object.hasOwn(messages, `cause.${id}.title`)
      ? messages[`cause.${id}.title`]
      : undefined;
  return typeof own === 'string'
    ? own
    : ((Object.hasOwn(CAUSE_TITLES, id) ? CAUSE_TITLES[id] : undefined) ?? id);
}

/** The objectives, one row each: status marker, title, status words, progress against pace. */
function statusRows(
  drawing: Drawing,
  objectives: readonly CheckedObjective[],
  x: number,
  y: number,
  width: number,
  rows: number,
): string {
  const { format, colours } = drawing;
  const fontSize = 20;
  const rowHeight = ROW_HEIGHT;
  // More than fit: the worst first, and a line saying how many more there are.
  const shown =
    objectives.length <= rows
      ? objectives
      : [...objectives]
          .sort((a, b) => statusSeverity(b.status) - statusSeverity(a.status))
          .slice(0, rows - 1);
  // Three columns: the title, the status (right-aligned) and the pace (right-aligned).
  const paces = shown.map((o) =>
    format.format('board.progress', { progress: o.progress, expected: o.expected }),
  );
  const statuses = shown.map((o) => format.format(`status.${o.status}`));
  const paceWidth = Math.max(...paces.map((p) => widthOf(p, fontSize * 0.9)));
  const statusWidth = Math.max(...statuses.map((t) => widthOf(t, fontSize, true)));
  let markup = '';
  shown.forEach((o, index) => {
    const middle = y + index * rowHeight + rowHeight / 2;
    const baseline = middle + fontSize * 0.35;
    const pace = paces[index] as string;
    const status = statuses[index] as string;
    markup += marker(colours, o.status, { x: x + 10, y: middle }, 16);
    markup += text(oneLine(o.title, width - 30 - paceWidth - statusWidth - 48, fontSize), {
      x: x + 30,
      y: baseline,
      fill: colours.fg,
      'font-size': fontSize,
    });
    markup += text(status, {
      x: x + width - paceWidth - 24,
      y: baseline,
      'text-anchor': 'end',
      fill: statusColour(colours, o.status),
      'font-size': fontSize,
      'font-weight': 600,
    });
    markup += text(pace, {
      x: x + width,
      y: baseline,
      'text-anchor': 'end',
      fill: colours['fg-muted'],
      'font-size': fontSize * 0.9,
    });
  });
  if (shown.length < objectives.length) {
    markup += text(
      `+ ${format.format('board.unit-count', { count: objectives.length - shown.length })}`,
      {
        x: x + 30,
        y: y + shown.length * rowHeight + rowHeight / 2 + fontSize * 0.35,
        fill: colours['fg-muted'],
        'font-size': fontSize * 0.9,
      },
    );
  }
  return markup;
}

/** The likely causes: title, strength and the first piece of evidence, each in its block. */
function causeBlocks(
  drawing: Drawing,
  suggestions: readonly Suggestion[],
  messages: Messages | undefined,
  x: number,
  y: number,
  width: number,
): string {
  const { format, colours } = drawing;
  if (suggestions.length === 0) {
    return text(oneLine(format.format('agenda.no-cause'), width, 18), {
      x,
      y: y + 22,
      fill: colours['fg-muted'],
      'font-size': 18,
    });
  }
  let markup = '';
  suggestions.forEach((s, index) => {
    const top = y + index * CAUSE_HEIGHT;
    const strength = format.format(`strength.${s.strength === 'strong' ? 'strong' : 'possible'}`);
    const strengthWidth = widthOf(strength, 16) + 20;
    const title = oneLine(causeTitle(s.causeId, messages), width - strengthWidth - 24, 20);
    markup += el('rect', {
      x,
      y: top + 6,
      width: 4,
      height: CAUSE_HEIGHT - 18,
      rx: 2,
      fill: s.strength === 'strong' ? colours.progress : colours.border,
    });
    markup += text(title, {
      x: x + 16,
      y: top + 26,
      fill: colours.fg,
      'font-size': 20,
      'font-weight': 600,
    });
    markup += text(strength, {
      x: x + width,
      y: top + 26,
      'text-anchor': 'end',
      fill: colours['fg-muted'],
      'font-size': 16,
    });
    const evidence = Array.isArray(s.evidence) ? s.evidence[0] : undefined;
    if (evidence && typeof evidence.id === 'string') {
      markup += text(oneLine(format.format(evidence.id, evidence.values), width - 16, 17), {
        x: x + 16,
        y: top + 52,
        fill: colours['fg-muted'],
        'font-size': 17,
      });
    }
  });
  return markup;
}
const CAUSE_HEIGHT = 64;
const ROW_HEIGHT = 34;

/**
 * The board as one slide (1920 × 1080 by default): the title with the cycle and the report's
 * date, the summary sentence, the radar with its key, the gauge with the balance reading and its
 * key, every objective with its status (the worst first where they do not all fit) and the
 * strongest suggested causes with their first piece of evidence. No objectives, or a report that
 * cannot be drawn: the title and the widgets' message. `<desc>` is the radar's summary.
 */
export function boardToSvg(report: unknown, options: BoardSvgOptions = {}): string {
  const drawing = prepare(report, options);
  const { format, colours, given } = drawing;
  const width = size(options.width, BASE.width, 320, 7680);
  const height = size(options.height, BASE.height, 180, 4320);
  // Laid out in units of a 1920 × 1080 slide, wider or taller to the size's shape, then scaled.
  const scale = Math.min(width / BASE.width, height / BASE.height);
  const W = width / scale;
  // A taller shape keeps the slide's height and centres it: the rows do not drift apart.
  const H = BASE.height;
  const offset = (height / scale - H) / 2;
  const cycle = given.cycle as { label?: unknown } | null | undefined;
  const label = typeof cycle?.label === 'string' ? cycle.label : '';
  const title = options.title ?? format.format('board.title', { cycle: label }).trim();
  const now = typeof given.now === 'string' ? Date.parse(given.now) : Number.NaN;
  const date = Number.isFinite(now) ? format.format('radar.compare-date', { date: now }) : '';
  const summary = radarSummaryOf(drawing);

  const dateWidth = widthOf(date, 26);
  let body = text(oneLine(title, W - 2 * PAD - dateWidth - 48, 44), {
    x: PAD,
    y: PAD + 40,
    fill: colours.fg,
    'font-size': 44,
    'font-weight': 700,
  });
  body += text(date, {
    x: W - PAD,
    y: PAD + 40,
    'text-anchor': 'end',
    fill: colours['fg-muted'],
    'font-size': 26,
  });
  // The summary under the title; a report with nothing to show says so below instead.
  if (drawing.report && drawing.report.objectives.length > 0)
    body += text(oneLine(summary, W - 2 * PAD, 24), {
      x: PAD,
      y: PAD + 84,
      fill: colours['fg-muted'],
      'font-size': 24,
    });
  body += el('path', {
    d: `M${num(PAD)} ${num(PAD + 112)}H${num(W - PAD)}`,
    stroke: colours.grid,
    'stroke-width': 1,
  });
  const top = PAD + 144;
  const bottom = H - PAD;
  const objectives = drawing.report?.objectives ?? [];
  const read = gaugeReading(drawing);

  if (!drawing.report || objectives.length === 0 || !read) {
    const message = drawing.report ? format.format('board.empty') : summary;
    body += el(
      'g',
      { transform: `translate(${num(PAD - 24)},${num(top)})` },
      messageBlock(drawing, message, W - 2 * PAD, 28).markup,
    );
  } else {
    // The radar: the left half.
    const radarWidth = Math.round(W / 2 - PAD);
    const radar = radarBlock(drawing, objectives, {
      width: radarWidth,
      height: bottom - top,
      grid: options.grid,
      fontSize: 19,
    });
    body += el(
      'g',
      {
        transform: `translate(${num(PAD)},${num(top + Math.max(0, (bottom - top - radar.height) / 2))})`,
      },
      radar.markup,
    );

    // The right half: the gauge and its reading, the statuses, the causes.
    const x = W / 2 + 48;
    const columnWidth = W - PAD - x;
    const g = dial(drawing, drawing.report, read.reading, 300);
    body += el('g', { transform: `translate(${num(x)},${num(top)})` }, g.markup);
    const side = x + g.width + 40;
    const sideWidth = W - PAD - side;
    const reading = readingLine(drawing, read.reading, read.headline, sideWidth / 2, sideWidth, 22);
    const key = flowKey(
      gaugeKey(drawing, drawing.report, read.reading, g.expected !== null, 18),
      0,
      18,
      colours['fg-muted'],
      0,
      10,
    );
    const sideHeight = reading.height + 24 + key.height;
    const sideTop = top + Math.max(0, (g.height - sideHeight) / 2);
    body += el('g', { transform: `translate(${num(side)},${num(sideTop)})` }, reading.markup);
    body += el(
      'g',
      {
        transform: `translate(${num(side + sideWidth / 2 - 130)},${num(sideTop + reading.height + 24)})`,
      },
      key.markup,
    );

    const count = size(options.causes, 3, 0, 10);
    let causes = strongest(given.suggestions, count);
    let y = top + Math.max(g.height, sideHeight) + 20;
    const rowsAbove = (shown: number) =>
      Math.floor(
        (bottom - (count === 0 ? 0 : 48 + Math.max(1, shown) * CAUSE_HEIGHT) - (y + 40)) /
          ROW_HEIGHT,
      );
    // Every objective's row before the third and second cause, up to eight rows: a cause fewer
    // where the objectives need its room.
    while (causes.length > 1 && rowsAbove(causes.length) < Math.min(objectives.length, 8)) {
      causes = causes.slice(0, -1);
    }
    const causesHeight = count === 0 ? 0 : 48 + Math.max(1, causes.length) * CAUSE_HEIGHT;
    const heading = (words: string, at: number) =>
      text(words, { x, y: at + 24, fill: colours.fg, 'font-size': 24, 'font-weight': 700 });
    body += heading(format.format('board.objectives'), y);
    const rows = Math.max(1, rowsAbove(causes.length));
    body += statusRows(drawing, objectives, x, y + 40, columnWidth, rows);
    if (count > 0) {
      const listed = Math.min(objectives.length, rows);
      y = Math.min(bottom - causesHeight, y + 40 + listed * ROW_HEIGHT + 24);
      body += heading(format.format('agenda.likely-causes'), y);
      body += causeBlocks(drawing, causes, options.messages, x, y + 44, columnWidth);
    }
  }
  return svgDocument(
    { width, height, title, desc: summary },
    drawing,
    options,
    el(
      'g',
      { transform: `scale(${Math.round(scale * 1e6) / 1e6}) translate(0,${num(offset)})` },
      body,
    ),
  );
}

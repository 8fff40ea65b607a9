// The board as one slide: title and date, the radar, the gauge with its reading, the objectives
// with their statuses and the strongest suggested causes, from the same geometry the widgets draw.
import {
  type CheckedObjective,
  type CheckedReport,
  type Messages,
  type Suggestion,
  statusSeverity,
  wrapText,
} from '../core/index';
import { dial, type GaugeRead, gaugeKey, gaugeReading, readingLine } from './gaugeSvg';
import { marker, messageBlock, radarBlock, radarSummaryOf } from './radarSvg';
import {
  type Drawing,
  el,
  flowKey,
  moved,
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
  /** Width in pixels (320–7680); narrower than high, the radar goes above the rest. @default 1920 */
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

/**
 * The slide's layout units: a 16:9 slide is 1920 × 1080, a wider one as high and wider, one
 * between square and 16:9 as wide and higher (4:3 is 1920 × 1440); an upright one is 1080 wide
 * and stacks the radar above the rest. The drawing is scaled to the size asked for.
 */
function layoutSize(width: number, height: number): { W: number; H: number; upright: boolean } {
  const aspect = width / height;
  const upright = aspect < 1;
  const W = upright ? 1080 : Math.max(1920, 1080 * aspect);
  return { W, H: W / aspect, upright };
}
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
/** Space between the gauge's row and the objectives' heading. */
const GAP = 20;

/** The gauge with its reading and its key beside it, from 0,0 within `width`. */
function gaugeRow(
  drawing: Drawing,
  report: CheckedReport,
  read: GaugeRead,
  width: number,
): { markup: string; height: number } {
  const g = dial(drawing, report, read.reading, 300);
  const side = g.width + 40;
  const sideWidth = width - side;
  const reading = readingLine(drawing, read.reading, read.headline, sideWidth / 2, sideWidth, 22);
  const key = flowKey(
    gaugeKey(drawing, report, read.reading, g.expected !== null, 18),
    0,
    18,
    drawing.colours['fg-muted'],
    0,
    10,
  );
  const sideHeight = reading.height + 24 + key.height;
  const sideTop = Math.max(0, (g.height - sideHeight) / 2);
  return {
    markup:
      g.markup +
      moved(side, sideTop, reading.markup) +
      moved(side + sideWidth / 2 - 130, sideTop + reading.height + 24, key.markup),
    height: Math.max(g.height, sideHeight),
  };
}

/** The causes' heading and blocks (one at least, saying none stands out), none for `count` 0. */
const causesHeight = (shown: number, count: number): number =>
  count === 0 ? 0 : 48 + Math.max(1, shown) * CAUSE_HEIGHT;

/** The height the objectives' rows and the causes take when nothing is short of room. */
const listsHeight = (objectives: number, causes: number, count: number): number =>
  40 + objectives * ROW_HEIGHT + (count === 0 ? 0 : 24) + causesHeight(causes, count);

/**
 * The objectives with their statuses and the strongest causes, from `y` down to `bottom` at `x`:
 * every objective's row before the third and second cause, up to eight rows (a cause fewer
 * where the objectives need its room), then as many rows as fit.
 */
function lists(
  drawing: Drawing,
  objectives: readonly CheckedObjective[],
  causesShown: readonly Suggestion[],
  count: number,
  messages: Messages | undefined,
  { x, y, width, bottom }: { x: number; y: number; width: number; bottom: number },
): string {
  const { format, colours } = drawing;
  let causes = causesShown;
  const rowsAbove = (shown: number) =>
    Math.floor((bottom - causesHeight(shown, count) - (y + 40)) / ROW_HEIGHT);
  while (causes.length > 1 && rowsAbove(causes.length) < Math.min(objectives.length, 8)) {
    causes = causes.slice(0, -1);
  }
  const heading = (words: string, at: number) =>
    text(words, { x, y: at + 24, fill: colours.fg, 'font-size': 24, 'font-weight': 700 });
  let markup = heading(format.format('board.objectives'), y);
  const rows = Math.max(1, rowsAbove(causes.length));
  markup += statusRows(drawing, objectives, x, y + 40, width, rows);
  if (count > 0) {
    const listed = Math.min(objectives.length, rows);
    const at = Math.min(
      bottom - causesHeight(causes.length, count),
      y + 40 + listed * ROW_HEIGHT + 24,
    );
    markup += heading(format.format('agenda.likely-causes'), at);
    markup += causeBlocks(drawing, causes, messages, x, at + 44, width);
  }
  return markup;
}

/**
 * The board as one slide (1920 × 1080 by default): the title with the cycle and the report's
 * date, the summary sentence, the radar with its key, the gauge with the balance reading and its
 * key, every objective with its status (the worst first where they do not all fit) and the
 * strongest suggested causes with their first piece of evidence. Side by side on a landscape
 * slide, the radar above the rest on an upright one. No objectives, or a report that cannot be
 * drawn: the title and the widgets' message. `<desc>` is the radar's summary.
 */
export function boardToSvg(report: unknown, options: BoardSvgOptions = {}): string {
  const drawing = prepare(report, options);
  const { format, colours, given } = drawing;
  const width = size(options.width, 1920, 320, 7680);
  const height = size(options.height, 1080, 180, 4320);
  const { W, H, upright } = layoutSize(width, height);
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
    body += moved(PAD - 24, top, messageBlock(drawing, message, W - 2 * PAD, 28).markup);
  } else {
    const count = size(options.causes, 3, 0, 10);
    const causes = strongest(given.suggestions, count);
    // Landscape: the radar on the left half, the rest on the right. Upright: the radar across,
    // in the height the rest leaves it (two fifths at least), the rest below.
    const x = upright ? PAD : W / 2 + 48;
    const columnWidth = W - PAD - x;
    const gauge = gaugeRow(drawing, drawing.report, read, columnWidth);
    const below = gauge.height + GAP + listsHeight(objectives.length, causes.length, count);
    const radarRoom = upright
      ? Math.max(bottom - top - below - 32, 0.4 * (bottom - top))
      : bottom - top;
    const radar = radarBlock(drawing, objectives, {
      width: upright ? W - 2 * PAD : Math.round(W / 2 - PAD),
      height: radarRoom,
      grid: options.grid,
      fontSize: 19,
    });
    // What is left over is shared above and below: the slide's parts stay together.
    const column = upright ? radar.height + 32 + below : below;
    const spare = Math.max(0, bottom - top - column) / 2;
    const radarTop = top + (upright ? spare : Math.max(0, (radarRoom - radar.height) / 2));
    body += moved(PAD, radarTop, radar.markup);
    const columnTop = upright ? radarTop + radar.height + 32 : top + spare;
    body += moved(x, columnTop, gauge.markup);
    body += lists(drawing, objectives, causes, count, options.messages, {
      x,
      y: columnTop + gauge.height + GAP,
      width: columnWidth,
      bottom: bottom - spare,
    });
  }
  return svgDocument(
    { width, height, title, desc: summary },
    drawing,
    options,
    el('g', { transform: `scale(${Math.round((width / W) * 1e6) / 1e6})` }, body),
  );
}

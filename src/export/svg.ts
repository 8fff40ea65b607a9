// The pieces every exported SVG is made of, as text: no DOM, so they are made in Node and in
// workers. Host text is escaped here and nowhere else.
import {
  type CheckedReport,
  checkReport,
  DATA_MESSAGES,
  EVIDENCE_MESSAGES,
  type Formatter,
  formatterWith,
  GAUGE_MESSAGES,
  type Issue,
  LEVEL_MESSAGES,
  type Messages,
  RADAR_DRAWING_MESSAGES,
  STATUS_MESSAGES,
  textWidthOf,
} from '../core/index';
import { SLIDE_MESSAGES } from './texts';
import { type ExportTheme, THEME_COLOURS, type ThemeColours } from './theme';

/** Options every SVG export takes. */
export interface SvgOptions {
  /** The default theme's light or dark colours, written into the SVG. @default 'light' */
  theme?: ExportTheme;
  /** Width in pixels. */
  width?: number;
  /** Height in pixels. @default what the drawing needs at its width */
  height?: number;
  /** BCP 47 locale for numbers and dates. @default the report's `locale` */
  locale?: string;
  /** The texts, e.g. `MESSAGES_DE` of `okr-balance/locales/de`; English where one is missing. */
  messages?: Messages;
  /** Paints the theme's background behind the drawing (a slide needs one). @default true */
  background?: boolean;
  /** Called with the problems of a report that cannot be drawn (the SVG then says so). */
  onIssues?: (issues: Issue[]) => void;
}

/** The fonts the exported text asks for: the system's own interface font, then common ones. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** Every text the exports show, English where the host's `messages` have none. */
const TEXTS = [
  STATUS_MESSAGES,
  LEVEL_MESSAGES,
  DATA_MESSAGES,
  RADAR_DRAWING_MESSAGES,
  GAUGE_MESSAGES,
  SLIDE_MESSAGES,
  EVIDENCE_MESSAGES,
];

/**
 * Text as XML character data or an attribute value: markup characters as entities, characters
 * XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF) left out, a lone surrogate
 * as U+FFFD, tabs and line ends as spaces (a label is one line).
 */
export function escapeXml(value: unknown): string {
  return (
    String(value)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids
      .replace(/[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]/g, '')
      .replace(/[\t\n\r]/g, ' ')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(
        /[&<>"']/g,
        (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
      )
  );
}

/** A number as SVG writes it: hundredths at most, never `NaN` (0), `-0` or an exponent. */
export const num = (value: number): string => {
  const rounded = Math.round((Number.isFinite(value) ? value : 0) * 100) / 100 + 0;
  return Math.abs(rounded) < 1e15 ? String(rounded) : '0';
};

/** Attribute values: numbers rounded, text escaped, `undefined` left out. */
export type Attributes = Record<string, string | number | undefined>;

// `rgb(r g b / a)`, as tokens.css writes a translucent colour: hex and an opacity in the SVG,
// which every renderer reads (CSS Color 4's syntax is not SVG 1.1's).
const TRANSLUCENT = /^rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)$/;

/** An element with its attributes and content (already markup); self-closing without content. */
export function el(tag: string, attributes: Attributes, content = ''): string {
  let text = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    const colour = typeof value === 'string' ? TRANSLUCENT.exec(value) : null;
    if (colour) {
      const hex = colour
        .slice(1, 4)
        .map((part) => Number(part).toString(16).padStart(2, '0'))
        .join('');
      text += ` ${name}="#${hex}" ${name}-opacity="${colour[4]}"`;
    } else text += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return content ? `${text}>${content}</${tag}>` : `${text}/>`;
}

/** Markup moved by `x`, `y`: a group with a translation. */
export const moved = (x: number, y: number, markup: string): string =>
  el('g', { transform: `translate(${num(x)},${num(y)})` }, markup);

/** A line of text (escaped). */
export const text = (content: string, attributes: Attributes): string =>
  el('text', attributes, escapeXml(content));

/** What an export draws with: the report checked, its texts and its colours. */
export interface Drawing {
  /** The report, or `null` where it cannot be drawn (`issues` say why). */
  report: CheckedReport | null;
  issues: Issue[];
  format: Formatter;
  colours: ThemeColours;
  /** The whole report as given, for its `now`, `cycle` and `suggestions` (read with care). */
  given: Record<string, unknown>;
}

/** Checks the report (as the widgets do) and makes the texts and colours of an export. */
export function prepare(report: unknown, options: SvgOptions): Drawing {
  const checked = checkReport(report);
  if (!checked.ok) options.onIssues?.(checked.issues);
  const given = (checked.ok ? report : {}) as Record<string, unknown>;
  const locale = options.locale ?? (typeof given.locale === 'string' ? given.locale : undefined);
  return {
    report: checked.report,
    issues: checked.issues,
    format: formatterWith({ locale, messages: options.messages }, TEXTS),
    colours: THEME_COLOURS[options.theme === 'dark' ? 'dark' : 'light'],
    given,
  };
}

/** A size option: a finite number within bounds, else the fallback. */
export const size = (value: unknown, fallback: number, min: number, max: number): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.round(Math.min(Math.max(value, min), max))
    : fallback;

/** The status colour of a mark; an unknown status takes not-started's, as its shape does. */
export const statusColour = (colours: ThemeColours, status: string): string =>
  colours[`status-${status}` as keyof ThemeColours] ?? colours['status-not-started'];

/**
 * The standalone document: `xmlns`, the size in pixels and a matching `viewBox`, `<title>` and
 * `<desc>` first, the system font stack, and the theme's background under the drawing.
 */
export function svgDocument(
  { width, height, title, desc }: { width: number; height: number; title: string; desc: string },
  drawing: Drawing,
  options: SvgOptions,
  body: string,
): string {
  const background =
    options.background === false ? '' : el('rect', { width, height, fill: drawing.colours.bg });
  return `${el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'font-family': FONT_STACK,
      'font-size': 14,
      direction: 'ltr',
    },
    `${el('title', {}, escapeXml(title))}${el('desc', {}, escapeXml(desc))}${background}${body}`,
  )}\n`;
}

/**
 * The width of a run of text laid out beside another, from the core's estimate with room to
 * spare: system fonts run up to a tenth wider than it (DejaVu Sans), bold ones a quarter.
 */
export const widthOf = (value: string, fontSize: number, bold = false): number =>
  textWidthOf(value, fontSize) * (bold ? 1.25 : 1.12);

/** An item of a key: a swatch (markup drawn in a box `swatch` wide and a line high at 0,0) and its words. */
export interface KeyItem {
  swatch: string;
  swatchWidth: number;
  /** Space between the swatch and the words. */
  gap: number;
  text: string;
  colour?: string;
}

/**
 * A key laid out as the widgets' CSS does it (flex-wrap, centred rows): items side by side,
 * `columnGap` apart, wrapped into rows of `width`, each row centred; text widths estimated as
 * the core's layout does. Returns the markup (from y = 0) and its height.
 */
export function flowKey(
  items: readonly KeyItem[],
  width: number,
  fontSize: number,
  colour: string,
  columnGap = 16,
  rowGap = 4,
): { markup: string; height: number } {
  const line = Math.round(fontSize * 1.25);
  const rows: { items: KeyItem[]; width: number }[] = [];
  for (const item of items) {
    const itemWidth = item.swatchWidth + item.gap + widthOf(item.text, fontSize);
    const last = rows[rows.length - 1];
    if (last && last.width + columnGap + itemWidth <= width) {
      last.items.push(item);
      last.width += columnGap + itemWidth;
    } else rows.push({ items: [item], width: itemWidth });
  }
  let markup = '';
  rows.forEach((row, index) => {
    const top = index * (line + rowGap);
    let x = Math.max(0, (width - row.width) / 2);
    for (const item of row.items) {
      markup += moved(x, top, item.swatch);
      x += item.swatchWidth + item.gap;
      markup += text(item.text, {
        x,
        y: top + line / 2 + fontSize * 0.35,
        fill: item.colour ?? colour,
        'font-size': fontSize,
      });
      x += widthOf(item.text, fontSize) + columnGap;
    }
  });
  return {
    markup,
    height: rows.length === 0 ? 0 : rows.length * line + (rows.length - 1) * rowGap,
  };
}

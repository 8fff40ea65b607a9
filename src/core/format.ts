/**
 * The formatting engine: turns a message id and values into text. Templates take values as
 * `{name}`, `{name, percent}` (0.42 → 42 %), `{name, number}`, `{name, points}` (a signed change
 * in percentage points), `{name, date}` (UTC) and
 * `{name, plural, one {# objective} other {# objectives}}`; `{name, kind}` with a text value shows
 * the message `kind.value`, e.g. `{status, status}` → `status.at-risk` → “At risk”.
 * Ids, catalogues and values may come from JSON: every lookup is an own-property one, a
 * template that is not text falls back to English, and references between messages stop at
 * `MAX_MESSAGE_DEPTH`, so no catalogue can make formatting throw.
 */

/** English texts a formatter falls back on, searched in order. */
export type DefaultMessages = readonly Readonly<Record<string, string>>[];

/** A catalogue of message templates by id; a partial one falls back to English. */
export type Messages = Record<string, string | undefined>;

/** Values a template is formatted with. */
export type MessageValues = Record<string, number | string>;

/** Options of `formatMessage` and of everything that produces text. */
export interface FormatOptions {
  /** BCP 47 locale for numbers and dates. @default 'en' */
  locale?: string;
  /** Translations or overrides of the default English messages. */
  messages?: Messages;
}

/** A formatter bound to a locale and catalogue; it keeps its `Intl` objects for reuse. */
export interface Formatter {
  locale: string;
  format(id: string, values?: MessageValues): string;
}

/**
 * How many messages deep one message may name others (`{status, status}`) or nest plural
 * choices: deeper, the placeholder shows as written. A message that names itself stops here.
 */
export const MAX_MESSAGE_DEPTH = 8;

/**
 * A formatter whose English fallback is only the catalogues given: the package's own code names
 * the parts it shows, so a bundle carries the texts of the widgets it uses and no others.
 */
export function formatterWith(options: FormatOptions, defaults: DefaultMessages): Formatter {
  // Read once; a getter that throws leaves the defaults.
  let locale: unknown;
  let messages: unknown;
  try {
    ({ locale, messages } = options);
  } catch {}
  const tools = localeTools(typeof locale === 'string' ? locale : undefined);
  const catalogue = typeof messages === 'object' && messages !== null ? messages : undefined;
  const byId = new Map<string, Part[]>();
  const number = (value: number, kind: string): string => {
    if (kind === 'date') {
      // Epoch milliseconds beyond ±8.64e15 are no date: Intl would throw a RangeError.
      if (!(Math.abs(value) <= MAX_EPOCH_MS)) return '–';
      return made(tools, 'date', dateFormat).format(value);
    }
    const name: NumberKind = kind === 'percent' || kind === 'points' ? kind : 'number';
    // Looked up before `made`, so that the hot path builds no closure.
    const format =
      (tools.made[name] as Intl.NumberFormat | undefined) ??
      made(tools, name, (locale) => new Intl.NumberFormat(locale, NUMBER_FORMATS[name]));
    // Every kind shows at most two decimals of `value` (percent and points: whole hundredths),
    // so results repeat: remember them by the rounded hundredths. Values next to a half go to
    // Intl directly, as their rounding depends on digits a float multiplication may lose.
    const points = name === 'points';
    const scaled = value * 100;
    const fraction = Math.abs(scaled) % 1;
    if (Math.abs(fraction - 0.5) < 1e-6 || !(Math.abs(scaled) < 1e15)) {
      return format.format(points ? scaled : value);
    }
    const key = Math.round(scaled);
    // Map keys do not tell -0 from 0, while Intl shows "-0%" for a small negative.
    if (key === 0 && (value < 0 || Object.is(value, -0))) {
      return format.format(points ? scaled : value);
    }
    // Texts of whole hundredths up to ±100 are kept with the locale: a fixed table of how the
    // locale writes numbers, the same whoever asks, so it holds nothing of any analysis.
    const shared = key >= -MEMO_LIMIT && key <= MEMO_LIMIT;
    const memoKey = MEMO_KEYS[name];
    const memo = shared
      ? ((tools.made[memoKey] as Map<number, string> | undefined) ??
        made(tools, memoKey, () => new Map()))
      : undefined;
    let text = memo?.get(key);
    if (text === undefined) {
      text = format.format(points ? key : key / 100);
      memo?.set(key, text);
    }
    return text;
  };
  // Plural categories of the counts seen so far: Intl.PluralRules#select is slow to call.
  const plurals = new Map<number, string>();
  const pluralOf = (value: number): string => {
    let category = plurals.get(value);
    if (category === undefined) {
      category = made(tools, 'plural', (locale) => new Intl.PluralRules(locale)).select(value);
      if (plurals.size < 1000) plurals.set(value, category);
    }
    return category;
  };
  // `count` is the number a plural chose by, which `#` in the choice shows.
  const render = (
    parts: readonly Part[],
    values: unknown,
    depth: number,
    count?: number,
  ): string => {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const value = part.name === '#' && count !== undefined ? count : ownValue(values, part.name);
      if (value === undefined) text += part.source;
      // A string with a kind names another message: `{status, status}` shows `status.<value>`.
      else if (typeof value === 'string') {
        text +=
          part.kind && depth < MAX_MESSAGE_DEPTH
            ? formatId(`${part.kind}.${value}`, values, depth + 1)
            : value;
      } else if (!Number.isFinite(value)) text += '–';
      else if (part.kind === 'plural') {
        // Choices nested past the cap were not compiled: they show as written.
        text +=
          part.choices && depth < MAX_MESSAGE_DEPTH
            ? render(
                part.choices.get(`=${value}`) ??
                  part.choices.get(pluralOf(value)) ??
                  part.choices.get('other') ??
                  [],
                values,
                depth + 1,
                value,
              )
            : part.source;
      } else text += number(value, part.kind);
    }
    return text;
  };
  const formatId = (id: string, values: unknown, depth: number): string => {
    let parts = byId.get(id);
    if (!parts) {
      const own = catalogue && ownText(catalogue, id);
      parts = own === undefined ? compiledDefault(defaults, id) : compile(own);
      byId.set(id, parts);
    }
    return render(parts, values, depth);
  };
  return {
    locale: tools.locale,
    format: (id, values) => formatId(String(id), values, 0),
  };
}

/** The largest epoch milliseconds a `Date` holds. */
const MAX_EPOCH_MS = 8.64e15;

type NumberKind = 'number' | 'percent' | 'points';

const dateFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });

const MEMO_KEYS: Record<NumberKind, string> = { number: 'n#', percent: '%#', points: 'p#' };

/** Hundredths from −100 to 100 have their text remembered per locale. */
const MEMO_LIMIT = 10_000;

const NUMBER_FORMATS: Record<NumberKind, Intl.NumberFormatOptions> = {
  number: { maximumFractionDigits: 2 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
  points: { maximumFractionDigits: 0, signDisplay: 'exceptZero' },
};

/** A template's value by own property only (a report's values may come from JSON), or none. */
function ownValue(values: unknown, name: string): number | string | undefined {
  try {
    if (typeof values !== 'object' || values === null || !Object.hasOwn(values, name)) return;
    const value = (values as Record<string, unknown>)[name];
    return typeof value === 'number' || typeof value === 'string' ? value : undefined;
  } catch {}
}

// A host text is used only when it is the catalogue's own string: `messages['__proto__']` or a
// number must not become a template.
function ownText(catalogue: object, id: string): string | undefined {
  const text = ownValue(catalogue, id);
  return typeof text === 'string' ? text : undefined;
}

/**
 * The default templates (the package's own catalogues), compiled once by their text: constants
 * of the package, so sharing them between formatters holds no user data. Unknown ids show as
 * themselves.
 */
const compiledDefaults = new Map<string, Part[]>();
const MAX_COMPILED = 1000;

function compiledDefault(defaults: DefaultMessages, id: string): Part[] {
  for (const catalogue of defaults) {
    const text = ownText(catalogue, id);
    if (text === undefined) continue;
    let parts = compiledDefaults.get(text);
    if (!parts) {
      parts = compile(text);
      // Bounded: a host may pass catalogues of its own as defaults.
      if (compiledDefaults.size < MAX_COMPILED) compiledDefaults.set(text, parts);
    }
    return parts;
  }
  return [id];
}

/** A placeholder of a compiled template. Compiled templates are never changed once built. */
interface Placeholder {
  readonly name: string;
  readonly kind: string;
  readonly source: string;
  readonly choices?: ReadonlyMap<string, readonly Part[]>;
}

/** A piece of a compiled template: text or a placeholder. */
type Part = string | Placeholder;

function compile(template: string, depth = 0): Part[] {
  const parts: Part[] = [];
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    const close = open < 0 ? -1 : matchingBrace(template, open);
    if (close < 0) {
      parts.push(template.slice(index));
      break;
    }
    if (open > index) parts.push(template.slice(index, open));
    parts.push(placeholder(template.slice(open, close + 1), depth));
    index = close + 1;
  }
  return parts;
}

function placeholder(source: string, depth: number): Part {
  const body = source.slice(1, -1);
  const [name = '', kind = '', ...rest] = body.split(',');
  const part = { name: name.trim(), kind: kind.trim(), source };
  // Plural choices nested deeper than anyone writes stay text: compiling them could overflow.
  if (part.kind !== 'plural' || depth >= MAX_MESSAGE_DEPTH) return part;
  const options = rest.join(',');
  const choices = new Map<string, Part[]>();
  for (let index = 0; index < options.length; ) {
    const open = options.indexOf('{', index);
    const close = open < 0 ? -1 : matchingBrace(options, open);
    if (close < 0) break;
    // `#` in a choice stands for the number itself.
    const text = options.slice(open + 1, close).replaceAll('#', '{#, number}');
    choices.set(options.slice(index, open).trim(), compile(text, depth + 1));
    index = close + 1;
  }
  return { ...part, choices };
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 123) depth++;
    else if (char === 125 && --depth === 0) return index;
  }
  return -1;
}

/** A locale's `Intl` objects and number texts, built on first use, shared by its formatters. */
interface LocaleTools {
  locale: string;
  made: Record<string, unknown>;
}

/** What `tools` keeps under `key`, made the first time it is asked for. */
function made<T>(tools: LocaleTools, key: string, make: (locale: string) => T): T {
  tools.made[key] ??= make(tools.locale);
  return tools.made[key] as T;
}

// Building Intl objects costs more than analysing a handful of objectives, so they are kept by
// locale tag. They are immutable and hold no data; the map is bounded, so tags cannot pile up.
const toolsByTag = new Map<string, LocaleTools>();
const MAX_LOCALES = 16;

function localeTools(tag: string | undefined): LocaleTools {
  const key = tag ?? '';
  let tools = toolsByTag.get(key);
  if (!tools) {
    tools = { locale: supportedLocale(tag), made: {} };
    if (toolsByTag.size >= MAX_LOCALES) toolsByTag.clear();
    toolsByTag.set(key, tools);
  }
  return tools;
}

function supportedLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale)[0] ?? 'en';
  } catch {
    // An ill-formed tag such as 'en_US' makes Intl throw; the default serves instead.
    return 'en';
  }
}

// Numbers written as text, as spreadsheets and CSV-minded APIs hand them over. The core reads
// what means the same everywhere (`"100"`, `" 42.5 "`, `"1e3"`, `"-3"`, `"60%"`) and names,
// without guessing, what depends on a file's conventions: a comma (`"0,5"` is a half in
// Germany, `"1,234"` a thousand and more in the US) or grouped digits (`"1.234.567"`,
// `"1 234"`). `okr-balance/import` reads those, as it knows the file.

/** What a text in a numeric field holds; the kinds that are not read are issue codes. */
export type NumberText =
  /** A number in JavaScript's own notation, white space around it allowed. */
  | { kind: 'number'; value: number }
  /** A number followed by `%` (spaces between allowed); `value` is the number before it. */
  | { kind: 'percent'; value: number }
  /** A number in JavaScript's notation too big for a double, such as `"1e400"`. */
  | { kind: 'not-finite' }
  /** Digits with a comma: a decimal comma or a thousands separator, which is not guessed. */
  | { kind: 'decimal-comma' }
  /** Digits grouped by dots, spaces or apostrophes (`"1.234.567"`, `"1 234"`): not guessed. */
  | { kind: 'digit-grouping' };

// JavaScript's decimal notation, which `Number` reads the same on every machine; `Number`
// alone would also read `""`, `"0x10"`, `"Infinity"` and `"0b1"`.
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
// Digits with separators: at least one digit, nothing but digits, separators and a sign.
const SEPARATED = /^[+-]?[.,]?\d[\d.,'’\s]*$/;
// Longer texts are no number a person typed; they stay unread without a closer look.
const MAX_SEPARATED = 40;

/**
 * Reads `text` as a number, a percentage or a number whose separators are not guessed; `null`
 * when it is no number at all.
 */
export function readNumberText(text: string): NumberText | null {
  let body = text.trim();
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trimEnd();
  if (PLAIN.test(body)) {
    const value = Number(body);
    if (!Number.isFinite(value)) return { kind: 'not-finite' };
    return { kind: percent ? 'percent' : 'number', value };
  }
  if (body.length > MAX_SEPARATED || !SEPARATED.test(body)) return null;
  return { kind: body.includes(',') ? 'decimal-comma' : 'digit-grouping' };
}

/** `text` as an issue message shows it: trimmed, and cut short after 40 characters. */
export function shownText(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed;
}

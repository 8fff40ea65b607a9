/**
 * The message catalogue: every text the package shows, keyed by id. Templates take values as
 * `{name}`, `{name, percent}` (0.42 → 42 %), `{name, number}`, `{name, points}` (a signed change
 * in percentage points), `{name, date}` (UTC) and
 * `{name, plural, one {# objective} other {# objectives}}`; `{name, kind}` with a text value shows
 * the message `kind.value`, e.g. `{status, status}` → `status.at-risk` → “At risk”.
 */
/** Names of statuses, balance levels, signal strengths and catalogue areas. */
export const LABEL_MESSAGES = {
  'status.done': 'Done',
  'status.ahead': 'Exceeding',
  'status.on-track': 'On track',
  'status.not-started': 'Not started',
  'status.behind': 'Lagging',
  'status.at-risk': 'At risk',
  'status.off-track': 'Severely lagging',
  'status.stale': 'No recent check-in',
  'level.balanced': 'Balanced',
  'level.uneven': 'Uneven',
  'level.unbalanced': 'Unbalanced',
  'strength.strong': 'Strong signal',
  'strength.possible': 'Possible',
  'area.leader': 'Leader',
  'area.team': 'Team',
  'area.target': 'Target',
  'area.process': 'Review process',
  'area.value': 'Customer value',
  'area.horizon': 'Time horizon',
  'area.organization': 'Organisation',
  'levelText.balanced': 'balanced',
  'levelText.uneven': 'uneven',
  'levelText.unbalanced': 'unbalanced',
} as const;

/** Why an objective has its status: one sentence per status rule. */
export const EXPLAIN_MESSAGES = {
  'explain.done': '{progress, percent} complete: the objective has reached its target (done rule).',
  'explain.not-started':
    'Nothing reported yet, and with {elapsed, percent} of the cycle gone it is too early to judge (early-cycle rule).',
  'explain.too-early':
    '{progress, percent} complete; with {elapsed, percent} of the cycle gone it is too early to project (early-cycle rule).',
  'explain.projection':
    'Projected to reach {projection, percent} by the end of the cycle; success is {bar, percent} (projection rule).',
  'explain.score-bands':
    'Projected to score {projection, number} by the end of the cycle; {green, number} and up is green, {yellow, number} and up yellow (score-band rule).',
  'explain.gap-points':
    '{progress, percent} complete where {expected, percent} was expected, a gap of {gap, number} points; on track under {onTrack, number}, lagging up to {behind, number} (gap rule).',
  'explain.pace-ratio':
    'Moving at {ratio, percent} of the ideal pace; on track from {onTrack, percent}, lagging from {behind, percent} (pace-ratio rule).',
  'explain.confidence':
    'The team’s confidence is {confidence, percent}, under {limit, percent}, so the status is at least ‘{status, status}’ whatever the progress (confidence rule).',
} as const;

/** Problems found in the input, and what was done about them. */
export const ISSUE_MESSAGES = {
  'issue.invalid-input': 'The input is not an object with a cycle and a list of objectives.',
  'issue.missing': '{path} is missing.',
  'issue.wrong-type': '{path} should be {expected}.',
  'issue.not-a-number': '{path} is not a number.',
  'issue.not-finite': '{path} is not a finite number.',
  'issue.negative': '{path} must not be negative.',
  'issue.out-of-range': '{path} must be between 0 and 1.',
  'issue.empty': '{path} must not be empty.',
  'issue.invalid-date':
    '{path} is not a date: use an ISO 8601 text such as 2026-01-31, epoch milliseconds or a Date.',
  'issue.not-allowed': '{path} must be ‘committed’ or ‘aspirational’.',
  'issue.cycle-order': 'The cycle must end after it starts.',
  'issue.empty-range':
    '{path}: target and start are equal, so progress cannot be measured; give a different target or a progress value.',
  'issue.duplicate-id': '{path} repeats an id used before.',
  'issue.no-objectives': 'There are no objectives to analyse.',
  'issue.no-progress': '{path} has neither key results nor a progress value.',
  'issue.zero-weights': 'All weights are 0, so every objective counts the same.',
  'issue.invalid-pace': 'The pace function gave a value that is not a number between 0 and 1.',
  'expected.number': 'a number',
  'expected.string': 'text',
  'expected.array': 'a list',
  'expected.object': 'an object',
  'expected.value': 'a valid value',
  'action.objective-left-out': 'This objective is left out.',
  'action.key-result-left-out': 'This key result is left out.',
  'action.check-in-left-out': 'This check-in is left out.',
  'action.nothing-analysed': 'Nothing can be analysed.',
  'action.default-used': 'The default is used instead.',
  'action.ignored': 'The value is ignored.',
  'action.raised-to-zero': 'It counts as 0.',
  'action.counts-as-zero': 'Its progress counts as 0.',
} as const;

/** What the data shows for a suggested cause. */
export const EVIDENCE_MESSAGES = {
  'evidence.capacity-imbalance':
    '‘{leader}’ is at {leaderProgress, percent} while ‘{laggard}’ is at {laggardProgress, percent}, with {elapsed, percent} of the cycle gone.',
  'evidence.completed-early': '‘{title}’ was done with {elapsed, percent} of the cycle gone.',
  'evidence.projected-far-over':
    '‘{title}’ is projected to reach {projection, percent}, at least {factor, number} times its bar of {bar, percent}.',
  'evidence.projected-short':
    '‘{title}’ is moving but is projected to reach only {projection, percent} against a bar of {bar, percent}.',
  'evidence.no-progress': '‘{title}’ shows no progress with {elapsed, percent} of the cycle gone.',
  'evidence.no-key-results': '‘{title}’ has no key results and is behind its pace.',
  'evidence.stalled':
    '‘{title}’ has not risen above {progress, percent} in {count} check-ins over {days} days.',
  'evidence.stale': '‘{title}’ was last checked in {days, plural, one {# day} other {# days}} ago.',
  'evidence.sparse-check-ins':
    'Check-ins on ‘{title}’ are {days, plural, one {# day} other {# days}} apart (median).',
  'evidence.many-objectives':
    '{count} objectives in one cycle, more than the {limit} a team can usually keep in focus.',
  'evidence.added-late': '‘{title}’ was added with {elapsed, percent} of the cycle gone.',
  'evidence.confidence-mismatch':
    '‘{title}’ measures {progress, percent} but the team’s confidence is {confidence, percent}.',
  'evidence.all-done':
    '{share, percent} of the objectives are done with {elapsed, percent} of the cycle gone.',
} as const;

/** The review agenda. */
export const AGENDA_MESSAGES = {
  'agenda.title': 'OKR review: {cycle}',
  'agenda.progress': 'Progress',
  'agenda.plans': 'Plans',
  'agenda.problems': 'Problems',
  'agenda.progress-line': '{title}: {progress, percent}, {status}',
  'agenda.movement': '{delta, points} points since the previous check-in',
  'agenda.no-cause': 'No cause stands out in the data; go through the checklist together.',
  'agenda.nothing': 'Nothing to discuss here.',
  'agenda.likely-causes': 'Likely causes',
} as const;

/** `CauseChecklist`. */
export const CHECKLIST_MESSAGES = {
  'checklist.summary':
    '{suggested, plural, one {# cause} other {# causes}} suggested by the data; {checked, number} ticked',
  'checklist.focus': 'Focused on ‘{title}’',
  'checklist.group': '{area}, {checked, number} of {total, number} ticked',
  'checklist.suggested': 'Suggested: {strength, strength}',
  'checklist.objectives': 'Objectives: {titles}',
  'checklist.remedies': 'What to try',
  'checklist.note': 'Note on {title}',
  'checklist.empty': 'This checklist has no entries.',
} as const;

/** `ProgressSpreadGauge`. */
export const GAUGE_MESSAGES = {
  'gauge.label': 'Balance of progress',
  'gauge.valuetext':
    'Balance {score} of 100, {level, levelText}. Attainment from {min, percent} to {max, percent}, median {median, percent}, expected by now {expected, percent}. {count, plural, one {# objective} other {# objectives}}, {atRisk} at risk or worse.',
  'gauge.of': 'of 100',
  'gauge.scale': '{value, percent}',
  'gauge.spread': 'Spread {min, percent}–{max, percent}',
  'gauge.median': 'Median {value, percent}',
  'gauge.expected': 'Expected {value, percent}',
  'gauge.tick': '{title}: {attainment, percent}, {status, status}',
  'gauge.empty': 'No objectives to measure yet.',
} as const;

/** `OkrRadar`. */
export const RADAR_MESSAGES = {
  'radar.label': 'Progress by objective',
  'radar.summary':
    '{count, plural, one {# objective} other {# objectives}}, balance {score} of 100, {level, levelText}, {atRisk} at risk or worse.',
  'radar.summary-empty': 'No objectives to show.',
  'radar.point': '{title}: {progress, percent}, expected {expected, percent}, {status, status}',
  'radar.progress': 'Progress {progress, percent}',
  'radar.expected': 'Expected {expected, percent}',
  'radar.compare': '{label}: {value, percent}',
  'radar.caption': 'Progress of each objective',
  'radar.col-objective': 'Objective',
  'radar.col-progress': 'Progress',
  'radar.col-expected': 'Expected',
  'radar.col-status': 'Status',
  'radar.legend-progress': 'Progress',
  'radar.legend-expected': 'Expected pace',
} as const;

/** `OkrBalanceBoard`. */
export const BOARD_MESSAGES = {
  'board.title': 'OKR balance {cycle}',
  'board.issues':
    '{count, plural, one {# problem} other {# problems}} in the data: repaired or left out, see the console or onIssues.',
  'board.objectives': 'Objectives and their status',
} as const;

/** Every English text, for translators and for `createFormatter`'s default. */
export const MESSAGES_EN = /* @__PURE__ */ Object.assign(
  {},
  LABEL_MESSAGES,
  EXPLAIN_MESSAGES,
  ISSUE_MESSAGES,
  EVIDENCE_MESSAGES,
  AGENDA_MESSAGES,
  CHECKLIST_MESSAGES,
  GAUGE_MESSAGES,
  RADAR_MESSAGES,
  BOARD_MESSAGES,
) as typeof LABEL_MESSAGES &
  typeof EXPLAIN_MESSAGES &
  typeof ISSUE_MESSAGES &
  typeof EVIDENCE_MESSAGES &
  typeof AGENDA_MESSAGES &
  typeof CHECKLIST_MESSAGES &
  typeof GAUGE_MESSAGES &
  typeof RADAR_MESSAGES &
  typeof BOARD_MESSAGES;

/** The id of a message in the default catalogue. */
export type MessageId = keyof typeof MESSAGES_EN;

/** English texts a formatter falls back on, searched in order. */
export type DefaultMessages = readonly Readonly<Record<string, string>>[];

/** A catalogue of message templates by id; a partial one falls back to English. */
export type Messages = Partial<Record<MessageId, string>> & Record<string, string | undefined>;

/** Values a template is formatted with. */
export type MessageValues = Record<string, number | string>;

/** Options of `formatMessage` and of everything that produces text. */
export interface FormatOptions {
  /** BCP 47 locale for numbers and dates. @default 'en' */
  locale?: string;
  /** Translations or overrides of the default English messages. */
  messages?: Messages;
}

/** Formats one message; build a `createFormatter` for many. */
export function formatMessage(
  id: string,
  values: MessageValues = {},
  options: FormatOptions = {},
): string {
  return createFormatter(options).format(id, values);
}

/** A formatter bound to a locale and catalogue; it keeps its `Intl` objects for reuse. */
export interface Formatter {
  locale: string;
  format(id: string, values?: MessageValues): string;
}

/** Creates a formatter; one per analysis keeps `Intl` construction off the hot path. */
export function createFormatter(options: FormatOptions = {}): Formatter {
  return formatterWith(options, [MESSAGES_EN]);
}

/**
 * A formatter whose English fallback is only the catalogues given: the package's own code names
 * the parts it shows, so a bundle carries the texts of the widgets it uses and no others.
 */
export function formatterWith(options: FormatOptions, defaults: DefaultMessages): Formatter {
  const locale = supportedLocale(options.locale);
  const messages = options.messages;
  const byId = new Map<string, Part[]>();
  const slots = new Map<string, NumberSlot>();
  let dates: Intl.DateTimeFormat | undefined;
  let pluralRules: Intl.PluralRules | undefined;

  const slotFor = (kind: string): NumberSlot => {
    const name = kind === 'percent' || kind === 'points' ? kind : 'number';
    let slot = slots.get(name);
    // Stryker disable next-line ConditionalExpression: a cache; a new slot formats the same
    if (!slot) {
      slot = { format: new Intl.NumberFormat(locale, NUMBER_FORMATS[name]), memo: new Map(), name };
      slots.set(name, slot);
    }
    return slot;
  };
  const number = (value: number, kind: string, part?: Placeholder): string => {
    if (kind === 'date') {
      dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      return dates.format(value);
    }
    // Every kind shows at most two decimals of `value` (percent and points: whole hundredths),
    // so results repeat: remember them by the rounded hundredths. Values next to a half go to
    // Intl directly, as their rounding depends on digits a float multiplication may lose.
    // Stryker disable next-line OptionalChaining: render always passes its placeholder
    let slot = part?.slot;
    // Stryker disable next-line ConditionalExpression: a cache; slotFor gives the same slot again
    if (!slot) {
      slot = slotFor(kind);
      // Stryker disable next-line ConditionalExpression: a cache on the placeholder; slotFor gives the same slot
      if (part) part.slot = slot;
    }
    const points = slot.name === 'points';
    const scaled = value * 100;
    const fraction = Math.abs(scaled) % 1;
    // Stryker disable next-line all: more values sent to Intl give the text the memo would; only speed changes
    if (Math.abs(fraction - 0.5) < 1e-6 || !(Math.abs(scaled) < 1e15)) {
      return slot.format.format(points ? scaled : value);
    }
    const key = Math.round(scaled);
    // Map keys do not tell -0 from 0, while Intl shows "-0%" for a small negative.
    // Stryker disable next-line all: more values sent to Intl give the text the memo would; only speed changes
    if (key === 0 && (value < 0 || Object.is(value, -0))) {
      return slot.format.format(points ? scaled : value);
    }
    let text = slot.memo.get(key);
    // Stryker disable next-line ConditionalExpression: a memo; formatting again gives the same text
    if (text === undefined) {
      text = slot.format.format(points ? key : key / 100);
      slot.memo.set(key, text);
    }
    return text;
  };
  // Plural categories of the counts seen so far: Intl.PluralRules#select is slow to call.
  const plurals = new Map<number, string>();
  const pluralOf = (value: number): string => {
    let category = plurals.get(value);
    // Stryker disable next-line ConditionalExpression: a cache; Intl gives the same category again
    if (category === undefined) {
      pluralRules ??= new Intl.PluralRules(locale);
      category = pluralRules.select(value);
      // Stryker disable next-line all: the cache's bound changes only memory and speed
      if (plurals.size < 1000) plurals.set(value, category);
    }
    return category;
  };
  const render = (parts: readonly Part[], values: MessageValues): string => {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const value = values[part.name];
      if (value === undefined) text += part.source;
      // A string with a kind names another message: `{status, status}` shows `status.<value>`.
      else if (typeof value === 'string')
        text += part.kind ? formatId(`${part.kind}.${value}`, values) : value;
      else if (!Number.isFinite(value)) text += '–';
      else if (part.choices) {
        const chosen =
          part.choices.get(`=${value}`) ??
          part.choices.get(pluralOf(value)) ??
          part.choices.get('other') ??
          [];
        text += render(chosen, { ...values, '#': value });
      } else text += number(value, part.kind, part);
    }
    return text;
  };
  const formatId = (id: string, values: MessageValues): string => {
    let parts = byId.get(id);
    // Stryker disable next-line ConditionalExpression: a cache; compiling again gives the same parts
    if (!parts) {
      parts = compile(messages?.[id] ?? fallback(defaults, id) ?? id);
      byId.set(id, parts);
    }
    return render(parts, values);
  };
  return { locale, format: (id, values = {}) => formatId(id, values) };
}

function fallback(defaults: DefaultMessages, id: string): string | undefined {
  for (const catalogue of defaults) {
    const text = catalogue[id];
    if (text !== undefined) return text;
  }
  return undefined;
}

interface NumberSlot {
  name: string;
  format: Intl.NumberFormat;
  /** Formatted text by rounded hundredths. */
  memo: Map<number, string>;
}

const NUMBER_FORMATS: Record<string, Intl.NumberFormatOptions> = {
  number: { maximumFractionDigits: 2 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
  points: { maximumFractionDigits: 0, signDisplay: 'exceptZero' },
};

/** A placeholder of a compiled template; `slot` caches its number format once used. */
interface Placeholder {
  name: string;
  kind: string;
  source: string;
  choices?: Map<string, Part[]>;
  slot?: NumberSlot;
}

/** A piece of a compiled template: text or a placeholder. */
type Part = string | Placeholder;

function compile(template: string): Part[] {
  const parts: Part[] = [];
  let index = 0;
  // Stryker disable next-line EqualityOperator: at the end no brace is found and an empty text is added
  while (index < template.length) {
    const open = template.indexOf('{', index);
    const close = open < 0 ? -1 : matchingBrace(template, open);
    // Stryker disable next-line EqualityOperator: a closing brace never sits at index 0
    if (close < 0) {
      parts.push(template.slice(index));
      break;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty text part renders nothing
    if (open > index) parts.push(template.slice(index, open));
    parts.push(placeholder(template.slice(open, close + 1)));
    index = close + 1;
  }
  return parts;
}

function placeholder(source: string): Part {
  const body = source.slice(1, -1);
  // Stryker disable next-line StringLiteral: split gives at least one item, so the default never applies
  const [name = '', kind = '', ...rest] = body.split(',');
  const part = { name: name.trim(), kind: kind.trim(), source };
  if (part.kind !== 'plural') return part;
  const options = rest.join(',');
  const choices = new Map<string, Part[]>();
  // Stryker disable next-line EqualityOperator: at the end no brace is found and the loop stops
  for (let index = 0; index < options.length; ) {
    const open = options.indexOf('{', index);
    // Stryker disable next-line EqualityOperator: a choice without a key at index 0 is one no lookup finds
    const close = open < 0 ? -1 : matchingBrace(options, open);
    // Stryker disable next-line EqualityOperator: a closing brace never sits at index 0
    if (close < 0) break;
    // `#` in a choice stands for the number itself.
    const text = options.slice(open + 1, close).replaceAll('#', '{#, number}');
    choices.set(options.slice(index, open).trim(), compile(text));
    index = close + 1;
  }
  return { ...part, choices };
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  // Stryker disable next-line EqualityOperator: past the end there is no brace to count
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

function supportedLocale(locale: string | undefined): string {
  // Stryker disable next-line ConditionalExpression: Intl finds no locale in undefined and throws on '', both give 'en'
  if (!locale) return 'en';
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale)[0] ?? 'en';
  } catch {
    // An ill-formed tag such as 'en_US' makes Intl throw; the default serves instead.
    return 'en';
  }
}

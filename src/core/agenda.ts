import { changeOrder, sinceMoment, sinceSummary, sinceText } from './agendaSince';
import { CAUSES, localizeEntry, RED_FLAGS } from './causes';
import { type ChangeKind, compareReports, type ReportChanges } from './compare';
import {
  AGENDA_MESSAGES,
  EVIDENCE_MESSAGES,
  type FormatOptions,
  formatterWith,
  LABEL_MESSAGES,
} from './messages';
import { isAtRiskOrWorse, statusSeverity } from './status';
import type { CatalogEntry, Report, Status, Suggestion, SuggestionStrength } from './types';

/** One line of the agenda's Progress section. */
export interface AgendaProgressItem {
  objectiveId: string;
  /** `'unit'` where the row is a team (a `unitReport` row): the agenda names it as one. */
  kind?: 'unit';
  title: string;
  progress: number;
  status: Status;
  /** Progress now minus progress at the check-in before the latest; `null` without two. */
  movement: number | null;
  /** With `since`: how it changed since the earlier report. */
  change?: ChangeKind;
}

/** What to try for an objective that is behind or worse. */
export interface AgendaPlan {
  objectiveId: string;
  /** `'unit'` where the row is a team (a `unitReport` row): the agenda names it as one. */
  kind?: 'unit';
  title: string;
  status: Status;
  /** The strongest cause the data suggests for it, or `null` when none stands out. */
  causeId: string | null;
  causeTitle: string | null;
  remedies: string[];
}

/** An objective at risk or worse, with its likely causes. */
export interface AgendaProblem {
  objectiveId: string;
  /** `'unit'` where the row is a team (a `unitReport` row): the agenda names it as one. */
  kind?: 'unit';
  title: string;
  status: Status;
  causes: { causeId: string; title: string; strength: SuggestionStrength }[];
}

/** The review agenda: the three sections as data and as Markdown. */
export interface ReviewAgenda {
  progress: AgendaProgressItem[];
  plans: AgendaPlan[];
  problems: AgendaProblem[];
  /** With `since`: every change since the earlier report; `null` without. */
  changes: ReportChanges | null;
  markdown: string;
}

/** Options of `reviewAgenda`. */
export interface ReviewAgendaOptions extends FormatOptions {
  /** Where cause titles and remedies come from. @default [...CAUSES, ...RED_FLAGS] */
  catalog?: readonly CatalogEntry[];
  /**
   * An earlier report (the last review's): the Progress section then says what changed since,
   * worse first, and what is gone (`compareReports`).
   */
  since?: Report;
}

const UNIT_KIND = { kind: 'unit' } as const;

/**
 * Builds the agenda of a review meeting from a report: Progress (every objective with its
 * status and movement), Plans (remedies of the strongest suggested cause of each objective
 * behind or worse) and Problems (objectives at risk or worse with their likely causes).
 */
export function reviewAgenda(report: Report, options: ReviewAgendaOptions = {}): ReviewAgenda {
  const format = formatterWith(
    {
      locale: options.locale ?? report.locale,
      messages: options.messages,
    },
    [LABEL_MESSAGES, EVIDENCE_MESSAGES, AGENDA_MESSAGES],
  );
  const catalog = options.catalog ?? [...CAUSES, ...RED_FLAGS];
  // Every lookup below goes through a Map built once, so the agenda is linear in the report:
  // a search of the suggestions per objective made 24k objectives take 9 s.
  const entries = new Map<string, CatalogEntry | undefined>();
  for (const entry of catalog) {
    const id = entry.id;
    if (!entries.has(id)) entries.set(id, entry);
  }
  const localized = new Map<string, CatalogEntry | undefined>();
  const entryOf = (id: string) => {
    if (!localized.has(id)) {
      const entry = entries.get(id);
      localized.set(id, entry && localizeEntry(entry, options.messages));
    }
    return localized.get(id);
  };
  const suggestionsOf = new Map<string, Suggestion[]>();
  for (const suggestion of report.suggestions) {
    for (const id of suggestion.objectiveIds) {
      const list = suggestionsOf.get(id);
      // An objective named twice by one suggestion still gets that cause once.
      if (!list) suggestionsOf.set(id, [suggestion]);
      else if (list[list.length - 1] !== suggestion) list.push(suggestion);
    }
  }
  const causesOf = (objectiveId: string) =>
    (suggestionsOf.get(objectiveId) ?? [])
      .flatMap((s) => {
        const entry = entryOf(s.causeId);
        return entry
          ? [{ causeId: s.causeId, title: entry.title, strength: s.strength, entry }]
          : [];
      })
      .sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));

  // A team's row is named as a team where an objective's would be named by its title.
  const kindOf = (o: { kind?: 'unit' }) => (o.kind === 'unit' ? UNIT_KIND : null);
  const changes = options.since === undefined ? null : compareReports(options.since, report);
  const changeOf = new Map(changes?.objectives.map((change) => [change.id, change]));
  const progress: AgendaProgressItem[] = report.objectives.map((o) => {
    const change = changeOf.get(o.id)?.change;
    return {
      objectiveId: o.id,
      ...kindOf(o),
      title: o.title,
      progress: o.progress,
      status: o.status,
      movement: o.previousProgress === null ? null : o.progress - o.previousProgress,
      ...(change === undefined ? {} : { change }),
    };
  });
  if (changes) {
    const order = changeOrder(changes);
    progress.sort((a, b) => (order.get(a.objectiveId) ?? 0) - (order.get(b.objectiveId) ?? 0));
  }
  const plans = report.objectives
    .filter((o) => statusSeverity(o.status) >= statusSeverity('behind'))
    .map((o) => {
      const strongest = causesOf(o.id)[0];
      return {
        objectiveId: o.id,
        ...kindOf(o),
        title: o.title,
        status: o.status,
        causeId: strongest?.causeId ?? null,
        causeTitle: strongest?.title ?? null,
        remedies: strongest ? [...strongest.entry.remedies] : [],
      };
    });
  const problems = report.objectives
    .filter((o) => isAtRiskOrWorse(o.status))
    .map((o) => ({
      objectiveId: o.id,
      ...kindOf(o),
      title: o.title,
      status: o.status,
      causes: causesOf(o.id).map(({ causeId, title, strength }) => ({ causeId, title, strength })),
    }));

  const t = (id: string, values: Record<string, number | string> = {}) => format.format(id, values);
  // Every text below is the host's (titles, catalogue entries, messages) or holds it, so each is
  // escaped whole once formatted; only the list markers, `**`, `#`, colons and brackets are ours.
  // Catalogue texts and labels repeat from objective to objective: each is escaped once.
  const memo = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let text = memo.get(key);
    if (text === undefined) {
      text = make();
      memo.set(key, text);
    }
    return text;
  };
  const label = (id: string) => once(`label ${id}`, () => escapeInline(t(id)));
  const status = (s: Status) => label(`status.${s}`);
  const strong = (text: string) => (text === '' ? '' : `**${escapeInline(text)}**`);
  const named = (item: { kind?: 'unit'; title: string }) =>
    item.kind === 'unit' ? t('agenda.unit', { title: item.title }) : item.title;
  const lines = [
    `# ${escapeInline(t('agenda.title', { cycle: report.cycle?.label ?? '' }).trim())}`,
  ];
  const section = (title: string, body: string[]) => {
    lines.push('', `## ${escapeInline(title)}`, '');
    // One push per line: spreading a section of 100k objectives into one call overflows the stack.
    if (body.length === 0) lines.push(escapeMarkdown(t('agenda.nothing')));
    for (const line of body) lines.push(line);
  };
  const when = changes ? sinceMoment(changes) : 0;
  const progressLines = progress.map((item) => {
    const line = escapeMarkdown(
      t('agenda.progress-line', {
        title: named(item),
        progress: item.progress,
        status: t(`status.${item.status}`),
      }),
    );
    const change = changeOf.get(item.objectiveId);
    const tail = change
      ? sinceText(change, t, when)
      : item.movement === null
        ? null
        : t('agenda.movement', { delta: item.movement });
    return tail === null ? `- ${line}` : `- ${line} (${escapeInline(tail)})`;
  });
  if (changes) {
    progressLines.unshift(escapeMarkdown(sinceSummary(changes, t, when)), '');
    for (const gone of changes.objectives) {
      if (gone.change !== 'removed') continue;
      const values = {
        title: named(gone),
        progress: gone.progress.from ?? 0,
        status: t(`status.${gone.status.from}`),
      };
      progressLines.push(`- ${escapeMarkdown(t('agenda.removed', values))}`);
    }
  }
  section(t('agenda.progress'), progressLines);
  const noCause = () => label('agenda.no-cause');
  section(
    t('agenda.plans'),
    plans.flatMap((plan) => [
      `- ${strong(named(plan))} (${status(plan.status)}): ${
        plan.causeTitle === null
          ? noCause()
          : once(`inline ${plan.causeTitle}`, () => escapeInline(plan.causeTitle ?? ''))
      }`,
      ...plan.remedies.map((remedy) =>
        once(`remedy ${remedy}`, () => `  - ${escapeMarkdown(remedy)}`),
      ),
    ]),
  );
  section(
    t('agenda.problems'),
    problems.map((problem) => {
      const causes = problem.causes.map(
        (c) =>
          `${once(`inline ${c.title}`, () => escapeInline(c.title))} (${label(`strength.${c.strength}`)})`,
      );
      const tail =
        causes.length > 0
          ? `${escapeInline(t('agenda.likely-causes'))}: ${causes.join('; ')}`
          : noCause();
      return `- ${strong(named(problem))} (${status(problem.status)}): ${tail}`;
    }),
  );
  return { progress, plans, problems, changes, markdown: `${lines.join('\n')}\n` };
}

/**
 * Escapes text so that CommonMark and GFM renderers (`marked`; `markdown-it`, also with
 * `linkify`) show it as written, wherever it stands in a line, a list item's start included:
 * no emphasis, code, link, image, autolink (URL, `www.` domain, e-mail address), raw HTML,
 * entity, heading, list, quote, code block or table comes of it.
 *
 * Two changes Markdown cannot avoid: a line break (CR, LF, CRLF) or vertical tab becomes a
 * space, as the text must stay on its line (HTML shows a line break as a space anyway; a vertical
 * tab cannot be written as a character reference that `markdown-it` keeps), and NUL becomes
 * U+FFFD, as CommonMark requires.
 */
export function escapeMarkdown(text: string): string {
  return escapeText(text, true);
}

/** `escapeMarkdown` for text that follows other text on its line: no block can start there. */
function escapeInline(text: string): string {
  return escapeText(text, false);
}

const LINE_BREAKS = /\r\n?|[\n\v]/g;
/**
 * Characters with a meaning in a line: punctuation that opens inline syntax (`&` an entity, `@`
 * an e-mail autolink, `#` a heading's closing sequence); a `.` that could join a domain (not one
 * between digits, so `12.5%` stays as it is); the first `/` of `//`, which begins a URL or a
 * protocol-relative link. U+2028 and U+2029, which `marked`'s line patterns stop at, are written
 * as character references.
 */
const ACTIVE = /[\\`*_[\]<>|~#&@]|(?<!\d)\.(?=\S)|\.(?=[^\s\d])|\/(?=\/)/g;
/** A list item's marker at the start of a line: `-`, `+` or digits before `.` or `)`. */
const BLOCK_START = /^(?:[-+]|\d+(?=[.)]))/;

function escapeText(text: string, blockStart: boolean): string {
  const flat = text.replace(LINE_BREAKS, ' ');
  const body = flat.trim();
  const from = flat.length - flat.trimStart().length;
  // A replacement pattern, not a callback per match: half the time on a long text.
  let escaped = body
    .replace(ACTIVE, '\\$&')
    .replaceAll('\0', '\uFFFD')
    .replaceAll('\u2028', '&#8232;')
    .replaceAll('\u2029', '&#8233;');
  // A digit's list marker is escaped at its `.` or `)`, since `\1` would not escape anything.
  if (blockStart)
    escaped = escaped.replace(BLOCK_START, (m) => (m === '-' || m === '+' ? `\\${m}` : `${m}\\`));
  // White space at either end, as character references: Markdown trims it from a heading or a
  // list item, reads four spaces as code and lets no `**` open or close next to it.
  return `${reference(flat.slice(0, from))}${escaped}${reference(flat.slice(from + body.length))}`;
}

/** Each character of `text` as a numeric character reference. */
function reference(text: string): string {
  let out = '';
  for (const char of text) out += `&#${char.codePointAt(0)};`;
  return out;
}

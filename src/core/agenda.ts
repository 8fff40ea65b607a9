import { CAUSES, findEntry, localizeEntry, RED_FLAGS } from './causes';
import {
  AGENDA_MESSAGES,
  EVIDENCE_MESSAGES,
  type FormatOptions,
  formatterWith,
  LABEL_MESSAGES,
} from './messages';
import { isAtRiskOrWorse, statusSeverity } from './status';
import type { CatalogEntry, Report, Status, SuggestionStrength } from './types';

/** One line of the agenda's Progress section. */
export interface AgendaProgressItem {
  objectiveId: string;
  title: string;
  progress: number;
  status: Status;
  /** Progress now minus progress at the check-in before the latest; `null` without two. */
  movement: number | null;
}

/** What to try for an objective that is behind or worse. */
export interface AgendaPlan {
  objectiveId: string;
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
  title: string;
  status: Status;
  causes: { causeId: string; title: string; strength: SuggestionStrength }[];
}

/** The review agenda: the three sections as data and as Markdown. */
export interface ReviewAgenda {
  progress: AgendaProgressItem[];
  plans: AgendaPlan[];
  problems: AgendaProblem[];
  markdown: string;
}

/** Options of `reviewAgenda`. */
export interface ReviewAgendaOptions extends FormatOptions {
  /** Where cause titles and remedies come from. @default [...CAUSES, ...RED_FLAGS] */
  catalog?: readonly CatalogEntry[];
}

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
  const entryOf = (id: string) => {
    const entry = findEntry(catalog, id);
    return entry && localizeEntry(entry, options.messages);
  };
  const causesOf = (objectiveId: string) =>
    report.suggestions
      .filter((s) => s.objectiveIds.includes(objectiveId))
      .flatMap((s) => {
        const entry = entryOf(s.causeId);
        return entry
          ? [{ causeId: s.causeId, title: entry.title, strength: s.strength, entry }]
          : [];
      })
      .sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));

  const progress = report.objectives.map((o) => ({
    objectiveId: o.id,
    title: o.title,
    progress: o.progress,
    status: o.status,
    movement: o.previousProgress === null ? null : o.progress - o.previousProgress,
  }));
  const plans = report.objectives
    .filter((o) => statusSeverity(o.status) >= statusSeverity('behind'))
    .map((o) => {
      const strongest = causesOf(o.id)[0];
      return {
        objectiveId: o.id,
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
      title: o.title,
      status: o.status,
      causes: causesOf(o.id).map(({ causeId, title, strength }) => ({ causeId, title, strength })),
    }));

  const t = (id: string, values: Record<string, number | string> = {}) => format.format(id, values);
  const status = (s: Status) => t(`status.${s}`);
  const lines = [
    `# ${escapeMarkdown(t('agenda.title', { cycle: report.cycle?.label ?? '' })).trim()}`,
  ];
  const section = (title: string, body: string[]) =>
    lines.push('', `## ${title}`, '', ...(body.length > 0 ? body : [t('agenda.nothing')]));
  section(
    t('agenda.progress'),
    progress.map((item) => {
      const line = t('agenda.progress-line', {
        title: escapeMarkdown(item.title),
        progress: item.progress,
        status: status(item.status),
      });
      return item.movement === null
        ? `- ${line}`
        : `- ${line} (${t('agenda.movement', { delta: item.movement })})`;
    }),
  );
  section(
    t('agenda.plans'),
    plans.flatMap((plan) => [
      `- **${escapeMarkdown(plan.title)}** (${status(plan.status)}): ${
        plan.causeTitle === null ? t('agenda.no-cause') : escapeMarkdown(plan.causeTitle)
      }`,
      ...plan.remedies.map((remedy) => `  - ${escapeMarkdown(remedy)}`),
    ]),
  );
  section(
    t('agenda.problems'),
    problems.map((problem) => {
      const causes = problem.causes.map(
        (c) => `${escapeMarkdown(c.title)} (${t(`strength.${c.strength}`)})`,
      );
      const tail =
        causes.length > 0
          ? `${t('agenda.likely-causes')}: ${causes.join('; ')}`
          : t('agenda.no-cause');
      return `- **${escapeMarkdown(problem.title)}** (${status(problem.status)}): ${tail}`;
    }),
  );
  return { progress, plans, problems, markdown: `${lines.join('\n')}\n` };
}

/** Escapes host text so that Markdown shows it as written. */
export function escapeMarkdown(text: string): string {
  // Every line starts with our own marker, so only inline syntax needs escaping.
  return text.replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ');
}

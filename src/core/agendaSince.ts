// The agenda's Progress section since an earlier report (`reviewAgenda(report, { since })`):
// what got worse first, each line saying how far it moved since then and what its status was,
// then what is gone.
import type { ObjectiveChange, ReportChanges } from './compare';
import { toEpochMs } from './dates';

type Text = (id: string, values?: Record<string, number | string>) => string;

/** The ids of the report's rows in the order of the changes: worsened first. */
export function changeOrder(changes: ReportChanges): Map<string, number> {
  return new Map(changes.objectives.map((change, index) => [change.id, index]));
}

/** The words that follow an objective's line: its change since the earlier report. */
export function sinceText(change: ObjectiveChange, t: Text, when: number): string {
  if (change.change === 'added') return t('agenda.added', { date: when });
  const delta = change.progress.delta ?? 0;
  const { from, to } = change.status;
  return from !== null && from !== to
    ? t('agenda.since-status', { delta, date: when, status: t(`status.${from}`) })
    : t('agenda.since', { delta, date: when });
}

/** The summary line: how many got worse, better, came and went. */
export function sinceSummary(changes: ReportChanges, t: Text, when: number): string {
  const count = { worsened: 0, improved: 0, added: 0, removed: 0, unchanged: 0 };
  for (const change of changes.objectives) count[change.change]++;
  return t('agenda.since-summary', { date: when, ...count });
}

/** The moment of the earlier report, epoch milliseconds (0 when it has none). */
export function sinceMoment(changes: ReportChanges): number {
  return toEpochMs(changes.from.now) ?? 0;
}

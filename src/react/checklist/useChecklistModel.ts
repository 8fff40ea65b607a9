import { useContext, useMemo } from 'react';
import {
  type CatalogEntry,
  type ChecklistOrder,
  type Formatter,
  localizeEntry,
  orderChecklist,
  type Report,
} from '../../core';
import { FormatContext } from '../OkrBalanceProvider';
import {
  type ChecklistEntry,
  cleanCatalog,
  collectMarks,
  listFormat,
  type Mark,
  objectiveTitles,
} from './entries';

/** Options of `useChecklistModel`. */
export interface UseChecklistModelOptions {
  report: Report | undefined;
  catalog: readonly CatalogEntry[];
  /** The focused objective, if any. */
  objectiveId: string | undefined;
  /** The widget's own messages, which win over the provider's for the entries' texts. */
  messages: Readonly<Record<string, string | undefined>> | undefined;
  format: Formatter;
}

/** What the checklist shows, derived from its props: entries, marks and their order. */
export interface ChecklistModel {
  /** The catalogue cleaned and in the widget's language. */
  entries: ChecklistEntry[];
  /** What the data says about each suggested entry, by id. */
  marks: ReadonlyMap<string, Mark>;
  /** Suggested entries first, the rest by area (positions in `entries`). */
  order: ChecklistOrder;
  /** The focused objective's title, when focused. */
  focusTitle: string | undefined;
  /** The titles of the given objective ids, joined as the locale lists things. */
  objectiveList: (ids: string[]) => string;
}

/** The checklist's data, memoised: it changes with the report, catalogue and focus only. */
export function useChecklistModel({
  report,
  catalog,
  objectiveId,
  messages,
  format,
}: UseChecklistModelOptions): ChecklistModel {
  // The entries in the widget's language: `cause.<id>.*` messages, else their own text.
  const context = useContext(FormatContext);
  const catalogMessages = messages ?? context.messages;
  const entries = useMemo(
    () => cleanCatalog(catalog).map((entry) => localizeEntry(entry, catalogMessages)),
    [catalog, catalogMessages],
  );
  const titles = useMemo(() => objectiveTitles(report), [report]);
  const marks = useMemo(
    () => collectMarks(report, entries, objectiveId, format),
    [report, entries, objectiveId, format],
  );
  const order = useMemo(() => orderChecklist(entries, marks), [entries, marks]);
  const objectiveList = useMemo(() => {
    const list = listFormat(format.locale);
    return (ids: string[]) => list(ids.map((id) => titles.get(id) ?? id));
  }, [format, titles]);
  const focusTitle =
    objectiveId === undefined ? undefined : (titles.get(objectiveId) ?? objectiveId);
  return { entries, marks, order, focusTitle, objectiveList };
}

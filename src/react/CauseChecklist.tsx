import {
  type ComponentPropsWithoutRef,
  forwardRef,
  memo,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
} from 'react';
import {
  CAUSES,
  type CatalogEntry,
  CHECKLIST_MESSAGES,
  EVIDENCE_MESSAGES,
  type FormatOptions,
  type Formatter,
  LABEL_MESSAGES,
  localizeEntry,
  type Report,
  type SuggestionStrength,
} from '../core';
import { type ChecklistValue, noteOf, useChecklistState } from './hooks/useChecklistState';
import { cx } from './internal/cx';
import { useDeprecatedProp } from './internal/useDeprecatedProp';
import { useTexts } from './internal/useTexts';
import { FormatContext } from './OkrBalanceProvider';

/** The English texts this widget shows. */
const TEXTS = [LABEL_MESSAGES, EVIDENCE_MESSAGES, CHECKLIST_MESSAGES];

export type { ChecklistValue } from './hooks/useChecklistState';

/** Props of `CauseChecklist`. */
export interface CauseChecklistProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange' | 'defaultValue'>,
    FormatOptions {
  /** The analysis whose suggestions are marked; without one the checklist has no suggestions. */
  report?: Report;
  /** The entries to check, grouped by their area. @default CAUSES */
  catalog?: readonly CatalogEntry[];
  /** The ticked entries and notes, when the host controls them. */
  value?: ChecklistValue;
  /** The starting ticks and notes, when the checklist keeps its own. */
  defaultValue?: ChecklistValue;
  /** Called with the new value on every tick and every keystroke in a note. */
  onValueChange?: (value: ChecklistValue) => void;
  /** @deprecated Use `onValueChange`; this name goes in the next release. */
  onChange?: (value: ChecklistValue) => void;
  /** Marks only the suggestions about this objective, with its evidence; `null` for all. */
  objectiveId?: string | null;
  /** Offers a note field for every ticked entry. @default true */
  showNotes?: boolean;
}

/** A catalogue entry cleaned of anything a host's data may get wrong. */
interface Entry {
  id: string;
  area: string;
  title: string;
  description: string;
  remedies: string[];
}

/** How the data points to one entry, worded for the reader. */
interface Mark {
  strength: SuggestionStrength;
  evidence: string[];
  objectiveIds: string[];
}

/**
 * The catalogue grouped by area, in native fieldsets and checkboxes: suggested entries marked
 * with their evidence, remedies for what is ticked, and a note per ticked entry.
 */
export const CauseChecklist = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLDivElement, CauseChecklistProps>(function CauseChecklist(
    {
      report,
      catalog = CAUSES,
      value,
      defaultValue,
      onValueChange,
      onChange,
      objectiveId: objectiveIdProp,
      showNotes = true,
      locale,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    useDeprecatedProp(onChange !== undefined, 'CauseChecklist', 'onChange', 'onValueChange');
    const format = useTexts({ locale, messages }, TEXTS);
    const base = useId();
    const objectiveId = typeof objectiveIdProp === 'string' ? objectiveIdProp : undefined;
    const state = useChecklistState({
      value,
      defaultValue,
      onValueChange: onValueChange ?? onChange,
    });
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
    const list = useMemo(() => listFormat(format.locale), [format]);

    if (entries.length === 0) {
      return (
        <div ref={ref} className={cx('okr-checklist', className)} {...rest}>
          <p className="okr-checklist__empty">{format.format('checklist.empty')}</p>
        </div>
      );
    }

    const areas = groupByArea(entries);
    const ticked = entries.filter((entry) => state.checked.has(entry.id)).length;
    const focusTitle =
      objectiveId === undefined ? undefined : (titles.get(objectiveId) ?? objectiveId);

    return (
      <div ref={ref} className={cx('okr-checklist', className)} {...rest}>
        <p className="okr-checklist__summary">
          {format.format('checklist.summary', { suggested: marks.size, checked: ticked })}
        </p>
        {focusTitle !== undefined && (
          <p className="okr-checklist__focus">
            {format.format('checklist.focus', { title: focusTitle })}
          </p>
        )}
        {areas.map(([area, items]) => (
          <AreaFieldset
            key={area}
            label={format.format('checklist.group', {
              area: areaTitle(format, area),
              checked: items.filter((item) => state.checked.has(item.entry.id)).length,
              total: items.length,
            })}
            ids={items.map((item) => item.entry.id)}
            checked={state.checked}
            onCheckAll={state.setChecked}
          >
            {items.map(({ entry, index }) => {
              const id = `${base}-${index}`;
              const mark = marks.get(entry.id);
              const isChecked = state.checked.has(entry.id);
              const describedBy = [
                entry.description ? `${id}-description` : '',
                mark ? `${id}-suggestion` : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <li
                  key={entry.id}
                  className="okr-checklist__item"
                  data-suggested={mark?.strength}
                  data-checked={isChecked ? '' : undefined}
                >
                  <div className="okr-checklist__row">
                    <input
                      id={`${id}-input`}
                      type="checkbox"
                      className="okr-checklist__checkbox"
                      checked={isChecked}
                      aria-describedby={describedBy || undefined}
                      onChange={(event) =>
                        state.setChecked([entry.id], event.currentTarget.checked)
                      }
                    />
                    <label htmlFor={`${id}-input`} className="okr-checklist__title">
                      {entry.title}
                    </label>
                  </div>
                  {entry.description && (
                    <p id={`${id}-description`} className="okr-checklist__description">
                      {entry.description}
                    </p>
                  )}
                  {mark && (
                    <div id={`${id}-suggestion`} className="okr-checklist__suggestion">
                      <p className="okr-checklist__marker">
                        {format.format('checklist.suggested', { strength: mark.strength })}
                      </p>
                      {mark.evidence.length > 0 && (
                        <ul className="okr-checklist__evidence">
                          {mark.evidence.map((text, position) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: two rules may word evidence alike; the list is never reordered
                            <li key={position}>{text}</li>
                          ))}
                        </ul>
                      )}
                      {focusTitle === undefined && mark.objectiveIds.length > 0 && (
                        <p className="okr-checklist__objectives">
                          {format.format('checklist.objectives', {
                            titles: list(mark.objectiveIds.map((o) => titles.get(o) ?? o)),
                          })}
                        </p>
                      )}
                    </div>
                  )}
                  {isChecked && entry.remedies.length > 0 && (
                    <div className="okr-checklist__remedies">
                      <p id={`${id}-remedies`} className="okr-checklist__remedies-title">
                        {format.format('checklist.remedies')}
                      </p>
                      <ul aria-labelledby={`${id}-remedies`}>
                        {entry.remedies.map((remedy, position) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: a host's remedies may repeat; the list is never reordered
                          <li key={position}>{remedy}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {isChecked && showNotes && (
                    <div className="okr-checklist__note">
                      <label htmlFor={`${id}-note`} className="okr-checklist__note-label">
                        {format.format('checklist.note', { title: entry.title })}
                      </label>
                      <textarea
                        id={`${id}-note`}
                        className="okr-checklist__note-input"
                        rows={2}
                        value={noteOf(state.value, entry.id)}
                        onChange={(event) => state.setNote(entry.id, event.currentTarget.value)}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </AreaFieldset>
        ))}
      </div>
    );
  }),
);

interface AreaFieldsetProps {
  label: string;
  ids: string[];
  checked: ReadonlySet<string>;
  onCheckAll: (ids: readonly string[], checked: boolean) => void;
  children: ReactNode;
}

/** One area: a fieldset whose legend holds the tri-state checkbox for all of its entries. */
function AreaFieldset({ label, ids, checked, onCheckAll, children }: AreaFieldsetProps) {
  const input = useRef<HTMLInputElement>(null);
  const count = ids.filter((id) => checked.has(id)).length;
  const all = count === ids.length;
  const mixed = count > 0 && !all;
  // A native checkbox has no mixed attribute: `indeterminate` is a DOM property only, and it is
  // what gives assistive technology aria-checked="mixed".
  useEffect(() => {
    if (input.current) input.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <fieldset
      className="okr-checklist__area"
      data-state={all ? 'checked' : mixed ? 'mixed' : 'unchecked'}
    >
      <legend className="okr-checklist__legend">
        <label className="okr-checklist__group">
          <input
            ref={input}
            type="checkbox"
            className="okr-checklist__checkbox"
            checked={all}
            onChange={(event) => {
              // A click clears `indeterminate`; if the host keeps the value, nothing re-renders
              // to set it again.
              event.currentTarget.indeterminate = mixed;
              onCheckAll(ids, !all);
            }}
          />
          <span>{label}</span>
        </label>
      </legend>
      <ul className="okr-checklist__items">{children}</ul>
    </fieldset>
  );
}

function cleanCatalog(catalog: unknown): Entry[] {
  if (!Array.isArray(catalog)) return [];
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const item of catalog as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, area, title, description, remedies } = item as Partial<Record<string, unknown>>;
    if (typeof id !== 'string' || id === '' || typeof area !== 'string' || seen.has(id)) continue;
    seen.add(id);
    entries.push({
      id,
      area,
      title: typeof title === 'string' && title !== '' ? title : id,
      description: typeof description === 'string' ? description : '',
      remedies: Array.isArray(remedies)
        ? remedies.filter((remedy): remedy is string => typeof remedy === 'string')
        : [],
    });
  }
  return entries;
}

/** Entries by area, areas in the order they first appear; `index` is the catalogue position. */
function groupByArea(entries: Entry[]): [string, { entry: Entry; index: number }[]][] {
  const areas = new Map<string, { entry: Entry; index: number }[]>();
  entries.forEach((entry, index) => {
    let items = areas.get(entry.area);
    if (!items) {
      items = [];
      areas.set(entry.area, items);
    }
    items.push({ entry, index });
  });
  return [...areas];
}

/** The area's title from the messages; a host's own area without one shows its id. */
function areaTitle(format: Formatter, area: string): string {
  const id = `area.${area}`;
  const title = format.format(id);
  return title === id ? area : title;
}

function objectiveTitles(report: Report | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  const objectives: unknown = report?.objectives;
  if (!Array.isArray(objectives)) return titles;
  for (const objective of objectives as unknown[]) {
    if (typeof objective !== 'object' || objective === null) continue;
    const { id, title } = objective as Partial<Record<string, unknown>>;
    if (typeof id === 'string' && typeof title === 'string') titles.set(id, title);
  }
  return titles;
}

/**
 * The suggestions of the report that name an entry of the catalogue (and the objective, when
 * focused), their evidence worded; a focused checklist keeps the evidence about its objective.
 */
function collectMarks(
  report: Report | undefined,
  entries: Entry[],
  objectiveId: string | undefined,
  format: Formatter,
): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  const suggestions: unknown = report?.suggestions;
  if (!Array.isArray(suggestions)) return marks;
  const known = new Set(entries.map((entry) => entry.id));
  for (const suggestion of suggestions as unknown[]) {
    if (typeof suggestion !== 'object' || suggestion === null) continue;
    const { causeId, strength, objectiveIds, evidence } = suggestion as Partial<
      Record<string, unknown>
    >;
    if (typeof causeId !== 'string' || !known.has(causeId)) continue;
    const ids = Array.isArray(objectiveIds)
      ? objectiveIds.filter((id): id is string => typeof id === 'string')
      : [];
    if (objectiveId !== undefined && !ids.includes(objectiveId)) continue;
    const items = Array.isArray(evidence)
      ? evidence.flatMap((item: unknown) => {
          if (typeof item !== 'object' || item === null) return [];
          const { id, values, objectiveIds: about } = item as Partial<Record<string, unknown>>;
          if (typeof id !== 'string') return [];
          // Evidence about the whole set (no objectives) stays next to the focused objective's.
          if (objectiveId !== undefined && Array.isArray(about) && about.length > 0) {
            if (!about.includes(objectiveId)) return [];
          }
          const clean =
            typeof values === 'object' && values !== null
              ? (values as Record<string, number | string>)
              : {};
          return [{ id, values: clean }];
        })
      : [];
    const mark = marks.get(causeId) ?? { strength: 'possible', evidence: [], objectiveIds: [] };
    if (strength === 'strong') mark.strength = 'strong';
    for (const item of items) mark.evidence.push(format.format(item.id, item.values));
    for (const id of ids) if (!mark.objectiveIds.includes(id)) mark.objectiveIds.push(id);
    marks.set(causeId, mark);
  }
  return marks;
}

/** Joins titles as the locale lists things ("A, B and C"). */
function listFormat(locale: string): (items: string[]) => string {
  try {
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    return (items) => list.format(items);
  } catch {
    // Engines without Intl.ListFormat get a plain comma list.
    return (items) => items.join(', ');
  }
}

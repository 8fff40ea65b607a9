import { type ComponentPropsWithoutRef, forwardRef, memo, useId } from 'react';
import {
  CAUSES,
  type CatalogEntry,
  CHECKLIST_MESSAGES,
  EVIDENCE_MESSAGES,
  type FormatOptions,
  LABEL_MESSAGES,
  type Report,
} from '../core';
import { CauseGroup } from './checklist/CauseGroup';
import { CauseItem } from './checklist/CauseItem';
import { areaTitle } from './checklist/entries';
import { useChecklistModel } from './checklist/useChecklistModel';
import { useOpenEntries } from './checklist/useOpenEntries';
import { type ChecklistValue, noteOf, useChecklistState } from './hooks/useChecklistState';
import { cx } from './internal/cx';
import { useDeprecatedProp } from './internal/useDeprecatedProp';
import { useTexts } from './internal/useTexts';

/** The English texts this widget shows. */
const TEXTS = [LABEL_MESSAGES, EVIDENCE_MESSAGES, CHECKLIST_MESSAGES];

export type { ChecklistValue } from './hooks/useChecklistState';

/** Props of `CauseChecklist`. */
export interface CauseChecklistProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange' | 'defaultValue'>,
    FormatOptions {
  /** The analysis whose suggestions lead the list; without one the checklist has no suggestions. */
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
  /** Suggests only the entries about this objective, with its evidence; `null` for all. */
  objectiveId?: string | null;
  /** Offers a note field for every ticked entry. @default true */
  showNotes?: boolean;
}

/**
 * The checklist leads with what the data says: the suggested entries first, strongest first,
 * with their evidence; then the others grouped by area, each collapsed to its title with a
 * disclosure for its description and questions. Native fieldsets and checkboxes; remedies and
 * a note for what is ticked.
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
    const disclosure = useOpenEntries();
    const { entries, marks, order, focusTitle, objectiveList } = useChecklistModel({
      report,
      catalog,
      objectiveId,
      messages,
      format,
    });

    const ticked = entries.filter((entry) => state.checked.has(entry.id)).length;
    const group = (key: string, title: string, items: number[]) => {
      const ids = items.flatMap((index) => entries[index]?.id ?? []);
      return (
        <CauseGroup
          key={key}
          label={format.format('checklist.group', {
            area: title,
            checked: ids.filter((id) => state.checked.has(id)).length,
            total: ids.length,
          })}
          ids={ids}
          checked={state.checked}
          onCheckAll={state.setChecked}
        >
          {items.map((index) => {
            const entry = entries[index];
            if (!entry) return null;
            const mark = marks.get(entry.id);
            return (
              <CauseItem
                key={entry.id}
                id={`${base}-${index}`}
                entry={entry}
                mark={mark}
                objectives={focusTitle === undefined ? objectiveList : undefined}
                checked={state.checked.has(entry.id)}
                note={noteOf(state.value, entry.id)}
                open={disclosure.open.has(entry.id)}
                showNotes={showNotes}
                onCheckedChange={state.setChecked}
                onNoteChange={state.setNote}
                onToggle={disclosure.toggle}
                format={format}
              />
            );
          })}
        </CauseGroup>
      );
    };

    return (
      <div ref={ref} className={cx('okr-checklist', className)} {...rest}>
        {entries.length === 0 ? (
          <p className="okr-checklist__empty">{format.format('checklist.empty')}</p>
        ) : (
          <>
            <p className="okr-checklist__summary">
              {format.format('checklist.summary', { suggested: marks.size, checked: ticked })}
            </p>
            {focusTitle !== undefined && (
              <p className="okr-checklist__focus">
                {format.format('checklist.focus', { title: focusTitle })}
              </p>
            )}
            {order.suggested.length > 0 &&
              group('suggested', format.format('checklist.suggested-group'), order.suggested)}
            {order.areas.length > 0 && (
              <div className="okr-checklist__areas">
                {order.areas.map(({ area, items }) =>
                  group(`area-${area}`, areaTitle(format, area), items),
                )}
              </div>
            )}
          </>
        )}
      </div>
    );
  }),
);

import type { Formatter } from '../../core';
import { CauseDetails } from './CauseDetails';
import { CauseFollowUp } from './CauseFollowUp';
import { CauseSuggestion } from './CauseSuggestion';
import { causeItemProps } from './causeItemProps';
import type { ChecklistEntry, Mark } from './entries';

/** Props of `CauseItem`. */
export interface CauseItemProps {
  /** A prefix unique to this entry in the page. */
  id: string;
  entry: ChecklistEntry;
  /** What the data says about the entry, if it is suggested. */
  mark: Mark | undefined;
  /** The titles of the objectives the suggestion is about; `undefined` when focused on one. */
  objectives: string | undefined;
  checked: boolean;
  note: string;
  open: boolean;
  showNotes: boolean;
  onCheckedChange: (id: string, checked: boolean) => void;
  onNoteChange: (id: string, note: string) => void;
  onToggle: (id: string) => void;
  format: Formatter;
}

/**
 * One entry: a title row (checkbox, title and the disclosure of its details) that is always
 * shown; what the data says about it, if anything; its description and questions when opened;
 * what to try and a note once ticked.
 */
export function CauseItem({
  id,
  entry,
  mark,
  objectives,
  checked,
  note,
  open,
  showNotes,
  onCheckedChange,
  onNoteChange,
  onToggle,
  format,
}: CauseItemProps) {
  const props = causeItemProps({
    id,
    expandable: entry.description !== '' || entry.questions.length > 0,
    hasDescription: entry.description !== '',
    suggested: mark !== undefined,
    checked,
    open,
    onCheckedChange: (on) => onCheckedChange(entry.id, on),
    onToggle: () => onToggle(entry.id),
  });
  return (
    <li
      className="okr-checklist__item"
      data-suggested={mark?.strength}
      data-checked={checked ? '' : undefined}
      data-state={open ? 'open' : 'closed'}
    >
      <div className="okr-checklist__row">
        <input className="okr-checklist__checkbox" {...props.checkbox} />
        <label className="okr-checklist__title" htmlFor={props.label.htmlFor}>
          {entry.title}
        </label>
        {props.toggle && (
          <button className="okr-checklist__toggle" {...props.toggle}>
            <span className="okr-visually-hidden">
              {format.format('checklist.details', { title: entry.title })}
            </span>
          </button>
        )}
      </div>
      {mark && (
        <CauseSuggestion
          id={props.ids.suggestion}
          mark={mark}
          objectives={objectives}
          format={format}
        />
      )}
      {props.toggle && (
        <CauseDetails
          {...props.details}
          descriptionId={props.ids.description}
          questionsId={props.ids.questions}
          description={entry.description}
          questions={entry.questions}
          format={format}
        />
      )}
      <CauseFollowUp
        title={entry.title}
        remedies={entry.remedies}
        checked={checked}
        note={note}
        showNotes={showNotes}
        remediesId={props.ids.remedies}
        noteId={props.ids.note}
        onNoteChange={(text) => onNoteChange(entry.id, text)}
        format={format}
      />
    </li>
  );
}

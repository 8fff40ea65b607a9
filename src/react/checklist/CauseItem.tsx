import type { Formatter } from '../../core';
import { causeItemProps } from './causeItemProps';
import type { ChecklistEntry, Mark } from './entries';

/** Props of `CauseItem`. */
export interface CauseItemProps {
  /** A prefix unique to this entry in the page. */
  id: string;
  entry: ChecklistEntry;
  /** What the data says about the entry, if it is suggested. */
  mark: Mark | undefined;
  /** Names the objectives a suggestion is about; `undefined` when focused on one. */
  objectives: ((ids: string[]) => string) | undefined;
  checked: boolean;
  /** The note kept for the entry, `''` for none. */
  note: string;
  open: boolean;
  showNotes: boolean;
  onCheckedChange: (ids: readonly string[], checked: boolean) => void;
  onNoteChange: (id: string, note: string) => void;
  onToggle: (id: string) => void;
  format: Formatter;
}

/**
 * One entry, in four parts: a title row (checkbox, title and the disclosure of its details),
 * always shown; what the data says about it (how strongly, the evidence, the objectives), if
 * it is suggested; its description and questions, while opened; what to try and a note, once
 * ticked. A note kept for an entry that is not ticked stays in sight.
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
  const { title, description, questions, remedies } = entry;
  const props = causeItemProps({
    id,
    description: description !== '',
    questions: questions.length > 0,
    suggested: mark !== undefined,
    checked,
    open,
    onCheckedChange: (on) => onCheckedChange([entry.id], on),
    onToggle: () => onToggle(entry.id),
  });
  const { ids } = props;
  return (
    <li
      className="okr-checklist__item"
      data-suggested={mark?.strength}
      data-checked={checked ? '' : undefined}
      data-state={open ? 'open' : 'closed'}
    >
      <div className="okr-checklist__row">
        <input className="okr-checklist__checkbox" {...props.checkbox} />
        <label className="okr-checklist__title" htmlFor={ids.checkbox}>
          {title}
        </label>
        {props.toggle && (
          <button
            className="okr-checklist__toggle"
            aria-label={format.format('checklist.details', { title })}
            {...props.toggle}
          />
        )}
      </div>
      {mark && (
        <div id={ids.suggestion} className="okr-checklist__suggestion">
          <p className="okr-checklist__marker" data-strength={mark.strength}>
            {format.format('checklist.suggested', { strength: mark.strength })}
          </p>
          {mark.evidence.length > 0 && (
            <ul className="okr-checklist__evidence">
              {mark.evidence.map((text, position) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: texts may repeat; the list is never reordered
                <li key={position}>{text}</li>
              ))}
            </ul>
          )}
          {objectives && mark.objectiveIds.length > 0 && (
            <p className="okr-checklist__objectives">
              {format.format('checklist.objectives', { titles: objectives(mark.objectiveIds) })}
            </p>
          )}
        </div>
      )}
      {props.toggle && (
        <div id={ids.details} className="okr-checklist__details" hidden={!open}>
          {description && (
            <p id={ids.description} className="okr-checklist__description">
              {description}
            </p>
          )}
          {questions.length > 0 && (
            <div className="okr-checklist__questions">
              <p id={ids.questions} className="okr-checklist__subtitle">
                {format.format('checklist.questions')}
              </p>
              <ul aria-labelledby={ids.questions}>
                {questions.map((text, position) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: texts may repeat; the list is never reordered
                  <li key={position}>{text}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {checked && remedies.length > 0 && (
        <div className="okr-checklist__remedies">
          <p id={ids.remedies} className="okr-checklist__subtitle">
            {format.format('checklist.remedies')}
          </p>
          <ul aria-labelledby={ids.remedies}>
            {remedies.map((text, position) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: texts may repeat; the list is never reordered
              <li key={position}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {showNotes &&
        (checked ? (
          <div className="okr-checklist__note">
            <label htmlFor={ids.note} className="okr-checklist__subtitle">
              {format.format('checklist.note', { title })}
            </label>
            <textarea
              id={ids.note}
              className="okr-checklist__note-input"
              rows={2}
              value={note}
              onChange={(event) => onNoteChange(entry.id, event.currentTarget.value)}
            />
          </div>
        ) : (
          note !== '' && (
            <p className="okr-checklist__kept-note">
              {format.format('checklist.kept-note', { note })}
            </p>
          )
        ))}
    </li>
  );
}

import type { Formatter } from '../../core';

/** Props of `CauseFollowUp`. */
export interface CauseFollowUpProps {
  title: string;
  remedies: string[];
  checked: boolean;
  /** The note kept for the entry, `''` for none. */
  note: string;
  showNotes: boolean;
  remediesId: string;
  noteId: string;
  onNoteChange: (note: string) => void;
  format: Formatter;
}

/**
 * What follows from ticking an entry: what to try and a note field. An entry that is not
 * ticked but has a note still shows it, so nothing the reader wrote is out of sight.
 */
export function CauseFollowUp({
  title,
  remedies,
  checked,
  note,
  showNotes,
  remediesId,
  noteId,
  onNoteChange,
  format,
}: CauseFollowUpProps) {
  return (
    <>
      {checked && remedies.length > 0 && (
        <div className="okr-checklist__remedies">
          <p id={remediesId} className="okr-checklist__subtitle">
            {format.format('checklist.remedies')}
          </p>
          <ul aria-labelledby={remediesId}>
            {remedies.map((remedy, position) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a host's remedies may repeat; the list is never reordered
              <li key={position}>{remedy}</li>
            ))}
          </ul>
        </div>
      )}
      {checked && showNotes && (
        <div className="okr-checklist__note">
          <label htmlFor={noteId} className="okr-checklist__subtitle">
            {format.format('checklist.note', { title })}
          </label>
          <textarea
            id={noteId}
            className="okr-checklist__note-input"
            rows={2}
            value={note}
            onChange={(event) => onNoteChange(event.currentTarget.value)}
          />
        </div>
      )}
      {!checked && showNotes && note !== '' && (
        <p className="okr-checklist__kept-note">{format.format('checklist.kept-note', { note })}</p>
      )}
    </>
  );
}

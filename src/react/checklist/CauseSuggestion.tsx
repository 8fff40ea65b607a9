import type { Formatter } from '../../core';
import type { Mark } from './entries';

/** Props of `CauseSuggestion`. */
export interface CauseSuggestionProps {
  id: string;
  mark: Mark;
  /** The titles of the objectives the suggestion is about; `undefined` when focused on one. */
  objectives: string | undefined;
  format: Formatter;
}

/**
 * What the data says about one entry: how strongly (a filled marker for strong, an outlined one
 * for possible, and the words), the evidence, and the objectives it is about.
 */
export function CauseSuggestion({ id, mark, objectives, format }: CauseSuggestionProps) {
  return (
    <div id={id} className="okr-checklist__suggestion">
      <p className="okr-checklist__marker" data-strength={mark.strength}>
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
      {objectives !== undefined && (
        <p className="okr-checklist__objectives">
          {format.format('checklist.objectives', { titles: objectives })}
        </p>
      )}
    </div>
  );
}

import { SUGGESTION_STRENGTHS, type SuggestionStrength } from './types';

/** What `orderChecklist` reads of a catalogue entry. */
export interface ChecklistOrderEntry {
  id: string;
  area: string;
}

/** The entries of a checklist as it shows them, each by its position in the catalogue. */
export interface ChecklistOrder {
  /** The entries the data suggests: strong before possible, in catalogue order within each. */
  suggested: number[];
  /** Every other entry under its area, areas in the order they first appear among these. */
  areas: { area: string; items: number[] }[];
}

/**
 * Orders a checklist to lead with what the data says: the suggested entries first, the
 * strongest first, then the others grouped by area. Every position of `entries` appears exactly
 * once; an entry whose id is in `suggested` (the strength of each suggested id, such as the
 * checklist's marks) is suggested, wherever else its id appears.
 */
export function orderChecklist(
  entries: readonly ChecklistOrderEntry[],
  suggested: ReadonlyMap<string, { readonly strength: SuggestionStrength }>,
): ChecklistOrder {
  // One list per known strength, and a last one for any other value.
  const ranked: number[][] = [...SUGGESTION_STRENGTHS, undefined].map(() => []);
  const areas = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const strength = suggested.get(entry.id)?.strength;
    if (strength !== undefined) {
      // A strength outside the known ones (index -1) goes to the last list, never lost.
      ranked.at(SUGGESTION_STRENGTHS.indexOf(strength))?.push(index);
      return;
    }
    const items = areas.get(entry.area);
    if (items) items.push(index);
    else areas.set(entry.area, [index]);
  });
  return {
    suggested: ranked.flat(),
    areas: [...areas].map(([area, items]) => ({ area, items })),
  };
}

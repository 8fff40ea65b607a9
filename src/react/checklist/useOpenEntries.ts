import { useReducer } from 'react';

/** What `useOpenEntries` returns. */
export interface UseOpenEntriesResult {
  /** Ids of the entries whose details are shown. */
  open: ReadonlySet<string>;
  /** Shows or hides the details of one entry. */
  toggle: (id: string) => void;
}

const toggled = (previous: ReadonlySet<string>, id: string): ReadonlySet<string> => {
  const next = new Set(previous);
  if (!next.delete(id)) next.add(id);
  return next;
};

/**
 * Which entries show their details: every entry starts collapsed to its title, and the reader
 * opens what they want to read. A view state, not part of the checklist's value.
 */
export function useOpenEntries(): UseOpenEntriesResult {
  const [open, toggle] = useReducer(toggled, new Set<string>());
  return { open, toggle };
}

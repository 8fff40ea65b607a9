import { useCallback, useState } from 'react';

/** What `useOpenEntries` returns. */
export interface UseOpenEntriesResult {
  /** Ids of the entries whose details are shown. */
  open: ReadonlySet<string>;
  /** Shows or hides the details of one entry. */
  toggle: (id: string) => void;
}

/**
 * Which entries show their details: every entry starts collapsed to its title, and the reader
 * opens what they want to read. A view state, not part of the checklist's value.
 */
export function useOpenEntries(): UseOpenEntriesResult {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (id: string) =>
      setOpen((previous) => {
        const next = new Set(previous);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  return { open, toggle };
}

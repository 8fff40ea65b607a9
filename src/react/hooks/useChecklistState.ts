import { useCallback, useMemo } from 'react';
import { useControllableState } from '../internal/useControllableState';

/** What a checklist holds: the ticked entry ids and a note per entry id. */
export interface ChecklistValue {
  /** Ids of the ticked entries, in the order they were ticked. */
  checked: string[];
  /** A note per entry id; entries without a note have no key. */
  notes: Record<string, string>;
}

/** Options of `useChecklistState`. */
export interface UseChecklistStateOptions {
  /** The value when the host controls it. */
  value?: ChecklistValue;
  /** The starting value when the checklist keeps its own. */
  defaultValue?: ChecklistValue;
  /** Called with every new value. */
  onValueChange?: (value: ChecklistValue) => void;
}

/** What `useChecklistState` returns. */
export interface UseChecklistStateResult {
  /** The current value, cleaned of anything that is not a string id or a string note. */
  value: ChecklistValue;
  /** The ticked ids, for quick look-ups. */
  checked: ReadonlySet<string>;
  /** Ticks (`true`) or unticks (`false`) the given ids. */
  setChecked: (ids: readonly string[], checked: boolean) => void;
  /** Sets the note of one id; an empty text removes it. */
  setNote: (id: string, note: string) => void;
}

const EMPTY: ChecklistValue = { checked: [], notes: {} };

/**
 * A host's value as a checklist value: ids that are not strings, repeated ids and notes that are
 * not text are dropped rather than thrown on, since the value often comes back from storage.
 */
export function normalizeChecklistValue(value: unknown): ChecklistValue {
  if (typeof value !== 'object' || value === null) return EMPTY;
  const { checked, notes } = value as Partial<Record<keyof ChecklistValue, unknown>>;
  const ids = Array.isArray(checked)
    ? [...new Set(checked.filter((id): id is string => typeof id === 'string'))]
    : [];
  // Built as own properties, never assigned: an id such as `__proto__` is a key like any other.
  const texts: Record<string, string> =
    typeof notes === 'object' && notes !== null && !Array.isArray(notes)
      ? Object.fromEntries(Object.entries(notes).filter(([, note]) => typeof note === 'string'))
      : {};
  return { checked: ids, notes: texts };
}

/** Ticks or unticks ids; ids of other catalogues in the value are kept as they are. */
export function withChecked(
  value: ChecklistValue,
  ids: readonly string[],
  checked: boolean,
): ChecklistValue {
  const current = new Set(value.checked);
  const next = checked
    ? [...value.checked, ...ids.filter((id) => !current.has(id))]
    : value.checked.filter((id) => !ids.includes(id));
  return next.length === value.checked.length ? value : { ...value, checked: next };
}

/** Sets or (with an empty text) removes the note of one id. */
export function withNote(value: ChecklistValue, id: string, note: string): ChecklistValue {
  // Rebuilt from entries, never assigned: an id such as `__proto__` is a key like any other.
  const entries = Object.entries(value.notes);
  const at = entries.findIndex(([key]) => key === id);
  if (note === '') {
    if (at >= 0) entries.splice(at, 1);
  } else if (at >= 0) entries[at] = [id, note];
  else entries.push([id, note]);
  return { ...value, notes: Object.fromEntries(entries) };
}

/** The note of one id: an own key only, so `constructor` or `toString` read as no note. */
export function noteOf(value: ChecklistValue, id: string): string {
  return Object.hasOwn(value.notes, id) ? (value.notes[id] ?? '') : '';
}

/** The state of a `CauseChecklist`, controlled by the host or kept by the checklist. */
export function useChecklistState({
  value,
  defaultValue,
  onValueChange,
}: UseChecklistStateOptions): UseChecklistStateResult {
  const [raw, setRaw] = useControllableState<ChecklistValue>(
    value,
    defaultValue ?? EMPTY,
    onValueChange,
    'CauseChecklist value',
  );
  const current = useMemo(() => normalizeChecklistValue(raw), [raw]);
  const checked = useMemo(() => new Set(current.checked), [current]);
  const setChecked = useCallback(
    (ids: readonly string[], on: boolean) =>
      setRaw((previous) => {
        const clean = normalizeChecklistValue(previous);
        const next = withChecked(clean, ids, on);
        return next === clean ? previous : next;
      }),
    [setRaw],
  );
  const setNote = useCallback(
    (id: string, note: string) =>
      setRaw((previous) => withNote(normalizeChecklistValue(previous), id, note)),
    [setRaw],
  );
  return { value: current, checked, setChecked, setNote };
}

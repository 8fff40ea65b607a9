import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * State a host may control (`value` + `onChange`) or leave to the component (`defaultValue`).
 * Switching between the two after mounting is a host bug: the first mode seen wins, and a
 * development build says so in the console, naming the prop (`name`).
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
  name: string,
): [T, (next: T | ((previous: T) => T)) => void] {
  const controlled = useRef(value !== undefined).current;
  const switched = (value !== undefined) !== controlled;
  const warned = useRef(false);
  useEffect(() => {
    // As in useOkrBalance: production builds drop the branch and its text.
    if (typeof process === 'undefined' || process.env.NODE_ENV === 'production') return;
    if (!switched || warned.current) return;
    warned.current = true;
    console.error(
      controlled
        ? `okr-balance: ${name} went from a value to undefined. The component stays controlled and reads undefined as empty; pass null or an empty value to clear it.`
        : `okr-balance: ${name} was undefined at first and now has a value, which is ignored: the component keeps its own state. To show a value loaded later, mount the component once it is there, or give it a new key.`,
    );
  }, [switched, controlled, name]);
  const [own, setOwn] = useState(defaultValue);
  const current = controlled ? (value as T) : own;
  const latest = useRef(current);
  latest.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved =
        typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
      if (Object.is(resolved, latest.current)) return;
      latest.current = resolved;
      if (!controlled) setOwn(resolved);
      onChangeRef.current?.(resolved);
    },
    [controlled],
  );
  return [current, set];
}

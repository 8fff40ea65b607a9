import { useCallback, useRef, useState } from 'react';

/**
 * State a host may control (`value` + `onChange`) or leave to the component (`defaultValue`).
 * Switching between the two after mounting is a host bug; the first mode seen wins.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T | ((previous: T) => T)) => void] {
  const controlled = useRef(value !== undefined).current;
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

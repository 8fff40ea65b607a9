import { useEffect } from 'react';

// Each old name is announced once per page, not once per widget.
const warned = new Set<string>();

/**
 * A prop renamed under the one convention for controlled state (`x` / `defaultX` /
 * `onXChange`, `null` for none): the old name keeps working for one release, and a development
 * build says once what to write instead.
 */
export function useDeprecatedProp(used: boolean, widget: string, old: string, next: string): void {
  useEffect(() => {
    if (!used || typeof process === 'undefined' || process.env.NODE_ENV === 'production') return;
    const key = `${widget} ${old}`;
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(
      `okr-balance: ${widget}'s ${old} is deprecated and goes in the next release: use ${next}.`,
    );
  }, [used, widget, old, next]);
}

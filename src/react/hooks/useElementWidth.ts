import { type RefObject, useEffect, useState } from 'react';

/**
 * The width of an element once it is on screen, or `fallback` until then (and on the server):
 * the first render never measures, so server and client markup agree.
 */
export function useElementWidth(ref: RefObject<Element | null>, fallback: number): number {
  // What was measured, if anything: until then a new `fallback` takes effect at once.
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0;
      // Whole pixels: sub-pixel jitter must not re-run the layout.
      if (measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width ?? fallback;
}

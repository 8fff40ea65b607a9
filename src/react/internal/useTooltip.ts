import { type DOMAttributes, type RefObject, useEffect, useId, useRef, useState } from 'react';

// Why the tooltip is open, as bits: the pointer is over its host, focus is in it.
const HOVER = 1;
const FOCUS = 2;

/** What `useTooltip` gives: props for the tooltip and for its host. */
export interface TooltipState {
  /** Spread on the tooltip element, which must be inside the host. */
  tipProps: {
    ref: RefObject<HTMLSpanElement | null>;
    id: string;
    role: 'tooltip';
    className: string;
    hidden: boolean;
  };
  /** Spread on the element that holds both the trigger and the tooltip (after the host's own). */
  hostProps: Required<HostHandlers>;
}

/** The host's own handlers of the events the tooltip listens to: they run first. */
export type HostHandlers = Pick<
  DOMAttributes<HTMLElement>,
  'onPointerEnter' | 'onPointerLeave' | 'onFocus' | 'onBlur'
>;

/**
 * A tooltip that meets WCAG 1.4.13: it opens while the pointer is over its host or focus is in
 * it; it is inside the host, so the pointer can move onto it (hoverable); it stays until both
 * leave (persistent); Escape hides it without moving focus (dismissible). Always in the markup,
 * hidden while closed, so what it describes keeps its `aria-describedby`. CSS places it below
 * its host; once open, it moves in from the window's edge through the CSSOM (which a strict
 * `style-src` allows), so it never makes the page scroll sideways.
 */
export function useTooltip(host: HostHandlers = {}): TooltipState {
  const id = useId();
  const [why, setWhy] = useState(0);
  const ref = useRef<HTMLSpanElement>(null);
  const open = why > 0;
  useEffect(() => {
    const tip = ref.current;
    if (!open || !tip) return;
    const box = tip.getBoundingClientRect();
    // Left by what passes the window's right edge, but never past its left one (an offset,
    // not a transform: a transform would still widen the page's scrollable overflow).
    const over = Math.min(box.right - document.documentElement.clientWidth + 8, box.left - 8);
    if (over > 0) tip.style.left = `${-over}px`;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setWhy(0);
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      tip.style.left = '';
    };
  }, [open]);
  return {
    tipProps: { ref, id, role: 'tooltip', className: 'okr-tooltip', hidden: !open },
    hostProps: {
      onPointerEnter: (event) => {
        host.onPointerEnter?.(event);
        setWhy((w) => w | HOVER);
      },
      onPointerLeave: (event) => {
        host.onPointerLeave?.(event);
        setWhy((w) => w & FOCUS);
      },
      onFocus: (event) => {
        host.onFocus?.(event);
        setWhy((w) => w | FOCUS);
      },
      onBlur: (event) => {
        host.onBlur?.(event);
        setWhy((w) => w & HOVER);
      },
    },
  };
}

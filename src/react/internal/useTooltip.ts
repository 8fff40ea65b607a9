import { type FocusEvent, useEffect, useId, useRef, useState } from 'react';

/** What `useTooltip` gives: the tooltip's id and state, and the handlers for its host. */
export interface TooltipState {
  id: string;
  open: boolean;
  tipRef: React.RefObject<HTMLElement | null>;
  /** Spread on the element that holds both the trigger and the tooltip. */
  hostProps: {
    onPointerEnter: () => void;
    onPointerLeave: () => void;
    onFocus: () => void;
    onBlur: (event: FocusEvent) => void;
  };
}

/**
 * A tooltip that meets WCAG 1.4.13: it opens while the pointer is over its host or focus is in
 * it, and the tooltip is inside the host, so the pointer can move onto it (hoverable); it stays
 * until both leave (persistent); Escape hides it without moving focus (dismissible). Placed by
 * CSS below its host; after it opens, it flips above or moves in from the edge where the window
 * has no room (through the CSSOM, which a strict style-src allows).
 */
export function useTooltip(): TooltipState {
  const id = useId();
  const [open, setOpen] = useState(false);
  const tipRef = useRef<HTMLElement>(null);
  const within = useRef({ hover: false, focus: false });
  const set = (key: 'hover' | 'focus', value: boolean) => {
    within.current[key] = value;
    setOpen(within.current.hover || within.current.focus);
  };
  useEffect(() => {
    const tip = tipRef.current;
    if (!open || !tip) return;
    const box = tip.getBoundingClientRect();
    const room = document.documentElement.clientWidth;
    if (box.bottom > innerHeight && box.top > box.height + 40) tip.dataset.side = 'top';
    const over = Math.min(box.right - room + 8, box.left - 8);
    if (over > 0) tip.style.translate = `${-over}px`;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      delete tip.dataset.side;
      tip.style.translate = '';
    };
  }, [open]);
  return {
    id,
    open,
    tipRef,
    hostProps: {
      onPointerEnter: () => set('hover', true),
      onPointerLeave: () => set('hover', false),
      onFocus: () => set('focus', true),
      // Focus moving within the host (to the tooltip's own links, say) keeps it open.
      onBlur: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) set('focus', false);
      },
    },
  };
}

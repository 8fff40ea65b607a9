import type { ReactNode } from 'react';
import type { TooltipState } from './useTooltip';

/**
 * The tooltip `useTooltip` opens: always in the markup (hidden while closed), so the element it
 * describes keeps its `aria-describedby` whether or not it shows.
 */
export function Tooltip({ tip, children }: { tip: TooltipState; children: ReactNode }) {
  return (
    <span ref={tip.tipRef} id={tip.id} role="tooltip" className="okr-tooltip" hidden={!tip.open}>
      {children}
    </span>
  );
}

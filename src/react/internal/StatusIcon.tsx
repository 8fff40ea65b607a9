import { type Status, statusMarkerPath } from '../../core';

const CENTRE = { x: 8, y: 8 };

/**
 * The icon of a status: the same shape the radar and the gauge mark it with (`STATUS_SHAPES`),
 * so the badge doubles as their key. Hidden from assistive technology: the label says it.
 */
export function StatusIcon({ status, className }: { status: Status; className?: string }) {
  return (
    <svg
      className={className ? `okr-icon ${className}` : 'okr-icon'}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={statusMarkerPath(status, CENTRE, 12)} />
    </svg>
  );
}

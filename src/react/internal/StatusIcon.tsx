import type { Status } from '../../core';

// 16×16 stroke icons: each status has its own shape, so status never rests on colour alone.
const PATHS: Record<Status, string> = {
  done: 'M3 8.5l3.2 3.2L13 4.8',
  ahead: 'M4 8.5L8 4.5l4 4M4 12.5l4-4 4 4',
  'on-track': 'M2.5 8h10M9 4.5L12.5 8 9 11.5',
  'not-started': 'M8 3a5 5 0 1 1 0 10A5 5 0 1 1 8 3z',
  behind: 'M3 5l4 4 2-2 4 4M13 7.5V11H9.5',
  'at-risk': 'M8 2.2L14.2 13H1.8zM8 6.5v2.8M8 11.2v.1',
  'off-track': 'M5.2 2h5.6L14 5.2v5.6L10.8 14H5.2L2 10.8V5.2zM5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4',
};

/** The icon of a status, hidden from assistive technology (the label says it). */
export function StatusIcon({ status, className }: { status: Status; className?: string }) {
  return (
    <svg
      className={className ? `okr-icon ${className}` : 'okr-icon'}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[status]} />
    </svg>
  );
}

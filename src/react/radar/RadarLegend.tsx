import type { ReactNode } from 'react';
import { type Formatter, STATUSES, type Status, statusMarkerPath } from '../../core';

const CENTRE = { x: 7, y: 7 };

/**
 * The radar's key: every mark the chart draws — the progress series, the expected pace, the
 * comparison when there is one, and each status shape and colour among the points (only those
 * drawn). Hidden from screen readers, which get the summary and each point's name.
 */
export function RadarLegend({
  format,
  statuses,
  comparison,
}: {
  format: Formatter;
  /** The statuses of the drawn points, in any order and with repeats. */
  statuses: readonly Status[];
  comparison: string | undefined;
}): ReactNode {
  return (
    <ul className="okr-radar__legend" aria-hidden="true">
      <li data-key="progress">{format.format('radar.legend-progress')}</li>
      <li data-key="expected">{format.format('radar.legend-expected')}</li>
      {comparison !== undefined && (
        <li data-key="comparison">{comparison || format.format('radar.legend-comparison')}</li>
      )}
      {STATUSES.filter((status) => statuses.includes(status)).map((status) => (
        <li key={status} data-key="status">
          <svg className="okr-radar__legend-marker" viewBox="0 0 14 14" aria-hidden="true">
            <path
              className="okr-status"
              data-status={status}
              d={statusMarkerPath(status, CENTRE, 11)}
            />
          </svg>
          {format.format(`status.${status}`)}
        </li>
      ))}
    </ul>
  );
}

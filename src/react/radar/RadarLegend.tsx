import type { ReactNode } from 'react';
import type { Formatter } from '../../core';

/** The radar's key: what each series is. Hidden from screen readers, which get the summary. */
export function RadarLegend({
  format,
  comparison,
}: {
  format: Formatter;
  comparison: string | undefined;
}): ReactNode {
  return (
    <ul className="okr-radar__legend" aria-hidden="true">
      <li data-key="progress">{format.format('radar.legend-progress')}</li>
      <li data-key="expected">{format.format('radar.legend-expected')}</li>
      {comparison !== undefined && <li data-key="comparison">{comparison}</li>}
    </ul>
  );
}

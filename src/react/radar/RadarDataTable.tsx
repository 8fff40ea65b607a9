import { type ReactNode, useState } from 'react';
import type { CheckedObjective, Formatter } from '../../core';

/** Props of `RadarDataTable`. */
export interface RadarDataTableProps {
  objectives: readonly CheckedObjective[];
  format: Formatter;
  id: string;
}

/**
 * The chart's data as a table, one button away for everyone: a "Show data" toggle renders it
 * on request, so neither a mount nor a server render pays for it. Screen readers have the
 * summary and the named points without it.
 */
export function RadarDataTable({ objectives, format, id }: RadarDataTableProps): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <div className="okr-radar__data">
      <button
        type="button"
        className="okr-radar__data-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {format.format(open ? 'radar.hide-data' : 'radar.show-data')}
      </button>
      {open && (
        <table id={id} className="okr-radar__table">
          <caption>{format.format('radar.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{format.format('radar.col-objective')}</th>
              <th scope="col">{format.format('radar.col-progress')}</th>
              <th scope="col">{format.format('radar.col-expected')}</th>
              <th scope="col">{format.format('radar.col-status')}</th>
            </tr>
          </thead>
          <tbody>
            {objectives.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.title}</th>
                <td>{format.format('radar.percent', { value: o.progress })}</td>
                <td>{format.format('radar.percent', { value: o.expected })}</td>
                <td>{format.format(`status.${o.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

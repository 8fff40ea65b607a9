import type { ReactNode } from 'react';
import type { CheckedObjective, Formatter } from '../../core';
import { DataDisclosure } from '../internal/DataDisclosure';

/** Props of `RadarDataTable`. */
export interface RadarDataTableProps {
  objectives: readonly CheckedObjective[];
  format: Formatter;
  id: string;
}

/**
 * The chart's data as a table behind a "Show data" toggle. Screen readers have the summary and
 * the named points without it.
 */
export function RadarDataTable({ objectives, format, id }: RadarDataTableProps): ReactNode {
  const f = format.format;
  return (
    <DataDisclosure
      className="okr-radar__data"
      id={id}
      show={f('radar.show-data')}
      hide={f('radar.hide-data')}
      caption={f('radar.caption')}
      head={
        <>
          <th scope="col">{f('radar.col-objective')}</th>
          <th scope="col">{f('radar.col-progress')}</th>
          <th scope="col">{f('radar.col-expected')}</th>
          <th scope="col">{f('radar.col-status')}</th>
        </>
      }
      rows={() =>
        objectives.map((o) => (
          <tr key={o.id}>
            <th scope="row">{o.title}</th>
            <td>{f('radar.percent', { value: o.progress })}</td>
            <td>{f('radar.percent', { value: o.expected })}</td>
            <td>{f(`status.${o.status}`)}</td>
          </tr>
        ))
      }
    />
  );
}

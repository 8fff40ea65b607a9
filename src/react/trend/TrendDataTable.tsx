import type { ReactNode } from 'react';
import type { Formatter, HistoryPoint } from '../../core';
import { DataDisclosure } from '../internal/DataDisclosure';

/**
 * The check-ins as a table behind a "Show data" toggle, as the radar's data. Confidence and note
 * columns appear when a check-in has one.
 */
export function TrendDataTable({
  points,
  title,
  format,
  id,
}: {
  points: readonly HistoryPoint[];
  title: string;
  format: Formatter;
  id: string;
}): ReactNode {
  const f = format.format;
  const confidence = points.some((p) => typeof p.confidence === 'number');
  const note = points.some((p) => typeof p.note === 'string' && p.note !== '');
  return (
    <DataDisclosure
      className="okr-trend__data"
      id={id}
      show={f('trend.show-data')}
      hide={f('trend.hide-data')}
      caption={f('trend.caption', { title })}
      head={
        <>
          <th scope="col">{f('trend.col-date')}</th>
          <th scope="col">{f('trend.col-progress')}</th>
          {confidence && <th scope="col">{f('trend.col-confidence')}</th>}
          {note && <th scope="col">{f('trend.col-note')}</th>}
        </>
      }
      rows={() =>
        points.map((p, index) => (
          // Two check-ins may share a moment: the position keeps the keys apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed while shown.
          <tr key={index}>
            <th scope="row">{f('trend.point-date', { date: p.at })}</th>
            <td>{f('trend.percent', { value: p.progress })}</td>
            {confidence && (
              <td>
                {typeof p.confidence === 'number'
                  ? f('trend.percent', { value: p.confidence })
                  : ''}
              </td>
            )}
            {note && <td>{typeof p.note === 'string' ? p.note : ''}</td>}
          </tr>
        ))
      }
    />
  );
}

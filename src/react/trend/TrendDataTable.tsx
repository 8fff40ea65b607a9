import { type ReactNode, useState } from 'react';
import type { Formatter, HistoryPoint } from '../../core';

/**
 * The check-ins as a table, one button away: a "Show data" toggle renders it on request, as
 * the radar's does. Confidence and note columns appear when a check-in has one.
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
  const [open, setOpen] = useState(false);
  const confidence = points.some((p) => typeof p.confidence === 'number');
  const note = points.some((p) => typeof p.note === 'string' && p.note !== '');
  return (
    <div className="okr-trend__data">
      <button
        type="button"
        className="okr-trend__data-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {format.format(open ? 'trend.hide-data' : 'trend.show-data')}
      </button>
      {open && (
        <table id={id} className="okr-trend__table">
          <caption>{format.format('trend.caption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{format.format('trend.col-date')}</th>
              <th scope="col">{format.format('trend.col-progress')}</th>
              {confidence && <th scope="col">{format.format('trend.col-confidence')}</th>}
              {note && <th scope="col">{format.format('trend.col-note')}</th>}
            </tr>
          </thead>
          <tbody>
            {points.map((p, index) => (
              // Two check-ins may share a moment: the position keeps the keys apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed while shown.
              <tr key={index}>
                <th scope="row">{format.format('trend.point-date', { date: p.at })}</th>
                <td>{format.format('trend.percent', { value: p.progress })}</td>
                {confidence && (
                  <td>
                    {typeof p.confidence === 'number'
                      ? format.format('trend.percent', { value: p.confidence })
                      : ''}
                  </td>
                )}
                {note && <td>{typeof p.note === 'string' ? p.note : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

import type { ReactNode } from 'react';
import type { Formatter, Status } from '../../core';
import { StatusIcon } from '../internal/StatusIcon';

/** A sample of a mark on the dial, for the key. */
function Swatch({ kind }: { kind: 'band' | 'median' | 'expected' }): ReactNode {
  return (
    <svg className="okr-gauge__swatch" data-kind={kind} viewBox="0 0 16 16" aria-hidden="true">
      {kind === 'band' ? <rect x="1" y="4" width="14" height="8" rx="2" /> : <path d="M8 1V15" />}
    </svg>
  );
}

/**
 * The key under the dial: what the band, the ticks (the statuses drawn, each with its shape and
 * colour), the median and the expected marker are.
 */
export function GaugeKey({
  format,
  min,
  max,
  median,
  expected,
  statuses,
}: {
  format: Formatter;
  min: number;
  max: number;
  median: number;
  expected: number | null;
  statuses: readonly Status[];
}): ReactNode {
  return (
    <div className="okr-gauge__key">
      <span className="okr-gauge__key-item">
        <Swatch kind="band" />
        {format.format('gauge.spread', { min, max })}
      </span>
      <span className="okr-gauge__key-item">
        <Swatch kind="median" />
        {format.format('gauge.median', { value: median })}
      </span>
      {expected !== null && (
        <span className="okr-gauge__key-item">
          <Swatch kind="expected" />
          {format.format('gauge.key-expected', { value: expected })}
        </span>
      )}
      <span className="okr-gauge__key-item okr-gauge__key-ticks">
        {format.format('gauge.key-ticks')}
        {statuses.map((status) => (
          <span key={status} className="okr-gauge__key-status okr-status" data-status={status}>
            <StatusIcon status={status} />
            {format.format(`status.${status}`)}
          </span>
        ))}
      </span>
    </div>
  );
}

import type { ReactNode } from 'react';
import type { Formatter } from '../../core';

/** A sample of a series, for the key. */
function Swatch({ kind }: { kind: 'check-ins' | 'expected' | 'forecast' }): ReactNode {
  return (
    <svg className="okr-trend__swatch" data-kind={kind} viewBox="0 0 20 12" aria-hidden="true">
      {kind === 'forecast' && <path className="okr-trend__band" d="M1 6L19 1V11Z" />}
      <path d="M1 6H19" />
      {kind === 'check-ins' && <circle cx="10" cy="6" r="3" />}
    </svg>
  );
}

/** The key under the chart: what the line, the dashed pace and the forecast with its band are. */
export function TrendKey({
  format,
  expected,
  forecast,
}: {
  format: Formatter;
  expected: boolean;
  forecast: boolean;
}): ReactNode {
  return (
    <div className="okr-trend__key">
      <span className="okr-trend__key-item">
        <Swatch kind="check-ins" />
        {format.format('trend.key-check-ins')}
      </span>
      {expected && (
        <span className="okr-trend__key-item">
          <Swatch kind="expected" />
          {format.format('trend.key-expected')}
        </span>
      )}
      {forecast && (
        <span className="okr-trend__key-item">
          <Swatch kind="forecast" />
          {format.format('trend.key-forecast')}
        </span>
      )}
    </div>
  );
}

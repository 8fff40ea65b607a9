// The dial's marks on the commissioned stack: ring segments as visx `Arc` (d3's `arc`), the
// median and expected markers as visx `Line`, each with its label.
import { Arc, Line } from '@visx/shape';
import type { ReactNode } from 'react';
import { type GaugeMarker, type GaugeMarkerLabel, PATH_DIGITS } from '../../core';

/** A ring segment of the dial: visx's `Arc` (d3's `arc`), its path rounded so server and client agree. */
export function DialArc(props: {
  className: string;
  innerRadius: number;
  outerRadius: number;
  startAngle: number;
  endAngle: number;
  cornerRadius: number;
}): ReactNode {
  return (
    <Arc {...props}>
      {({ path }) => <path className={props.className} d={path.digits(PATH_DIGITS)(null) ?? ''} />}
    </Arc>
  );
}

/** The median or expected marker across the arc, with its label outside the arc. */
export function Marker({
  marker,
  label,
  kind,
  strokeWidth,
}: {
  marker: GaugeMarker | null;
  label: GaugeMarkerLabel | null;
  kind: 'median' | 'expected';
  strokeWidth: number;
}): ReactNode {
  if (!marker) return null;
  return (
    <g className={`okr-gauge__${kind}`}>
      <Line
        className="okr-gauge__marker"
        from={marker.from}
        to={marker.to}
        strokeWidth={strokeWidth}
      />
      {label && (
        <text className="okr-gauge__marker-label" x={label.x} y={label.y} fontSize={label.fontSize}>
          {label.text}
        </text>
      )}
    </g>
  );
}

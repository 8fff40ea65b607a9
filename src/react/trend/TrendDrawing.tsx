// The trend's drawing on the commissioned stack: the check-in line and the expected pace as
// visx `LinePath`, the forecast band as visx `Area` (d3's line and area), the forecast as visx
// `Line`; the axes as plain SVG text. Every coordinate comes from the core's `trendGeometry`.
import { Area, Line, LinePath } from '@visx/shape';
import type { ReactNode } from 'react';
import type { Formatter, TrendGeometry, TrendMark } from '../../core';

const markX = (mark: TrendMark) => mark.x;
const markY = (mark: TrendMark) => mark.y;
const bandX = (mark: { x: number }) => mark.x;
const bandY0 = (mark: { y0: number }) => mark.y0;
const bandY1 = (mark: { y1: number }) => mark.y1;

/** The SVG of a trend: the full chart, or a sparkline (`compact`: no axes, the latest point). */
export function TrendDrawing({
  geometry,
  format,
  compact,
}: {
  geometry: TrendGeometry;
  format: Formatter;
  compact: boolean;
}): ReactNode {
  const { plot, points, forecast, expected, fontSize } = geometry;
  const last = points[points.length - 1];
  return (
    <>
      {geometry.yTicks.map((tick) => (
        <g key={tick.value} className="okr-trend__y-tick">
          <line
            className="okr-trend__grid"
            x1={plot.left}
            x2={plot.right}
            y1={tick.at}
            y2={tick.at}
          />
          <text x={plot.left - 6} y={tick.at} dy="0.32em" textAnchor="end" fontSize={fontSize}>
            {tick.label}
          </text>
        </g>
      ))}
      {geometry.xTicks.map((tick) => (
        <g key={tick.at} className="okr-trend__x-tick">
          <line
            className="okr-trend__tick"
            x1={tick.at}
            x2={tick.at}
            y1={plot.bottom}
            y2={plot.bottom + 4}
          />
          <text x={tick.at} y={plot.bottom + 6} dy="0.71em" textAnchor="middle" fontSize={fontSize}>
            {tick.label}
          </text>
        </g>
      ))}
      {!compact && (
        <line
          className="okr-trend__axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
      )}
      {forecast && (
        <Area className="okr-trend__band" data={forecast.band} x={bandX} y0={bandY0} y1={bandY1} />
      )}
      {expected.length > 1 && (
        <LinePath className="okr-trend__expected" data={expected} x={markX} y={markY} />
      )}
      {forecast && (
        <Line className="okr-trend__forecast" from={forecast.line[0]} to={forecast.line[1]} />
      )}
      {points.length > 1 && (
        <LinePath className="okr-trend__line" data={points} x={markX} y={markY} />
      )}
      {compact
        ? last && <circle className="okr-trend__point" cx={last.x} cy={last.y} r={2.5} />
        : points.map((point, index) => (
            // Check-ins may share a moment; the list is fixed for a drawing.
            // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity here.
            <circle key={`${index}`} className="okr-trend__point" cx={point.x} cy={point.y} r={3.5}>
              <title>
                {format.format('trend.point', { date: point.at, progress: point.progress })}
              </title>
            </circle>
          ))}
    </>
  );
}

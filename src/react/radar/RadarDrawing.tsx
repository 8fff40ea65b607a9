import { Polygon } from '@visx/shape';
import { Fragment, type ReactNode } from 'react';
import { type Formatter, type RadarAxis, type RadarGeometry, statusMarkerPath } from '../../core';

// The marker shapes drawn at 0,0, by status and size: a point moves its marker with a translate.
const MARKER_SHAPES = new Map<string, string>();
const ORIGIN = { x: 0, y: 0 };
/** A status marker's path at 0,0, made once per status and size. */
function markerShape(status: string, size: number): string {
  const key = `${status} ${size}`;
  let shape = MARKER_SHAPES.get(key);
  if (shape === undefined) {
    shape = statusMarkerPath(status, ORIGIN, size);
    MARKER_SHAPES.set(key, shape);
  }
  return shape;
}

const corners = (points: readonly { x: number; y: number }[]): [number, number][] =>
  points.map((point) => [point.x, point.y]);

/** Props of `RadarDrawing`. */
export interface RadarDrawingProps {
  geometry: RadarGeometry;
  format: Formatter;
  selectedId: string | null;
  activeIndex: number;
  /** The option props of each point, from the behaviour layer. */
  pointProps: (axis: RadarAxis, index: number) => Record<string, unknown>;
  /** The accessible name of each point. */
  pointLabel: (axis: RadarAxis, index: number) => string;
  /** The id of the element that explains the active point. */
  whyId: string;
}

/**
 * The radar's SVG content, drawn with visx over the core's points: the grid's rings
 * (polygons or circles) and spokes, the ring labels, the expected pace, the comparison and the
 * progress series, the labels and the status-shaped points. Bars for one or two objectives
 * and, ranked, for more than 24.
 * It draws; it decides nothing.
 */
export function RadarDrawing({
  geometry,
  format,
  selectedId,
  activeIndex,
  pointProps,
  pointLabel,
  whyId,
}: RadarDrawingProps): ReactNode {
  const { axes, grid, markerSize } = geometry;
  return (
    <>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> is not focusable */}
      <g aria-hidden="true">
        {geometry.layout === 'radar' ? (
          <>
            {geometry.rings.map((ring) =>
              grid === 'circle' ? (
                <circle
                  key={ring.value}
                  className="okr-radar__grid"
                  cx={geometry.cx}
                  cy={geometry.cy}
                  r={ring.radius}
                />
              ) : (
                <Polygon
                  key={ring.value}
                  className="okr-radar__grid"
                  points={corners(ring.points)}
                />
              ),
            )}
            <path className="okr-radar__grid" d={geometry.spokesPath} />
            {grid === 'circle' ? (
              <circle
                className="okr-radar__expected"
                cx={geometry.cx}
                cy={geometry.cy}
                r={geometry.expectedRadius}
              />
            ) : (
              <Polygon
                className="okr-radar__expected"
                points={corners(axes.map((axis) => axis.expectedPoint))}
              />
            )}
            {geometry.hasComparison && (
              <Polygon
                className="okr-radar__comparison"
                points={corners(axes.map((axis) => axis.comparisonPoint ?? axis.end))}
              />
            )}
            <Polygon
              className="okr-radar__progress"
              points={corners(axes.map((axis) => axis.point))}
            />
            {/* The outer ring needs no number: it is the edge. The others sit between the first
              two spokes, where no point is drawn, on a halo that keeps the lines off the text. */}
            {geometry.rings
              .filter((ring) => ring.value < 1)
              .map((ring) => (
                <text
                  key={ring.value}
                  className="okr-radar__ring-label"
                  x={ring.label.x + 3}
                  y={ring.label.y - 2}
                >
                  {format.format('radar.percent', { value: ring.value })}
                </text>
              ))}
          </>
        ) : (
          axes.map((axis) => {
            // The bars and ranked layouts always have a track.
            const track = geometry.track as NonNullable<RadarGeometry['track']>;
            const y = axis.end.y;
            return (
              <g key={axis.id}>
                <line className="okr-radar__track" x1={track.x0} x2={track.x1} y1={y} y2={y} />
                <line className="okr-radar__bar" x1={track.x0} x2={axis.point.x} y1={y} y2={y} />
                <line
                  className="okr-radar__expected-tick"
                  x1={axis.expectedPoint.x}
                  x2={axis.expectedPoint.x}
                  y1={y - 9}
                  y2={y + 9}
                />
              </g>
            );
          })
        )}
        {axes.map((axis) => (
          // The first line is the text's own; each further line is a tspan back at the same x.
          <text
            key={axis.id}
            className="okr-radar__label"
            x={axis.label.x}
            y={axis.label.y}
            textAnchor={axis.label.anchor}
            data-selected={axis.id === selectedId ? '' : undefined}
          >
            {axis.label.truncated && <title>{axis.title}</title>}
            {axis.label.lines[0]}
            {axis.label.lines.slice(1).map((line) => (
              <tspan key={line} x={axis.label.x} dy={geometry.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      {axes.map((axis, index) => {
        // Each point is two shapes: the option itself, a circle wide enough to hit with a
        // finger, and the status marker drawn over it.
        const isSelected = axis.id === selectedId;
        const isActive = index === activeIndex;
        return (
          <Fragment key={axis.id}>
            <circle
              {...pointProps(axis, index)}
              aria-describedby={isActive ? whyId : undefined}
              aria-label={pointLabel(axis, index)}
              className="okr-radar__point"
              data-selected={isSelected ? '' : undefined}
              data-active={isActive ? '' : undefined}
              cx={axis.point.x}
              cy={axis.point.y}
              r={Math.max(14, markerSize)}
            />
            <path
              className="okr-radar__marker okr-status"
              data-status={axis.status}
              d={markerShape(axis.status, isSelected || isActive ? markerSize * 1.35 : markerSize)}
              transform={`translate(${axis.point.x},${axis.point.y})`}
            />
          </Fragment>
        );
      })}
    </>
  );
}

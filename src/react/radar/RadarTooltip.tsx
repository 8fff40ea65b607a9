import type { ReactNode } from 'react';
import {
  type CheckedObjective,
  comparedValue,
  type Formatter,
  placeRadarTooltip,
  type RadarAxis,
  type RadarGeometry,
} from '../../core';
import { explanationText } from '../internal/explanationText';

/** Props of `RadarTooltip`. */
export interface RadarTooltipProps {
  axis: RadarAxis;
  objective: CheckedObjective;
  geometry: RadarGeometry;
  format: Formatter;
  comparison: { label: string; values: Readonly<Record<string, number>> } | undefined;
  id: string;
  whyId: string;
  /** The host's content instead of the default; the tooltip element stays the widget's. */
  render?: ((objective: CheckedObjective, texts: Formatter) => ReactNode) | undefined;
}

/**
 * The active point's tooltip: title, progress, expected, the comparison, status and why. It is
 * the listbox's sibling, not its child: a listbox holds options only. Placed by the core's
 * `placeRadarTooltip`; it appears only on interaction, so its style attribute never reaches
 * server-rendered markup.
 */
export function RadarTooltip({
  axis,
  objective,
  geometry,
  format,
  comparison,
  id,
  whyId,
  render,
}: RadarTooltipProps): ReactNode {
  // Shares of the drawn part (the viewBox), which is what the page shows.
  const { viewBox } = geometry;
  const placement = placeRadarTooltip(
    { x: axis.point.x - viewBox.x, y: axis.point.y - viewBox.y },
    viewBox,
  );
  const percent = (share: number) => `${share * 100}%`;
  const style =
    placement.left === null || placement.maxWidth === null
      ? { top: percent(placement.top) }
      : {
          top: percent(placement.top),
          left: percent(placement.left),
          maxWidth: `min(18rem, ${placement.maxWidth}px)`,
        };
  const compared = comparison ? comparedValue(comparison.values, axis.id) : undefined;
  // A host's content describes the active point as a whole, in place of the explanation.
  const content = render ? (
    <div id={whyId}>{render(objective, format)}</div>
  ) : (
    <>
      <strong className="okr-radar__tooltip-title">{axis.title}</strong>
      <span>{format.format('radar.progress', { progress: objective.progress })}</span>
      <span>{format.format('radar.expected', { expected: objective.expected })}</span>
      {comparison && compared !== undefined && (
        <span>{format.format('radar.compare', { label: comparison.label, value: compared })}</span>
      )}
      <span className="okr-radar__tooltip-status okr-status" data-status={axis.status}>
        {format.format(`status.${axis.status}`)}
      </span>
      <span id={whyId} className="okr-radar__tooltip-why">
        {/* In this widget's language, which may not be the analysis's. */}
        {explanationText(format, objective.explanation)}
      </span>
    </>
  );
  return (
    <div
      role="tooltip"
      id={id}
      className="okr-radar__tooltip"
      data-side={placement.side}
      style={style}
    >
      {content}
    </div>
  );
}

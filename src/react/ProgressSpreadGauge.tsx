import { type ComponentPropsWithoutRef, forwardRef, memo, useMemo } from 'react';
import {
  arcPath,
  computeGaugeGeometry,
  type FormatOptions,
  GAUGE_MESSAGES,
  LABEL_MESSAGES,
  type Report,
  statusMarkerPath,
} from '../core';
import { cx } from './internal/cx';
import { useTexts } from './internal/useTexts';

/** The English texts this widget shows. */
const TEXTS = [LABEL_MESSAGES, GAUGE_MESSAGES];

/** Props of `ProgressSpreadGauge`. */
export interface ProgressSpreadGaugeProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>,
    FormatOptions {
  /** The analysis to show, from `useOkrBalance` or `analyzeOkrs`. */
  report: Pick<Report, 'objectives' | 'balance'>;
  /** The objective whose tick to highlight. */
  selectedId?: string | null;
  /** Drawing width in SVG units; the gauge scales to its container. @default 240 */
  width?: number;
}

/**
 * The balance of a cycle on one dial: attainment from 0 to 100 %, the band from the lowest to
 * the highest objective, a tick per objective (shaped by status), the median and the
 * expected-pace markers, and the balance score with its level in the middle.
 */
export const ProgressSpreadGauge = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ProgressSpreadGaugeProps>(function ProgressSpreadGauge(
    { report, selectedId, width = 240, locale, messages, className, ...rest },
    ref,
  ) {
    const format = useTexts({ locale, messages }, TEXTS);
    const geometry = useMemo(() => computeGaugeGeometry(report, { width }), [report, width]);
    const { balance } = report;
    if (balance.score === null || balance.level === null) {
      return (
        <div ref={ref} className={cx('okr-gauge', className)} data-state="empty" {...rest}>
          <p className="okr-gauge__empty">{format.format('gauge.empty')}</p>
        </div>
      );
    }
    const score = Math.round(balance.score * 100);
    const { cx: centreX, cy: centreY, innerRadius, outerRadius, band } = geometry;
    const atRisk = report.objectives.filter(
      (o) => o.status === 'at-risk' || o.status === 'off-track',
    ).length;
    const valueText = format.format('gauge.valuetext', {
      score,
      level: balance.level,
      min: balance.min ?? 0,
      max: balance.max ?? 0,
      median: balance.median ?? 0,
      expected: geometry.expected?.value ?? 0,
      count: report.objectives.length,
      atRisk,
    });
    const unit = geometry.width / 240;
    return (
      // A native <meter> would show its content only as a fallback: the dial needs a div.
      // biome-ignore lint/a11y/useSemanticElements: role="meter" on a div, as react-aria does.
      <div
        ref={ref}
        className={cx('okr-gauge', className)}
        role="meter"
        aria-label={format.format('gauge.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-valuetext={valueText}
        data-level={balance.level}
        {...rest}
      >
        <svg
          className="okr-gauge__svg"
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          aria-hidden="true"
          focusable="false"
        >
          <g transform={`translate(${centreX},${centreY})`}>
            <path
              className="okr-gauge__track"
              d={arcPath(
                innerRadius,
                outerRadius,
                geometry.startAngle,
                geometry.endAngle,
                2 * unit,
              )}
            />
            {band && (
              <path
                className="okr-gauge__band"
                d={arcPath(
                  innerRadius,
                  outerRadius,
                  band.startAngle,
                  Math.max(band.endAngle, band.startAngle + 0.02),
                  2 * unit,
                )}
              />
            )}
          </g>
          {geometry.scale.map(({ value, at }) => (
            <text key={value} className="okr-gauge__scale" x={at.x} y={at.y} fontSize={9 * unit}>
              {format.format('gauge.scale', { value })}
            </text>
          ))}
          {geometry.expected && (
            <line
              className="okr-gauge__expected"
              x1={geometry.expected.from.x}
              y1={geometry.expected.from.y}
              x2={geometry.expected.to.x}
              y2={geometry.expected.to.y}
              strokeWidth={2 * unit}
            />
          )}
          {geometry.median && (
            <line
              className="okr-gauge__median"
              x1={geometry.median.from.x}
              y1={geometry.median.from.y}
              x2={geometry.median.to.x}
              y2={geometry.median.to.y}
              strokeWidth={3 * unit}
            />
          )}
          {geometry.ticks.map((tick) => (
            <path
              key={tick.id}
              className="okr-gauge__tick okr-status"
              data-status={tick.status}
              data-selected={tick.id === selectedId ? '' : undefined}
              d={statusMarkerPath(tick.status, tick.at, (tick.id === selectedId ? 15 : 11) * unit)}
            >
              <title>
                {format.format('gauge.tick', {
                  title: tick.title,
                  attainment: tick.attainment,
                  status: tick.status,
                })}
              </title>
            </path>
          ))}
          <text
            className="okr-gauge__score"
            x={centreX}
            y={centreY - 2 * unit}
            fontSize={40 * unit}
          >
            {score}
          </text>
          <text className="okr-gauge__of" x={centreX} y={centreY + 14 * unit} fontSize={10 * unit}>
            {format.format('gauge.of')}
          </text>
          <text
            className="okr-gauge__level"
            x={centreX}
            y={centreY + 31 * unit}
            fontSize={13 * unit}
          >
            {format.format(`level.${balance.level}`)}
          </text>
        </svg>
        <p className="okr-gauge__legend">
          <span className="okr-gauge__legend-item" data-key="spread">
            {format.format('gauge.spread', { min: balance.min ?? 0, max: balance.max ?? 0 })}
          </span>
          <span className="okr-gauge__legend-item" data-key="median">
            {format.format('gauge.median', { value: balance.median ?? 0 })}
          </span>
          {geometry.expected && (
            <span className="okr-gauge__legend-item" data-key="expected">
              {format.format('gauge.expected', { value: geometry.expected.value })}
            </span>
          )}
        </p>
      </div>
    );
  }),
);

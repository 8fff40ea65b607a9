import { Group } from '@visx/group';
import { Arc, Line } from '@visx/shape';
import { type ComponentPropsWithoutRef, forwardRef, memo, type ReactNode, useMemo } from 'react';
import {
  computeGaugeGeometry,
  DATA_MESSAGES,
  type FormatOptions,
  GAUGE_MESSAGES,
  type GaugeMarker,
  type Issue,
  isAtRiskOrWorse,
  LEVEL_MESSAGES,
  PATH_DIGITS,
  type Report,
  STATUS_MESSAGES,
  statusMarkerPath,
} from '../core';
import { cx } from './internal/cx';
import { useCheckedReport } from './internal/useCheckedReport';
import { useTexts } from './internal/useTexts';

/** The English texts this widget shows. */
const TEXTS = [STATUS_MESSAGES, LEVEL_MESSAGES, DATA_MESSAGES, GAUGE_MESSAGES];

/** Props of `ProgressSpreadGauge`. */
export interface ProgressSpreadGaugeProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>,
    FormatOptions {
  /** The analysis to show, from `useOkrBalance` or `analyzeOkrs`; checked before it is drawn. */
  report: Pick<Report, 'objectives' | 'balance'>;
  /** The objective whose tick to highlight; `null` for none. */
  selectedId?: string | null;
  /** Drawing width in SVG units (40–4096); the gauge scales to its container. @default 240 */
  width?: number;
  /** Called with the problems of a report that cannot be shown (the gauge then says so). */
  onIssues?: (issues: Issue[]) => void;
}

/** A ring segment of the dial: visx's `Arc`, its path rounded so server and client agree. */
function DialArc(props: {
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

/** The median or expected marker across the arc. */
function Marker({
  marker,
  className,
  strokeWidth,
}: {
  marker: GaugeMarker | null;
  className: string;
  strokeWidth: number;
}): ReactNode {
  if (!marker) return null;
  return <Line className={className} from={marker.from} to={marker.to} strokeWidth={strokeWidth} />;
}

/**
 * The balance of a cycle on one dial: attainment from 0 to 100 %, the band from the lowest to
 * the highest objective, a tick per objective (shaped by status), the median and the
 * expected-pace markers, and the balance score with its level in the middle.
 */
export const ProgressSpreadGauge = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ProgressSpreadGaugeProps>(function ProgressSpreadGauge(
    { report: given, selectedId, width = 240, onIssues, locale, messages, className, ...rest },
    ref,
  ) {
    const format = useTexts({ locale, messages }, TEXTS);
    const { report, issues } = useCheckedReport(given, onIssues, 'ProgressSpreadGauge');
    const geometry = useMemo(
      () => (report ? computeGaugeGeometry(report, { width }) : null),
      [report, width],
    );
    if (!report || !geometry || report.balance.score === null || report.balance.level === null) {
      const invalid = report === null;
      return (
        <div
          ref={ref}
          className={cx('okr-gauge', className)}
          data-state={invalid ? 'invalid' : 'empty'}
          {...rest}
        >
          <p className="okr-gauge__empty" role={invalid ? 'alert' : undefined}>
            {invalid
              ? format.format('data.invalid', { count: issues.length })
              : format.format('gauge.empty')}
          </p>
        </div>
      );
    }
    const { balance } = report;
    const level = balance.level as NonNullable<typeof balance.level>;
    const score = Math.round((balance.score as number) * 100);
    const { cx: centreX, cy: centreY, innerRadius, outerRadius, band } = geometry;
    const atRisk = report.objectives.filter((o) => isAtRiskOrWorse(o.status)).length;
    const valueText = format.format('gauge.valuetext', {
      score,
      level,
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
        data-level={level}
        {...rest}
      >
        <svg
          className="okr-gauge__svg"
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          aria-hidden="true"
          focusable="false"
        >
          <Group left={centreX} top={centreY}>
            <DialArc
              className="okr-gauge__track"
              innerRadius={innerRadius}
              outerRadius={outerRadius}
              startAngle={geometry.startAngle}
              endAngle={geometry.endAngle}
              cornerRadius={2 * unit}
            />
            {band && (
              <DialArc
                className="okr-gauge__band"
                innerRadius={innerRadius}
                outerRadius={outerRadius}
                startAngle={band.startAngle}
                endAngle={Math.max(band.endAngle, band.startAngle + 0.02)}
                cornerRadius={2 * unit}
              />
            )}
          </Group>
          {geometry.scale.map(({ value, at }) => (
            <text key={value} className="okr-gauge__scale" x={at.x} y={at.y} fontSize={9 * unit}>
              {format.format('gauge.scale', { value })}
            </text>
          ))}
          <Marker
            marker={geometry.expected}
            className="okr-gauge__expected"
            strokeWidth={2 * unit}
          />
          <Marker marker={geometry.median} className="okr-gauge__median" strokeWidth={3 * unit} />
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
            {format.format(`level.${level}`)}
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

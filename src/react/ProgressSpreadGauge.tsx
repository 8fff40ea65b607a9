import { Group } from '@visx/group';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  memo,
  useImperativeHandle,
  useMemo,
  useRef,
} from 'react';
import {
  computeGaugeGeometry,
  DATA_MESSAGES,
  type FormatOptions,
  GAUGE_MESSAGES,
  type GaugeTexts,
  type Issue,
  isAtRiskOrWorse,
  LEVEL_MESSAGES,
  type Report,
  readBalance,
  STATUS_MESSAGES,
  STATUSES,
  statusMarkerPath,
} from '../core';
import { GaugeKey } from './gauge/GaugeKey';
import { DialArc, Marker } from './gauge/GaugeMarks';
import { useElementWidth } from './hooks/useElementWidth';
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
  /**
   * Drawing width in pixels (40–4096) until the gauge has measured its container (on the server
   * and in the first render, where the drawing is scaled to the container's width); after that
   * the gauge is as wide as its container. @default 240
   */
  width?: number;
  /**
   * The dial's drawing at most this tall, in pixels: the dial narrows to fit and stays centred.
   * The balance reading and the key below it take their own height.
   */
  maxHeight?: number;
  /** Called with the problems of a report that cannot be shown (the gauge then says so). */
  onIssues?: (issues: Issue[]) => void;
}

/**
 * The balance of a cycle: a dial of attainment from 0 to 100 % with the band from the lowest to
 * the highest objective, a tick per objective (shaped by status), the median (its value in the
 * middle) and the expected pace, each labelled; under it the balance score on its own scale,
 * "43 of 100", with what it means ("Balanced — all behind pace"), and a key to the marks.
 * As wide as its container; `maxHeight` bounds the dial's height.
 */
export const ProgressSpreadGauge = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ProgressSpreadGaugeProps>(function ProgressSpreadGauge(
    {
      report: given,
      selectedId,
      width = 240,
      maxHeight,
      onIssues,
      locale,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    const format = useTexts({ locale, messages }, TEXTS);
    const { report, issues } = useCheckedReport(given, onIssues, 'ProgressSpreadGauge');
    const root = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => root.current as HTMLDivElement, []);
    // NaN until measured: the first render (and the server's) scales the default drawing.
    const measured = useElementWidth(root, Number.NaN);
    const reading = useMemo(() => (report ? readBalance(report) : null), [report]);
    const texts = useMemo((): GaugeTexts | undefined => {
      if (!reading) return undefined;
      const f = format.format;
      return {
        median: [f('gauge.median', { value: reading.median }), f('gauge.median-short')],
        expected: [f('gauge.expected', { value: reading.expected }), f('gauge.expected-short')],
        value: f('gauge.value', { value: reading.median }),
        caption: f('gauge.caption'),
      };
    }, [reading, format]);
    const drawingWidth = Number.isNaN(measured) ? width : measured;
    const geometry = useMemo(
      () =>
        report && texts
          ? computeGaugeGeometry(report, { width: drawingWidth, maxHeight, texts })
          : null,
      [report, drawingWidth, maxHeight, texts],
    );
    if (!report || !geometry || !reading) {
      const invalid = report === null;
      return (
        <div
          ref={root}
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
    const { score, level, pace, tone } = reading;
    const headline = format.format(`gauge.pace-${pace}`, { level });
    const { band, strokes, centre } = geometry;
    const atRisk = report.objectives.filter((o) => isAtRiskOrWorse(o.status)).length;
    const valueText = format.format('gauge.valuetext', {
      score,
      reading: headline,
      min: balance.min ?? 0,
      max: balance.max ?? 0,
      median: reading.median,
      expected: reading.expected,
      count: report.objectives.length,
      atRisk,
    });
    const statuses = STATUSES.filter((s) => report.objectives.some((o) => o.status === s));
    // Sized in pixels once measured (or bounded); scaled to the container until then.
    const sized = !Number.isNaN(measured) || maxHeight !== undefined;
    return (
      // A native <meter> would show its content only as a fallback: the dial needs a div.
      // biome-ignore lint/a11y/useSemanticElements: role="meter" on a div, as react-aria does.
      <div
        ref={root}
        className={cx('okr-gauge', className)}
        role="meter"
        aria-label={format.format('gauge.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-valuetext={valueText}
        data-level={level}
        data-pace={pace}
        data-tone={tone}
        {...rest}
      >
        <svg
          className="okr-gauge__svg"
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          width={sized ? geometry.width : undefined}
          height={sized ? geometry.height : undefined}
          aria-hidden="true"
          focusable="false"
        >
          <Group top={geometry.cy} left={geometry.cx}>
            <DialArc
              className="okr-gauge__track"
              innerRadius={geometry.innerRadius}
              outerRadius={geometry.outerRadius}
              startAngle={geometry.startAngle}
              endAngle={geometry.endAngle}
              cornerRadius={geometry.cornerRadius}
            />
            {band && (
              <DialArc
                className="okr-gauge__band"
                innerRadius={geometry.innerRadius}
                outerRadius={geometry.outerRadius}
                startAngle={band.startAngle}
                endAngle={band.endAngle}
                cornerRadius={geometry.cornerRadius}
              />
            )}
          </Group>
          {geometry.scale.map(({ value, at, fontSize }) => (
            <text key={value} className="okr-gauge__scale" x={at.x} y={at.y} fontSize={fontSize}>
              {format.format('gauge.scale', { value })}
            </text>
          ))}
          <Marker
            kind="expected"
            marker={geometry.expected}
            label={geometry.labels.expected}
            strokeWidth={strokes.expected}
          />
          <Marker
            kind="median"
            marker={geometry.median}
            label={geometry.labels.median}
            strokeWidth={strokes.median}
          />
          {geometry.ticks.map((tick) => (
            <path
              key={tick.id}
              className="okr-gauge__tick okr-status"
              data-status={tick.status}
              data-selected={tick.id === selectedId ? '' : undefined}
              d={statusMarkerPath(
                tick.status,
                tick.at,
                tick.id === selectedId ? geometry.selectedTickSize : geometry.tickSize,
              )}
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
          {(['value', 'caption'] as const).map((part) => {
            const box = centre[part];
            return (
              box && (
                <text
                  key={part}
                  className={`okr-gauge__${part}`}
                  x={box.x}
                  y={box.y}
                  fontSize={box.fontSize}
                >
                  {box.text}
                </text>
              )
            );
          })}
        </svg>
        <p className="okr-gauge__reading">
          <span className="okr-gauge__balance">
            {format.format('gauge.balance')} <strong className="okr-gauge__score">{score}</strong>{' '}
            {format.format('gauge.of')}
          </span>{' '}
          <span className="okr-gauge__level">{headline}</span>
        </p>
        <GaugeKey
          format={format}
          min={balance.min ?? 0}
          max={balance.max ?? 0}
          median={reading.median}
          expected={geometry.expected ? reading.expected : null}
          statuses={statuses}
        />
      </div>
    );
  }),
);

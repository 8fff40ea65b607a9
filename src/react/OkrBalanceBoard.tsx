import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import {
  BOARD_MESSAGES,
  type CatalogEntry,
  EXPLAIN_MESSAGES,
  type Issue,
  LABEL_MESSAGES,
} from '../core';
import { CauseChecklist, type ChecklistValue } from './CauseChecklist';
import { type UseOkrBalanceOptions, useOkrBalance } from './hooks/useOkrBalance';
import { cx } from './internal/cx';
import { useControllableState } from './internal/useControllableState';
import { useDeprecatedProp } from './internal/useDeprecatedProp';
import { useTexts } from './internal/useTexts';
import { OkrBalanceProvider } from './OkrBalanceProvider';
import { OkrRadar, type RadarComparison } from './OkrRadar';
import { ProgressSpreadGauge } from './ProgressSpreadGauge';
import { StatusBadge } from './StatusBadge';

/** The English texts this widget shows. */
const TEXTS = [LABEL_MESSAGES, EXPLAIN_MESSAGES, BOARD_MESSAGES];

/** Props of `OkrBalanceBoard`. */
export interface OkrBalanceBoardProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>,
    Pick<UseOkrBalanceOptions, 'now' | 'locale' | 'messages'> {
  /** The OKR set, as the host has it: it is checked and analysed here. */
  okrs: unknown;
  /** Further options of the analysis (thresholds, status rules, pace…). */
  options?: Omit<UseOkrBalanceOptions, 'now' | 'locale' | 'messages' | 'onIssues'>;
  /** Called when the data has problems that were repaired or left out. */
  onIssues?: (issues: Issue[]) => void;
  /** The selected objective (controlled), `null` for none; selecting filters the checklist. */
  selectedId?: string | null;
  /** The objective selected at first (uncontrolled). @default null */
  defaultSelectedId?: string | null;
  /** Called when a person selects an objective or clears the selection (`null`). */
  onSelectedIdChange?: (id: string | null) => void;
  /** @deprecated Use `onSelectedIdChange`; this name goes in the next release. */
  onSelectObjective?: (id: string | null) => void;
  /** The checklist's ticks and notes (controlled), e.g. to save them. */
  checklist?: ChecklistValue;
  /** The checklist's ticks and notes at first (uncontrolled). */
  defaultChecklist?: ChecklistValue;
  /** Called with the checklist's new value on every tick and note. */
  onChecklistChange?: (value: ChecklistValue) => void;
  /** Another catalogue for the checklist, such as `RED_FLAGS`. */
  catalog?: readonly CatalogEntry[];
  comparison?: RadarComparison;
}

/**
 * All four widgets on one analysis, laid out to fit the space: the radar, the gauge, every
 * objective with its status, and the cause checklist. Selecting an objective anywhere
 * highlights it everywhere and focuses the checklist on it.
 */
export const OkrBalanceBoard = /* @__PURE__ */ forwardRef<HTMLElement, OkrBalanceBoardProps>(
  function OkrBalanceBoard(
    {
      okrs,
      now,
      locale,
      messages,
      options,
      onIssues,
      selectedId,
      defaultSelectedId = null,
      onSelectedIdChange,
      onSelectObjective,
      checklist,
      defaultChecklist,
      onChecklistChange,
      catalog,
      comparison,
      className,
      ...rest
    },
    ref,
  ) {
    const report = useOkrBalance(okrs, {
      ...options,
      ...(now === undefined ? {} : { now }),
      locale,
      messages,
      onIssues,
    });
    const format = useTexts({ locale, messages }, TEXTS);
    useDeprecatedProp(
      onSelectObjective !== undefined,
      'OkrBalanceBoard',
      'onSelectObjective',
      'onSelectedIdChange',
    );
    const [selected, setSelected] = useControllableState(
      selectedId,
      defaultSelectedId,
      onSelectedIdChange ?? onSelectObjective,
      'OkrBalanceBoard selectedId',
    );
    const headingId = useId();
    const selectedObjective = report.objectives.find((o) => o.id === selected);
    return (
      <section
        ref={ref}
        className={cx('okr-board', className)}
        // The heading names the board unless the host names it.
        aria-labelledby={rest['aria-label'] === undefined ? headingId : undefined}
        data-state={report.objectives.length === 0 ? 'empty' : undefined}
        {...rest}
      >
        {/* One provider gives every widget inside the board's locale and messages. */}
        <OkrBalanceProvider locale={locale} messages={messages}>
          <div className="okr-board__grid">
            <h2 id={headingId} className="okr-board__title">
              {format.format('board.title', { cycle: report.cycle?.label ?? '' }).trim()}
            </h2>
            {report.issues.length > 0 && (
              <p className="okr-board__issues" role="status">
                {format.format('board.issues', { count: report.issues.length })}
              </p>
            )}
            <div className="okr-board__radar">
              <OkrRadar
                report={report}
                selectedId={selected}
                onSelectedIdChange={setSelected}
                {...(comparison ? { comparison } : {})}
              />
            </div>
            <div className="okr-board__gauge">
              <ProgressSpreadGauge report={report} selectedId={selected} />
            </div>
            <ul className="okr-board__objectives" aria-label={format.format('board.objectives')}>
              {/* A button's content is its name only, so the badge inside cannot carry the
                explanation: the button is described by it instead. */}
              {report.objectives.map((o, index) => (
                <li key={o.id}>
                  <button
                    type="button"
                    className="okr-board__objective"
                    aria-pressed={o.id === selected}
                    aria-describedby={`${headingId}-why-${index}`}
                    onClick={() => setSelected(o.id === selected ? null : o.id)}
                  >
                    <span className="okr-board__objective-title">{o.title}</span>
                    <StatusBadge status={o.status} stale={o.stale} size="sm" />
                  </button>
                  <span id={`${headingId}-why-${index}`} hidden>
                    {format.format(o.explanation.id, o.explanation.values)}
                  </span>
                </li>
              ))}
            </ul>
            <div className="okr-board__checklist">
              <CauseChecklist
                report={report}
                objectiveId={selectedObjective?.id ?? null}
                {...(catalog ? { catalog } : {})}
                {...(checklist ? { value: checklist } : {})}
                {...(defaultChecklist ? { defaultValue: defaultChecklist } : {})}
                {...(onChecklistChange ? { onValueChange: onChecklistChange } : {})}
              />
            </div>
          </div>
        </OkrBalanceProvider>
      </section>
    );
  },
);

import {
  type ComponentPropsWithoutRef,
  type ComponentType,
  forwardRef,
  type KeyboardEvent,
  useContext,
  useId,
  useMemo,
  useRef,
} from 'react';
import {
  type AnalyzeOrgOptions,
  analyzeOkrs,
  analyzeOrg,
  BOARD_MESSAGES,
  type CatalogEntry,
  EXPLAIN_MESSAGES,
  type Issue,
  isUnitRow,
  LABEL_MESSAGES,
  type OkrSet,
  ORG_MESSAGES,
  type OrgReport,
  type Report,
  unitReport,
} from '../core';
import { BoardBreadcrumb } from './board/BoardBreadcrumb';
import { BoardIssues } from './board/BoardIssues';
import { BoardObjectives } from './board/BoardObjectives';
import { useBoardLevel } from './board/useBoardLevel';
import { useComparison } from './board/useComparison';
import { CauseChecklist, type CauseChecklistProps, type ChecklistValue } from './CauseChecklist';
import { ChangeList, type ChangeListProps } from './ChangeList';
import type { ExportMenuProps } from './ExportMenu';
import { useAnalysis } from './hooks/useAnalysis';
import type { UseOkrBalanceOptions } from './hooks/useOkrBalance';
import type { UseOrgBalanceOptions } from './hooks/useOrgBalance';
import { cx } from './internal/cx';
import { useControllableState } from './internal/useControllableState';
import { useDeprecatedProp } from './internal/useDeprecatedProp';
import { useTexts } from './internal/useTexts';
import { FormatContext, OkrBalanceProvider } from './OkrBalanceProvider';
import { OkrRadar, type OkrRadarProps, type RadarComparison } from './OkrRadar';
import { ProgressSpreadGauge, type ProgressSpreadGaugeProps } from './ProgressSpreadGauge';

/** The English texts this widget shows. */
const TEXTS = [LABEL_MESSAGES, EXPLAIN_MESSAGES, BOARD_MESSAGES];

/** Props the board sets on every widget inside it: the report, the selection, the language. */
type BoardSet = 'report' | 'locale' | 'messages' | 'onIssues';

/**
 * A part of the board: `false` hides it, `true` (the default) shows it, and an object shows it
 * with these props passed to its widget (those the board sets itself are left out).
 */
export type BoardPart<P> = boolean | Partial<Omit<P, BoardSet>>;

/**
 * What the board shows, part by part; the others take the room of a hidden one. To place
 * parts, a host's CSS orders their boxes: `.okr-board__radar` and `.okr-board__side` (the gauge
 * and the objectives) share a row that wraps when narrow, with `.okr-board__checklist` below,
 * e.g. `.okr-board__side { order: -1 }` puts the gauge first.
 */
export interface OkrBalanceBoardParts {
  radar?: BoardPart<
    Omit<
      OkrRadarProps,
      'selectedId' | 'defaultSelectedId' | 'onSelectedIdChange' | 'onSelectObjective'
    >
  >;
  gauge?: BoardPart<Omit<ProgressSpreadGaugeProps, 'selectedId'>>;
  /** The list of objectives with their status and pace. */
  objectives?: boolean;
  /** What changed since `compareWith`, shown only with one. */
  changes?: BoardPart<Omit<ChangeListProps, 'changes'>>;
  checklist?: BoardPart<
    Omit<
      CauseChecklistProps,
      'objectiveId' | 'value' | 'defaultValue' | 'onValueChange' | 'onChange'
    >
  >;
}

/** Props of `OkrBalanceBoard`. */
export interface OkrBalanceBoardProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>,
    Pick<UseOkrBalanceOptions, 'now' | 'locale' | 'messages'> {
  /**
   * The OKR set, as the host has it: it is checked and analysed here. With a `teams` array it
   * is an organisation (`analyzeOrg`): the board opens at the organisation, shows one level at
   * a time (`unitId`) and drills down into its units; without one, a single flat set.
   */
  okrs: unknown;
  /**
   * Further options of the analysis (thresholds, status rules, pace…); for an organisation
   * also `rollup` and `orgName`.
   */
  options?: Omit<UseOrgBalanceOptions, 'now' | 'locale' | 'messages' | 'onIssues'>;
  /** Called when the data has problems that were repaired or left out. */
  onIssues?: (issues: Issue[]) => void;
  /** The selected objective (controlled), `null` for none; selecting filters the checklist. */
  selectedId?: string | null;
  /** The objective selected at first (uncontrolled). @default null */
  defaultSelectedId?: string | null;
  /**
   * The unit shown (controlled), for an organisation: a router can link to a level. An unknown
   * id shows the organisation and is reported to `onIssues`.
   */
  unitId?: string;
  /** The unit shown at first (uncontrolled). @default the organisation */
  defaultUnitId?: string;
  /** Called with a unit's id when a person opens it or goes up to it (Escape, breadcrumb). */
  onUnitIdChange?: (unitId: string) => void;
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
  /** The radar's comparison series, e.g. last week's progress. */
  comparison?: RadarComparison;
  /**
   * An earlier report (the last review's: `analyzeOkrs` then, or `analyzeOrg` then for an
   * organisation): its ring on the radar, named by its date (unless `comparison` is given), and
   * what changed since in a list under the charts.
   */
  compareWith?: Report | OrgReport;
  /**
   * Hides parts or passes props to the widgets inside, e.g.
   * `parts={{ checklist: false, radar: { grid: 'circle' } }}`. @default every part shown
   */
  parts?: OkrBalanceBoardParts;
  /**
   * An export menu beside the board's title: `exportMenu={ExportMenu}` saves the level shown as
   * a slide (SVG, PNG), a spreadsheet (CSV) or the review's agenda (Markdown, since
   * `compareWith`). A component, so that a board without one carries none of the export code.
   */
  exportMenu?: ComponentType<BoardExportMenuProps>;
}

/**
 * What the board gives its `exportMenu`: the report shown, the earlier one at that level, and
 * the board's title (a team's name at its level) for the slide.
 */
export type BoardExportMenuProps = Pick<ExportMenuProps, 'report' | 'since' | 'title'>;

/** The props an object part passes on, `{}` for `true`. */
const propsOf = <P,>(part: BoardPart<P> | undefined): Partial<Omit<P, BoardSet>> =>
  typeof part === 'object' && part !== null ? part : {};
/** Whether a part shows: all but `false`. */
const shows = (part: unknown) => part !== false;

/** Whether the board's data is an organisation: it has a list of teams. */
function hasTeams(okrs: unknown): boolean {
  try {
    return typeof okrs === 'object' && okrs !== null && Array.isArray((okrs as OkrSet).teams);
  } catch {
    // A throwing getter is unreadable data, for the analysis to report.
    return false;
  }
}

/** `analyzeOrg` for an organisation, else `analyzeOkrs`. */
const analyzeBoard = (okrs: unknown, options: AnalyzeOrgOptions): Report | OrgReport =>
  hasTeams(okrs) ? analyzeOrg(okrs, options) : analyzeOkrs(okrs, options);

/**
 * All four widgets on one analysis, laid out to fit the space: the radar, the gauge, every
 * objective with its status, and the cause checklist. Selecting an objective anywhere
 * highlights it everywhere and focuses the checklist on it. Given an organisation (`teams`),
 * it shows one unit at a time, its teams as rows beside its objectives, under a breadcrumb:
 * a team's radar point or row opens it (click, Enter), Escape or the breadcrumb goes back up.
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
      unitId,
      defaultUnitId,
      onUnitIdChange,
      onKeyDown,
      checklist,
      defaultChecklist,
      onChecklistChange,
      catalog,
      comparison,
      compareWith,
      parts: givenParts,
      exportMenu: ExportMenuSlot,
      className,
      ...rest
    },
    ref,
  ) {
    const analysis = useAnalysis(
      okrs,
      { ...options, ...(now === undefined ? {} : { now }), locale, messages, onIssues },
      analyzeBoard,
    );
    const org = 'units' in analysis ? analysis : null;
    // A unit's explanation is an organisation's text: every widget inside gets those texts,
    // under the host's own.
    const outer = useContext(FormatContext).messages;
    const given = messages ?? outer;
    const texts = useMemo(() => ({ ...ORG_MESSAGES, ...given }), [given]);
    const inner = org ? texts : messages;
    const format = useTexts({ locale, messages: inner }, TEXTS);
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
    // Plain JavaScript may pass null or junk: no parts option then, never a crash.
    const parts: OkrBalanceBoardParts =
      typeof givenParts === 'object' && givenParts !== null ? givenParts : {};
    const headingId = useId();
    const headingRef = useRef<HTMLHeadingElement>(null);
    const level = useBoardLevel(org, {
      unitId,
      defaultUnitId,
      onUnitIdChange,
      onIssues,
      format,
      headingRef,
      onChange: () => setSelected(null),
    });
    // An organisation always has its root: `unitReport` reports the impossible, never throws.
    const report = level.report ?? (org ? unitReport(org, org.rootId) : (analysis as Report));
    const unit = level.unit;
    const select = (id: string | null) => {
      const row = report.objectives.find((o) => o.id === id);
      if (row && isUnitRow(row)) level.open(row.unitId);
      else setSelected(id);
    };
    // Escape goes up a level where nothing inside took it: an open tooltip (a row's, or the
    // radar's active point) closes first, and a text field (a checklist note) keeps it.
    const onBoardKeyDown = (event: KeyboardEvent<HTMLElement>) => {
      onKeyDown?.(event);
      const parent = unit?.parentId;
      if (event.key !== 'Escape' || event.defaultPrevented || parent == null) return;
      if (event.currentTarget.querySelector('[role="tooltip"]:not([hidden])')) return;
      if ((event.target as Element).matches('textarea,input[type="text"]')) return;
      event.preventDefault();
      level.up(parent);
    };
    const earlier = useComparison(compareWith, report, unit?.id ?? null);
    const ring = comparison ?? earlier?.earlier;
    const selectedObjective = report.objectives.find((o) => o.id === selected);
    const empty = report.objectives.length === 0;
    const cycle = report.cycle?.label ?? '';
    const title = (
      unit
        ? format.format('board.unit-title', { unit: unit.name, cycle })
        : format.format('board.title', { cycle })
    ).trim();
    return (
      <section
        ref={ref}
        className={cx('okr-board', className)}
        // The heading names the board unless the host names it.
        aria-labelledby={rest['aria-label'] === undefined ? headingId : undefined}
        data-state={empty ? 'empty' : undefined}
        onKeyDown={org ? onBoardKeyDown : onKeyDown}
        {...rest}
      >
        {/* One provider gives every widget inside the board's locale and messages. */}
        <OkrBalanceProvider locale={locale} messages={inner}>
          <div className="okr-board__grid">
            {unit && <BoardBreadcrumb path={level.path} onGo={level.up} format={format} />}
            <div className="okr-board__header">
              <h2
                id={headingId}
                ref={headingRef}
                className="okr-board__title"
                // Focus lands here on a change of level.
                tabIndex={unit ? -1 : undefined}
              >
                {title}
              </h2>
              {ExportMenuSlot && !empty && (
                <ExportMenuSlot
                  report={report}
                  title={title}
                  {...(earlier ? { since: earlier.earlier } : {})}
                />
              )}
            </div>
            {unit && (
              <p className="okr-visually-hidden" role="status">
                {level.announcement}
              </p>
            )}
            {report.issues.length > 0 && (
              <BoardIssues issues={report.issues} okrs={okrs} format={format} />
            )}
            {empty ? (
              // One empty state for the whole board: no empty chart, gauge or catalogue.
              <p className="okr-board__empty">{format.format('board.empty')}</p>
            ) : (
              <>
                <div className="okr-board__main">
                  {shows(parts.radar) && (
                    <div className="okr-board__radar">
                      <OkrRadar
                        {...(ring ? { comparison: ring } : {})}
                        {...propsOf(parts.radar)}
                        report={report}
                        selectedId={selected}
                        onSelectedIdChange={select}
                      />
                    </div>
                  )}
                  {(shows(parts.gauge) || shows(parts.objectives)) && (
                    <div className="okr-board__side">
                      {shows(parts.gauge) && (
                        <div className="okr-board__gauge">
                          <ProgressSpreadGauge
                            {...propsOf(parts.gauge)}
                            report={report}
                            selectedId={selected}
                          />
                        </div>
                      )}
                      {shows(parts.objectives) && (
                        <BoardObjectives
                          objectives={report.objectives}
                          selectedId={selected}
                          onSelect={setSelected}
                          onOpen={level.open}
                          format={format}
                        />
                      )}
                    </div>
                  )}
                </div>
                {earlier && shows(parts.changes) && (
                  <div className="okr-board__changes">
                    <ChangeList {...propsOf(parts.changes)} changes={earlier.changes} />
                  </div>
                )}
                {shows(parts.checklist) && (
                  <div className="okr-board__checklist">
                    <CauseChecklist
                      {...(catalog ? { catalog } : {})}
                      {...propsOf(parts.checklist)}
                      report={report}
                      objectiveId={selectedObjective?.id ?? null}
                      {...(checklist ? { value: checklist } : {})}
                      {...(defaultChecklist ? { defaultValue: defaultChecklist } : {})}
                      {...(onChecklistChange ? { onValueChange: onChecklistChange } : {})}
                    />
                  </div>
                )}
              </>
            )}
          </div>
        </OkrBalanceProvider>
      </section>
    );
  },
);

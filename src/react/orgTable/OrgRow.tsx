import { type ComponentPropsWithoutRef, type CSSProperties, forwardRef, memo } from 'react';
import type { Explanation, FormatOptions, Formatter } from '../../core';
import { useTooltip } from '../internal/useTooltip';
import { StatusBadge } from '../StatusBadge';
import type { TreeRow } from './treeRows';

/** Props of one row of the tree. */
interface OrgRowProps extends FormatOptions {
  row: TreeRow;
  /** The row's place in the virtual list (`data-index`, read by the virtualiser). */
  index: number;
  /** Where the row starts, in pixels from the top of the list; `null` in the flow. */
  start: number | null;
  active: boolean;
  selected: boolean;
  format: Formatter;
  onToggle: (index: number) => void;
  onPick: (index: number) => void;
}

/** Percent of the bar's width, 0 to 100, to one decimal. */
const percent = (value: number) => Math.round(Math.min(Math.max(value, 0), 1) * 1000) / 10;

/**
 * One unit as a treegrid row: its name (indented by level, with a disclosure chevron for the
 * pointer), progress against the expected pace in words and as a bar with a tick at the pace,
 * its status, the balance over its children and how many objectives are beneath it. The unit's
 * explanation (the roll-up rule and what decided) describes the row and shows as a tooltip under
 * the status while the row has focus or the pointer is over the status.
 */
export const OrgRow = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLTableRowElement, OrgRowProps>(function OrgRow(
    { row, index, start, active, selected, format, onToggle, onPick, locale, messages },
    ref,
  ) {
    const { unit } = row;
    const score = unit.balance?.score;
    const tip = useTooltip();
    const why = explain(format, unit.explanation);
    const label = (id: string) => (
      <span className="okr-orgtable__cell-label" aria-hidden="true">
        {format.format(id)}
      </span>
    );
    return (
      <tr
        ref={ref}
        className="okr-orgtable__row"
        data-index={index}
        data-status={unit.status ?? 'none'}
        aria-level={row.level}
        aria-setsize={row.setSize}
        aria-posinset={row.posInSet}
        aria-rowindex={index + 2}
        aria-expanded={row.expandable ? row.expanded : undefined}
        aria-selected={selected}
        tabIndex={active ? 0 : -1}
        aria-describedby={why ? tip.tipProps.id : undefined}
        onFocus={tip.hostProps.onFocus}
        onBlur={tip.hostProps.onBlur}
        // No style in the server's markup (a page with `style-src 'self'` shows it as sent): the
        // stylesheet indents six levels by aria-level; React sets the rest once mounted.
        style={
          start === null
            ? undefined
            : ({
                transform: `translateY(${start}px)`,
                ...(row.level > 6 ? { '--okr-orgtable-level': row.level - 1 } : {}),
              } as CSSProperties)
        }
        onClick={() => onPick(index)}
      >
        <Cell className="okr-orgtable__name">
          {/* For the pointer; the keyboard has Left and Right. */}
          <span
            className="okr-orgtable__toggle"
            data-state={row.expandable ? (row.expanded ? 'open' : 'closed') : undefined}
            aria-hidden="true"
            onClick={(event) => {
              if (!row.expandable) return;
              event.stopPropagation();
              onToggle(index);
            }}
          >
            {row.expandable && (
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="M6 3.5 10.5 8 6 12.5" />
              </svg>
            )}
          </span>
          <span className="okr-orgtable__unit">{unit.name}</span>
        </Cell>
        <Cell className="okr-orgtable__progress">
          {unit.progress === null ? (
            <span className="okr-orgtable__muted">{format.format('orgTable.none')}</span>
          ) : (
            <>
              <span className="okr-orgtable__pace">
                {format.format('orgTable.pace', {
                  progress: unit.progress,
                  expected: unit.expected,
                })}
              </span>
              <svg
                className="okr-orgtable__bar okr-status"
                data-status={unit.status ?? undefined}
                viewBox="0 0 100 6"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect className="okr-orgtable__bar-track" width="100" height="6" />
                <rect
                  className="okr-orgtable__bar-done"
                  width={percent(unit.progress)}
                  height="6"
                />
                <line
                  className="okr-orgtable__bar-expected"
                  x1={percent(unit.expected)}
                  x2={percent(unit.expected)}
                  y1="0"
                  y2="6"
                />
              </svg>
            </>
          )}
        </Cell>
        <Cell
          className="okr-orgtable__status"
          onPointerEnter={tip.hostProps.onPointerEnter}
          onPointerLeave={tip.hostProps.onPointerLeave}
        >
          {unit.status === null ? (
            <span className="okr-orgtable__muted">{format.format('orgTable.no-objectives')}</span>
          ) : (
            <StatusBadge status={unit.status} size="sm" locale={locale} messages={messages} />
          )}
          {why && <span {...tip.tipProps}>{why}</span>}
        </Cell>
        <Cell className="okr-orgtable__number">
          {label('orgTable.balance')}{' '}
          <span className="okr-orgtable__value">
            {typeof score === 'number'
              ? format.format('orgTable.score', { score: Math.round(score * 100) })
              : format.format('orgTable.none')}
          </span>
        </Cell>
        <Cell className="okr-orgtable__number">
          {label('orgTable.objectives')}{' '}
          {format.format('orgTable.count', { count: unit.objectiveCount })}
        </Cell>
      </tr>
    );
  }),
);

/**
 * A unit's explanation in the table's language: its own texts and the host's messages, else
 * the sentence the report was made with (the table does not carry the roll-up's templates).
 */
function explain(format: Formatter, given: Explanation | undefined): string {
  const text = given ? format.format(given.id, given.values) : '';
  if (text !== given?.id) return text;
  const fallback = (given as Explanation).text;
  return typeof fallback === 'string' ? fallback : '';
}

/** A cell of the treegrid: a gridcell, said outright (a table's cells are only "cell"s). */
function Cell(props: ComponentPropsWithoutRef<'td'>) {
  // biome-ignore lint/a11y: a treegrid's cells are gridcells; the row takes focus, not the cell (APG).
  return <td role="gridcell" {...props} />;
}

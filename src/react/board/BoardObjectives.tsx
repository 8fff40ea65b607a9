import { type Formatter, isUnitRow, type ObjectiveAnalysis } from '../../core';
import { explanationText } from '../internal/explanationText';
import { useTooltip } from '../internal/useTooltip';
import { StatusBadge } from '../StatusBadge';

/** Props of the board's list of objectives. */
interface BoardObjectivesProps {
  objectives: readonly ObjectiveAnalysis[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Opens a unit's row (an organisation's level). */
  onOpen: (unitId: string) => void;
  format: Formatter;
}

/**
 * Every objective as a button that selects it: its title on its own lines, then its status and
 * its progress against the expected pace, in words and as a bar with a tick at the pace. A
 * unit's row (in an organisation) opens the unit instead, and adds its count of objectives.
 */
export function BoardObjectives({
  objectives,
  selectedId,
  onSelect,
  onOpen,
  format,
}: BoardObjectivesProps) {
  const label = objectives.some(isUnitRow) ? 'board.units' : 'board.objectives';
  return (
    <ul className="okr-board__objectives" aria-label={format.format(label)}>
      {objectives.map((o) => (
        <ObjectiveRow
          key={o.id}
          objective={o}
          selected={o.id === selectedId}
          onToggle={() =>
            isUnitRow(o) ? onOpen(o.unitId) : onSelect(o.id === selectedId ? null : o.id)
          }
          format={format}
        />
      ))}
    </ul>
  );
}

/** Percent of the bar's width, 0 to 100, to one decimal. */
const percent = (value: number) => Math.round(Math.min(Math.max(value, 0), 1) * 1000) / 10;

function ObjectiveRow({
  objective: o,
  selected,
  onToggle,
  format,
}: {
  objective: ObjectiveAnalysis;
  selected: boolean;
  onToggle: () => void;
  format: Formatter;
}) {
  const tip = useTooltip();
  const unit = isUnitRow(o);
  const hintId = `${tip.tipProps.id}-open`;
  return (
    // The tooltip is the row's, beside the button: a button's content is its name, so the
    // explanation inside it would be read as part of the name.
    <li className="okr-board__row" {...tip.hostProps}>
      <button
        type="button"
        className="okr-board__objective"
        // A unit's row opens the unit: no toggle, and it says so.
        aria-pressed={unit ? undefined : selected}
        aria-describedby={unit ? `${hintId} ${tip.tipProps.id}` : tip.tipProps.id}
        data-unit={unit ? o.unitId : undefined}
        onClick={onToggle}
      >
        <span className="okr-board__objective-title">
          {o.title}
          {unit && (
            <svg
              className="okr-board__chevron"
              viewBox="0 0 8 12"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M2 1l5 5-5 5" />
            </svg>
          )}
        </span>
        <span className="okr-board__objective-status">
          <StatusBadge status={o.status} stale={o.stale} size="sm" />
          <span className="okr-board__pace">
            {format.format('board.progress', { progress: o.progress, expected: o.expected })}
            {unit && ` · ${format.format('board.unit-count', { count: o.objectiveCount })}`}
          </span>
        </span>
        <svg
          className="okr-board__pace-bar okr-status"
          data-status={o.status}
          viewBox="0 0 100 6"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <rect className="okr-board__pace-track" width="100" height="6" />
          <rect className="okr-board__pace-done" width={percent(o.progress)} height="6" />
          <line
            className="okr-board__pace-expected"
            x1={percent(o.expected)}
            x2={percent(o.expected)}
            y1="0"
            y2="6"
          />
        </svg>
      </button>
      {unit && (
        <span id={hintId} hidden>
          {format.format('board.open-unit')}
        </span>
      )}
      <span {...tip.tipProps}>{explanationText(format, o.explanation)}</span>
    </li>
  );
}

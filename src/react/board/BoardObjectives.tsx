import type { Formatter, ObjectiveAnalysis } from '../../core';
import { useTooltip } from '../internal/useTooltip';
import { StatusBadge } from '../StatusBadge';

/** Props of the board's list of objectives. */
interface BoardObjectivesProps {
  objectives: readonly ObjectiveAnalysis[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  format: Formatter;
}

/**
 * Every objective as a button that selects it: its title on its own lines, then its status and
 * its progress against the expected pace, in words and as a bar with a tick at the pace.
 */
export function BoardObjectives({
  objectives,
  selectedId,
  onSelect,
  format,
}: BoardObjectivesProps) {
  return (
    <ul className="okr-board__objectives" aria-label={format.format('board.objectives')}>
      {objectives.map((o) => (
        <ObjectiveRow
          key={o.id}
          objective={o}
          selected={o.id === selectedId}
          onToggle={() => onSelect(o.id === selectedId ? null : o.id)}
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
  return (
    // The tooltip is the row's, beside the button: a button's content is its name, so the
    // explanation inside it would be read as part of the name.
    <li className="okr-board__row" {...tip.hostProps}>
      <button
        type="button"
        className="okr-board__objective"
        aria-pressed={selected}
        aria-describedby={tip.tipProps.id}
        onClick={onToggle}
      >
        <span className="okr-board__objective-title">{o.title}</span>
        <span className="okr-board__objective-status">
          <StatusBadge status={o.status} stale={o.stale} size="sm" />
          <span className="okr-board__pace">
            {format.format('board.progress', { progress: o.progress, expected: o.expected })}
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
      <span {...tip.tipProps}>{format.format(o.explanation.id, o.explanation.values)}</span>
    </li>
  );
}

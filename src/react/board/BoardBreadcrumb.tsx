import type { Formatter, OrgUnit } from '../../core';

/** Props of the board's breadcrumb. */
interface BoardBreadcrumbProps {
  /** From the organisation to the unit shown. */
  path: readonly OrgUnit[];
  onGo: (unitId: string) => void;
  format: Formatter;
}

/**
 * Where the board is in the organisation: a list from the organisation to the unit shown
 * (`aria-current`), each level above a button that goes back to it.
 */
export function BoardBreadcrumb({ path, onGo, format }: BoardBreadcrumbProps) {
  return (
    <nav className="okr-board__levels" aria-label={format.format('board.levels')}>
      <ol>
        {path.map((unit, at) => (
          <li key={unit.id}>
            {at === path.length - 1 ? (
              <span aria-current="location">{unit.name}</span>
            ) : (
              <button type="button" onClick={() => onGo(unit.id)}>
                {unit.name}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

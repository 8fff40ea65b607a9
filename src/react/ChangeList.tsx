import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import {
  CHANGES_MESSAGES,
  checkChanges,
  type FormatOptions,
  type Formatter,
  type Issue,
  type ObjectiveChange,
  type ReportChanges,
  STATUS_MESSAGES,
  toEpochMs,
} from '../core';
import { cx } from './internal/cx';
import { useChecked } from './internal/useCheckedReport';
import { useTexts } from './internal/useTexts';
import { StatusBadge } from './StatusBadge';

/** The English texts this widget shows. */
const TEXTS = [STATUS_MESSAGES, CHANGES_MESSAGES];

/** Props of `ChangeList`. */
export interface ChangeListProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>,
    FormatOptions {
  /** What changed: `compareReports(before, after)`. */
  changes: ReportChanges;
  /** Lists the objectives that did not change too, after the rest. @default false (a count) */
  showUnchanged?: boolean;
  /** Called when `changes` cannot be shown, with the problems found in them. */
  onIssues?: (issues: Issue[]) => void;
}

/**
 * What changed since an earlier report, worse first: each objective (or team) with what kind of
 * change it is, its status before and after, and its progress then and now. Objectives without
 * a change are counted, not listed, unless `showUnchanged`.
 */
export const ChangeList = /* @__PURE__ */ forwardRef<HTMLElement, ChangeListProps>(
  function ChangeList(
    { changes, showUnchanged = false, locale, messages, onIssues, className, ...rest },
    ref,
  ) {
    const format = useTexts({ locale, messages }, TEXTS);
    const { report: checked, issues } = useChecked(changes, checkChanges, onIssues, 'ChangeList');
    if (!checked) {
      return (
        <section ref={ref} className={cx('okr-changes', className)} data-state="invalid" {...rest}>
          <p className="okr-changes__message" role="status">
            {format.format('changes.invalid', { count: issues.length })}
          </p>
        </section>
      );
    }
    const date = toEpochMs(checked.from.now) ?? 0;
    const changed = checked.objectives.filter((c) => c.change !== 'unchanged');
    const same = checked.objectives.length - changed.length;
    const listed = showUnchanged ? checked.objectives : changed;
    const label = format.format('changes.label', { date });
    return (
      <section
        ref={ref}
        className={cx('okr-changes', className)}
        aria-label={label}
        data-state={changed.length === 0 ? 'empty' : undefined}
        {...rest}
      >
        <p className="okr-changes__caption" aria-hidden="true">
          {label}
        </p>
        {changed.length === 0 && (
          <p className="okr-changes__message">{format.format('changes.empty', { date })}</p>
        )}
        {listed.length > 0 && (
          <ul className="okr-changes__list">
            {listed.map((change) => (
              <ChangeRow
                key={change.id}
                change={change}
                format={format}
                texts={{ locale, messages }}
              />
            ))}
          </ul>
        )}
        {!showUnchanged && same > 0 && changed.length > 0 && (
          <p className="okr-changes__more">
            {format.format('changes.unchanged-count', { count: same })}
          </p>
        )}
      </section>
    );
  },
);

function ChangeRow({
  change,
  format,
  texts,
}: {
  change: ObjectiveChange;
  format: Formatter;
  /** The list's own locale and messages, for its badges. */
  texts: FormatOptions;
}) {
  const { status } = change;
  return (
    // Spaces between the parts: a flex row draws none, a screen reader and a copy need them.
    <li className="okr-changes__item" data-change={change.change}>
      <span className="okr-changes__kind">{format.format(`changes.kind.${change.change}`)}</span>{' '}
      <span className="okr-changes__title">
        {change.kind === 'unit' && (
          <span className="okr-changes__unit">{format.format('changes.unit')} </span>
        )}
        {change.title}
      </span>{' '}
      <span className="okr-changes__status">
        {status.from !== null && <StatusBadge status={status.from} size="sm" {...texts} />}
        {status.from !== null && status.to !== null && (
          <span className="okr-changes__arrow">
            {' '}
            <span aria-hidden="true">→</span>{' '}
            <span className="okr-visually-hidden">{format.format('changes.to')}</span>{' '}
          </span>
        )}
        {status.to !== null && <StatusBadge status={status.to} size="sm" {...texts} />}
      </span>{' '}
      <span className="okr-changes__progress">{progressText(change, format)}</span>
    </li>
  );
}

function progressText({ progress }: ObjectiveChange, format: Formatter): string {
  const { from, to, delta } = progress;
  if (from === null) return format.format('changes.now', { to: to ?? 0 });
  if (to === null) return format.format('changes.was', { from });
  const moved = format.format('changes.delta', { delta: delta ?? to - from });
  return `${format.format('changes.progress', { from, to })} · ${moved}`;
}

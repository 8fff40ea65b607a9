import type { ComponentPropsWithoutRef } from 'react';

/** Options of `causeItemProps`. */
export interface CauseItemPropsOptions {
  /** A prefix unique to this entry in the page (from `useId`). */
  id: string;
  /** Whether the entry has a description. */
  description: boolean;
  /** Whether the entry has questions. */
  questions: boolean;
  suggested: boolean;
  checked: boolean;
  open: boolean;
  onCheckedChange: (checked: boolean) => void;
  onToggle: () => void;
}

/**
 * The ids and ARIA wiring of one entry's parts; the details region (`ids.details`) is there
 * when the toggle is, hidden while closed.
 */
export interface CauseItemProps {
  checkbox: ComponentPropsWithoutRef<'input'>;
  /** The disclosure button's props; `undefined` when there is nothing to open. */
  toggle: ComponentPropsWithoutRef<'button'> | undefined;
  ids: Record<
    'checkbox' | 'description' | 'suggestion' | 'details' | 'questions' | 'remedies' | 'note',
    string
  >;
}

/**
 * The behaviour of one checklist entry, apart from its markup: the checkbox is named by its
 * title (the markup's label) and described by the entry's description and suggestion; a closed
 * entry's description is hidden from view, not from assistive technology. The disclosure button
 * says whether the details are shown and which region it controls; an entry with neither
 * description nor questions has no disclosure.
 */
export function causeItemProps({
  id,
  description,
  questions,
  suggested,
  checked,
  open,
  onCheckedChange,
  onToggle,
}: CauseItemPropsOptions): CauseItemProps {
  const part = (name: string) => `${id}-${name}`;
  const ids = {
    checkbox: part('input'),
    description: part('description'),
    suggestion: part('suggestion'),
    details: part('details'),
    questions: part('questions'),
    remedies: part('remedies'),
    note: part('note'),
  };
  const describedBy = [description && ids.description, suggested && ids.suggestion]
    .filter(Boolean)
    .join(' ');
  const expandable = description || questions;
  return {
    checkbox: {
      id: ids.checkbox,
      type: 'checkbox',
      checked,
      'aria-describedby': describedBy || undefined,
      onChange: (event) => onCheckedChange(event.currentTarget.checked),
    },
    toggle: expandable
      ? { type: 'button', 'aria-expanded': open, 'aria-controls': ids.details, onClick: onToggle }
      : undefined,
    ids,
  };
}

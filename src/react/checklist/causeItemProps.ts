import type { ComponentPropsWithoutRef } from 'react';

/** Options of `causeItemProps`. */
export interface CauseItemPropsOptions {
  /** A prefix unique to this entry in the page (from `useId`). */
  id: string;
  /** Whether the entry has a description or questions to show when opened. */
  expandable: boolean;
  hasDescription: boolean;
  suggested: boolean;
  checked: boolean;
  open: boolean;
  onCheckedChange: (checked: boolean) => void;
  onToggle: () => void;
}

/** The ids and ARIA wiring of one entry: its checkbox, its disclosure and what they describe. */
export interface CauseItemProps {
  checkbox: ComponentPropsWithoutRef<'input'>;
  label: { htmlFor: string };
  /** The disclosure button's props; `undefined` when there is nothing to open. */
  toggle: ComponentPropsWithoutRef<'button'> | undefined;
  /** The details region's props: hidden while closed, still read as the checkbox's description. */
  details: { id: string; hidden: boolean };
  ids: {
    description: string;
    suggestion: string;
    questions: string;
    remedies: string;
    note: string;
  };
}

/**
 * The behaviour of one checklist entry, apart from its markup: the checkbox is named by its
 * title and described by the entry's description and suggestion (a closed entry's description
 * is hidden from view, not from assistive technology); the disclosure button says whether the
 * details are shown and which region it controls.
 */
export function causeItemProps({
  id,
  expandable,
  hasDescription,
  suggested,
  checked,
  open,
  onCheckedChange,
  onToggle,
}: CauseItemPropsOptions): CauseItemProps {
  const ids = {
    description: `${id}-description`,
    suggestion: `${id}-suggestion`,
    questions: `${id}-questions`,
    remedies: `${id}-remedies`,
    note: `${id}-note`,
  };
  const describedBy = [hasDescription ? ids.description : '', suggested ? ids.suggestion : '']
    .filter(Boolean)
    .join(' ');
  const details = `${id}-details`;
  return {
    checkbox: {
      id: `${id}-input`,
      type: 'checkbox',
      checked,
      'aria-describedby': describedBy || undefined,
      onChange: (event) => onCheckedChange(event.currentTarget.checked),
    },
    label: { htmlFor: `${id}-input` },
    toggle: expandable
      ? { type: 'button', 'aria-expanded': open, 'aria-controls': details, onClick: onToggle }
      : undefined,
    details: { id: details, hidden: !open },
    ids,
  };
}

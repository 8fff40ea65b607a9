import { type ComponentPropsWithoutRef, forwardRef, memo } from 'react';
import {
  EXPLAIN_MESSAGES,
  type Explanation,
  type FormatOptions,
  isStatus,
  STATUS_MESSAGES,
  type Status,
} from '../core';
import { cx } from './internal/cx';
import { explanationText } from './internal/explanationText';
import { StatusIcon } from './internal/StatusIcon';
import { useTexts } from './internal/useTexts';
import { useTooltip } from './internal/useTooltip';

/** The English texts this widget shows. */
const TEXTS = [STATUS_MESSAGES, EXPLAIN_MESSAGES];

/** Props of `StatusBadge`. */
export interface StatusBadgeProps
  extends Omit<ComponentPropsWithoutRef<'span'>, 'children'>,
    FormatOptions {
  /** The status to show; anything else shows "Unknown status" rather than a wrong label. */
  status: Status;
  /** Adds a "no recent check-in" marker. @default false */
  stale?: boolean;
  /**
   * Why the objective has this status: the badge's description, shown as a tooltip on hover
   * and keyboard focus (Escape hides it).
   */
  explanation?: Explanation | string;
  /**
   * Whether the badge takes keyboard focus, so its explanation can be read without a pointer.
   * Turn it off where the badge sits inside a control that shows the explanation itself.
   * @default true when there is an explanation
   */
  focusable?: boolean;
  /** @default 'md' */
  size?: 'sm' | 'md';
  /** `subtle`: tinted; `solid`: filled. @default 'subtle' */
  variant?: 'subtle' | 'solid';
}

/** A status as a label with its icon and tone, optionally explained. */
export const StatusBadge = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
    {
      status,
      stale = false,
      explanation,
      focusable = true,
      size = 'md',
      variant = 'subtle',
      locale,
      messages,
      className,
      'aria-describedby': describedBy,
      ...rest
    },
    ref,
  ) {
    const format = useTexts({ locale, messages }, TEXTS);
    const tip = useTooltip(rest);
    const known = isStatus(status);
    const description =
      typeof explanation === 'string'
        ? explanation
        : typeof explanation === 'object' && explanation !== null
          ? explanationText(format, explanation)
          : '';
    return (
      <span
        ref={ref}
        className={cx('okr-badge okr-status', className)}
        data-status={known ? status : 'unknown'}
        data-size={size}
        data-variant={variant}
        data-stale={stale ? '' : undefined}
        // The host's descriptions and the explanation, both.
        aria-describedby={
          [describedBy, description ? tip.tipProps.id : undefined].filter(Boolean).join(' ') ||
          undefined
        }
        {...(description && focusable ? { tabIndex: 0 } : {})}
        {...rest}
        // After the host's props: the tooltip's handlers call the host's own first.
        {...(description ? tip.hostProps : {})}
      >
        {known && <StatusIcon status={status} className="okr-badge__icon" />}
        <span className="okr-badge__label">
          {format.format(known ? `status.${status}` : 'status.unknown')}
        </span>
        {stale && <span className="okr-badge__stale">{format.format('status.stale')}</span>}
        {description && <span {...tip.tipProps}>{description}</span>}
      </span>
    );
  }),
);

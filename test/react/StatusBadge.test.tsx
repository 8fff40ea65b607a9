import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OkrBalanceProvider, STATUSES, StatusBadge } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';

describe('StatusBadge', () => {
  it.each([
    ['done', 'Done'],
    ['ahead', 'Exceeding'],
    ['on-track', 'On track'],
    ['not-started', 'Not started'],
    ['behind', 'Lagging'],
    ['at-risk', 'At risk'],
    ['off-track', 'Severely lagging'],
  ] as const)('shows %s as “%s” with its own icon', (status, label) => {
    const { container } = render(<StatusBadge status={status} />);
    expect(screen.getByText(label)).toBeTruthy();
    expect(
      container.querySelector(`[data-status="${status}"] svg[aria-hidden="true"]`),
    ).toBeTruthy();
  });

  it('draws a different icon for every status', () => {
    const shapes = STATUSES.map((status) => {
      const { container } = render(<StatusBadge status={status} />);
      return container.querySelector('path')?.getAttribute('d');
    });
    expect(new Set(shapes).size).toBe(STATUSES.length);
  });

  it('gives the explanation as the accessible description', () => {
    render(
      <StatusBadge
        status="at-risk"
        explanation={{ id: 'explain.projection', values: { projection: 0.42, bar: 1 }, text: '' }}
      />,
    );
    const badge = screen.getByText('At risk').parentElement as HTMLElement;
    const description = document.getElementById(badge.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(
      'Projected to reach 42% by the end of the cycle; success is 100% (projection rule).',
    );
  });

  it('shows the explanation as a tooltip on hover, keeps it while the pointer is on it, and hides it when the pointer leaves', async () => {
    const user = userEvent.setup();
    render(<StatusBadge status="at-risk" explanation="Behind pace since March" />);
    const badge = screen.getByText('At risk').parentElement as HTMLElement;
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(badge);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toBe('Behind pace since March');
    expect(badge.getAttribute('aria-describedby')).toBe(tooltip.id);
    // Hoverable: the tooltip is inside the badge, so moving onto it does not leave the badge.
    await user.hover(tooltip);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    await user.unhover(badge);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('takes keyboard focus when it has an explanation, shows it on focus, and Escape hides it without moving focus', async () => {
    const user = userEvent.setup();
    render(<StatusBadge status="behind" explanation="Behind pace" />);
    const badge = screen.getByText('Lagging').parentElement as HTMLElement;
    expect(badge.tabIndex).toBe(0);
    await user.tab();
    expect(document.activeElement).toBe(badge);
    expect(screen.getByRole('tooltip').textContent).toBe('Behind pace');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(badge);
    // Persistent until focus leaves: focusing again shows it again.
    fireEvent.blur(badge);
    fireEvent.focus(badge);
    expect(screen.getByRole('tooltip').textContent).toBe('Behind pace');
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('runs the host’s own pointer and focus handlers and still shows its explanation', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    render(
      <StatusBadge
        status="behind"
        explanation="Behind pace"
        onPointerEnter={() => calls.push('enter')}
        onPointerLeave={() => calls.push('leave')}
        onFocus={() => calls.push('focus')}
        onBlur={() => calls.push('blur')}
      />,
    );
    const badge = screen.getByText('Lagging').parentElement as HTMLElement;
    await user.hover(badge);
    expect(screen.getByRole('tooltip').textContent).toBe('Behind pace');
    await user.unhover(badge);
    await user.tab();
    expect(screen.getByRole('tooltip').textContent).toBe('Behind pace');
    await user.tab();
    expect(calls).toEqual(['enter', 'leave', 'focus', 'blur']);
  });

  it('takes no focus without an explanation, nor with focusable={false}', () => {
    render(
      <>
        <StatusBadge status="done" />
        <StatusBadge status="ahead" explanation="Ahead" focusable={false} />
      </>,
    );
    expect((screen.getByText('Done').parentElement as HTMLElement).hasAttribute('tabindex')).toBe(
      false,
    );
    expect(
      (screen.getByText('Exceeding').parentElement as HTMLElement).hasAttribute('tabindex'),
    ).toBe(false);
  });

  it('keeps the explanation next to a description of the host’s own', () => {
    render(
      <>
        <span id="owner">Owner: Sales</span>
        <StatusBadge status="at-risk" explanation="Behind pace" aria-describedby="owner" />
      </>,
    );
    const badge = screen.getByText('At risk').parentElement as HTMLElement;
    const ids = badge.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toEqual([
      'Owner: Sales',
      'Behind pace',
    ]);
  });

  it('marks a stale objective in words', () => {
    render(<StatusBadge status="on-track" stale />);
    expect(screen.getByText('No recent check-in')).toBeTruthy();
  });

  it('passes size, variant, class, style, other props and the ref through', () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <StatusBadge
        ref={ref}
        status="behind"
        size="sm"
        variant="solid"
        className="mine"
        style={{ margin: 2 }}
        data-testid="badge"
        title="hint"
      />,
    );
    const badge = screen.getByTestId('badge');
    expect(ref.current).toBe(badge);
    expect(badge.className).toBe('okr-badge okr-status mine');
    expect(badge.dataset).toMatchObject({ size: 'sm', variant: 'solid', status: 'behind' });
    expect(badge.style.margin).toBe('2px');
    expect(badge.title).toBe('hint');
  });

  it('speaks the provider’s language, and its own props win', () => {
    render(
      <OkrBalanceProvider locale="de" messages={MESSAGES_DE}>
        <StatusBadge status="at-risk" />
        <StatusBadge status="done" messages={{ 'status.done': 'Fertig!' }} />
      </OkrBalanceProvider>,
    );
    expect(screen.getByText('Gefährdet')).toBeTruthy();
    expect(screen.getByText('Fertig!')).toBeTruthy();
  });
});

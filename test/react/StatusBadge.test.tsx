import { render, screen } from '@testing-library/react';
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

import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OkrBalanceBoard, OkrBalanceProvider } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { describe, expect, it, vi } from 'vitest';
import { MARKETING, MARKETING_NOW, Q1_2026 } from '../fixtures/scenarios';

describe('OkrBalanceBoard', () => {
  it('shows the radar, the gauge, every objective with its status and the checklist', () => {
    render(<OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} />);
    expect(screen.getByRole('region', { name: 'OKR balance Q1 2026' })).toBeTruthy();
    expect(screen.getByRole('listbox', { name: 'Progress by objective' })).toBeTruthy();
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('56');
    const list = screen.getByRole('list', { name: 'Objectives and their status' });
    expect(within(list).getAllByRole('button')).toHaveLength(6);
    expect(within(list).getByRole('button', { name: /Enhance on-page SEO/ }).textContent).toContain(
      'No recent check-in',
    );
    // The checklist: what the data suggests, then one group per area of the other causes,
    // each named with what is ticked.
    expect(
      screen
        .getAllByRole('group')
        .map(
          (group) => group.getAttribute('aria-label') ?? group.querySelector('legend')?.textContent,
        ),
    ).toEqual([
      'Suggested by the data, 0 of 6 ticked',
      'Leader, 0 of 2 ticked',
      'Team, 0 of 3 ticked',
      'Target, 0 of 2 ticked',
      'Review process, 0 of 3 ticked',
    ]);
  });

  it('takes the host’s name for the board over its heading', () => {
    const { rerender } = render(<OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} />);
    expect(screen.getByRole('region', { name: 'OKR balance Q1 2026' })).toBeTruthy();
    rerender(<OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} aria-label="Team A" />);
    expect(screen.getByRole('region', { name: 'Team A' })).toBeTruthy();
  });

  it('shares the selection: a radar point focuses the checklist and marks the gauge tick', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container } = render(
      <OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} onSelectedIdChange={onSelect} />,
    );
    fireEvent.click(screen.getAllByRole('option')[2] as Element);
    expect(onSelect).toHaveBeenLastCalledWith('social');
    expect(screen.getByText('Focused on ‘Improve social media branding’')).toBeTruthy();
    const tick = container.querySelector('.okr-gauge [data-selected]');
    expect(tick?.textContent).toMatch(/^Improve social media branding/);
    const button = screen.getByRole('button', { name: /Improve social media branding/ });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await user.click(button);
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(screen.queryByText(/^Focused on/)).toBeNull();
  });

  it('reports bad data to the host, warns in development, and still shows what it can', () => {
    const onIssues = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <OkrBalanceBoard
        okrs={{
          cycle: Q1_2026,
          objectives: [{ id: 'a', title: 'A', progress: 0.5 }, { title: 'no id' }],
        }}
        now="2026-02-15"
        onIssues={onIssues}
      />,
    );
    expect(onIssues).toHaveBeenCalledWith([expect.objectContaining({ path: 'objectives[1].id' })]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    expect(screen.getByRole('status').textContent).toMatch(/^1 problem in the data/);
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('shows accessible empty states for data it cannot read', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<OkrBalanceBoard okrs={null} now="2026-02-15" />);
    warn.mockRestore();
    expect(screen.getByText('No objectives to show.')).toBeTruthy();
    expect(screen.getByText('No objectives to measure yet.')).toBeTruthy();
    // Nothing drawn: no listbox, no meter, no points.
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryAllByRole('option')).toEqual([]);
  });

  it('gives its own language to every widget inside, and inherits an outer provider’s', () => {
    const { unmount } = render(
      <OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} locale="de" messages={MESSAGES_DE} />,
    );
    expect(screen.getByRole('listbox', { name: 'Fortschritt je Objective' })).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'Ausgewogenheit des Fortschritts' })).toBeTruthy();
    unmount();
    render(
      <OkrBalanceProvider locale="de" messages={MESSAGES_DE}>
        <OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} />
      </OkrBalanceProvider>,
    );
    expect(screen.getByRole('listbox', { name: 'Fortschritt je Objective' })).toBeTruthy();
    // The social-media objective is lagging: its badge in the list says so in German.
    expect(
      screen.getByRole('button', { name: /Improve social media branding/ }).textContent,
    ).toContain('Verzögert');
  });
});

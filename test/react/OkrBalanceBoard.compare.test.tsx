import { render, screen, within } from '@testing-library/react';
import { analyzeOkrs, analyzeOrg, OkrBalanceBoard, snapshotAt } from 'okr-balance';
import { describe, expect, it } from 'vitest';
import { SMALL_NOW, SMALL_ORGANISATION } from '../fixtures/organisation';
import { MARKETING, MARKETING_NOW } from '../fixtures/scenarios';

// The board given an earlier report: its ring on the radar and what changed since.
const THEN = '2026-02-01';
const earlierMarketing = () => analyzeOkrs(snapshotAt(MARKETING, THEN).value, { now: THEN });

describe('OkrBalanceBoard with compareWith', () => {
  it('draws the earlier ring named by its date and lists what changed', () => {
    const { container } = render(
      <OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} compareWith={earlierMarketing()} />,
    );
    expect(container.querySelector('[data-key="comparison"]')?.textContent).toBe('Feb 1, 2026');
    const changes = screen.getByRole('region', { name: 'Changes since Feb 1, 2026' });
    const rows = within(changes).getAllByRole('listitem');
    expect(rows).toHaveLength(5);
    expect(rows[0]?.textContent).toContain('Improve social media branding');
    expect(rows[0]?.getAttribute('data-change')).toBe('worsened');
  });

  it('keeps a comparison the host gives for the radar, and hides the list on request', () => {
    const { container } = render(
      <OkrBalanceBoard
        okrs={MARKETING}
        now={MARKETING_NOW}
        compareWith={earlierMarketing()}
        comparison={{ label: 'Plan', values: {} }}
        parts={{ changes: false }}
      />,
    );
    expect(container.querySelector('[data-key="comparison"]')?.textContent).toBe('Plan');
    expect(screen.queryByRole('region', { name: /Changes since/ })).toBeNull();
  });

  it('compares an organisation unit by unit, at the level shown', () => {
    const before = analyzeOrg(
      {
        ...SMALL_ORGANISATION,
        objectives: SMALL_ORGANISATION.objectives.map((o) => ({ ...o, progress: 0.9 })),
      },
      { now: SMALL_NOW },
    );
    render(<OkrBalanceBoard okrs={SMALL_ORGANISATION} now={SMALL_NOW} compareWith={before} />);
    const changes = screen.getByRole('region', { name: /^Changes since/ });
    const rows = within(changes).getAllByRole('listitem');
    // The organisation's own objective fell from 90 % to 20 %, Engineering to 39 %; Sales, all
    // at 90 % then and now, is counted as unchanged.
    expect(rows.map((row) => row.textContent?.split(' →')[0])).toEqual([
      'Worse Company offsite Exceeding',
      'Worse Team Engineering Exceeding',
    ]);
    expect(within(changes).getByText('1 more entry is unchanged.')).toBeTruthy();
  });

  it('shows no list without compareWith', () => {
    render(<OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} />);
    expect(screen.queryByRole('region', { name: /Changes since/ })).toBeNull();
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OkrBalanceBoard, type OkrBalanceBoardParts, OkrBalanceProvider } from 'okr-balance';
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
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('lists the problems in the data in plain words behind a disclosure, with no developer words', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <OkrBalanceBoard
        okrs={{
          cycle: Q1_2026,
          objectives: [
            { id: 'ok', title: 'A valid objective', progress: 0.4 },
            { title: 'An objective without an id', progress: 0.2 },
            { id: 'odd', title: 'Odd numbers', progress: Number.NaN, confidence: 7 },
            { id: 'kr', progress: 0.1, keyResults: [{ id: 'k', title: 'K', start: 0 }] },
          ],
        }}
        now="2026-02-15"
      />,
    );
    warn.mockRestore();
    const details = container.querySelector('details.okr-board__issues') as HTMLDetailsElement;
    const summary = details.querySelector('summary') as HTMLElement;
    expect(summary.textContent).toBe('Some of the data could not be used as it is: 7 problems.');
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect([...details.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '‘An objective without an id’: ‘id’ is missing. Left out.',
      '‘Odd numbers’: ‘progress’ has a value that cannot be used. Corrected and shown.',
      '‘Odd numbers’: ‘confidence’ has a value that cannot be used. Corrected and shown.',
      '‘Odd numbers’: it has neither key results nor a progress value. Corrected and shown.',
      'Objective 4: ‘title’ is missing. Corrected and shown.',
      'Objective 4, key result 1: ‘target’ is missing. Left out.',
      'Objective 4, key result 1: ‘current’ is missing. Left out.',
    ]);
    expect(details.textContent).not.toMatch(/onIssues|console|objectives\[/);
  });

  it('shows one empty state for data it cannot read: no chart, gauge, list or catalogue', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<OkrBalanceBoard okrs={null} now="2026-02-15" />);
    warn.mockRestore();
    expect(container.querySelector('.okr-board__empty')?.textContent).toBe(
      'No objectives to show yet.',
    );
    expect(screen.queryByText('No objectives to show.')).toBeNull();
    expect(screen.queryByText('No objectives to measure yet.')).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Objectives and their status' })).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    // The one problem, in plain words: the data as a whole could not be read.
    expect(container.querySelector('.okr-board__issues li')?.textContent).toBe(
      'The data: it cannot be read. Nothing can be shown.',
    );
  });

  it('shows each objective’s progress against the expected pace, in words and as a bar', () => {
    const { container } = render(<OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} />);
    const list = screen.getByRole('list', { name: 'Objectives and their status' });
    const rows = within(list).getAllByRole('button');
    const seo = within(list).getByRole('button', { name: /^Enhance on-page SEO/ });
    // Title first, then the status and the pace: the title has its own line.
    expect([...seo.children].map((child) => child.getAttribute('class'))).toEqual([
      'okr-board__objective-title',
      'okr-board__objective-status',
      'okr-board__pace-bar okr-status',
    ]);
    const paces = rows.map((row) => row.querySelector('.okr-board__pace')?.textContent);
    expect(paces).toHaveLength(6);
    expect(paces).toEqual([
      '50% · expected 50%',
      '70% · expected 50%',
      '38% · expected 50%',
      '80% · expected 50%',
      '12% · expected 50%',
      '48% · expected 50%',
    ]);
    const bar = container.querySelector('.okr-board__pace-bar');
    expect(bar?.getAttribute('aria-hidden')).toBe('true');
    expect(bar?.querySelector('.okr-board__pace-done')?.getAttribute('width')).toBe('50');
    expect(bar?.querySelector('.okr-board__pace-expected')?.getAttribute('x1')).toBe('50');
  });

  it('explains each objective’s status in a tooltip on hover and focus of its row, which describes the button', async () => {
    const user = userEvent.setup();
    render(<OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} />);
    const button = screen.getByRole('button', { name: /^Enhance on-page SEO/ });
    const tooltip = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(tooltip?.getAttribute('role')).toBe('tooltip');
    expect(tooltip?.hidden).toBe(true);
    await user.hover(button);
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    expect(tooltip?.textContent).toMatch(/rule\)\.$/);
    await user.unhover(button);
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => button.focus());
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(button).toBe(document.activeElement);
    // The badges inside the buttons take no focus of their own.
    expect(document.querySelectorAll('.okr-board__objective [tabindex]')).toHaveLength(0);
  });

  it('shows every part when parts is null or no object, as plain JavaScript may pass', () => {
    for (const parts of [null, 'radar', 42]) {
      const { unmount } = render(
        <OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} parts={parts as never} />,
      );
      expect(screen.getByRole('listbox', { name: 'Progress by objective' })).toBeTruthy();
      expect(screen.getByRole('meter')).toBeTruthy();
      expect(screen.getByRole('list', { name: 'Objectives and their status' })).toBeTruthy();
      expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
      unmount();
    }
  });

  it('hides parts and passes props to the widgets inside', () => {
    const { container, rerender } = render(
      <OkrBalanceBoard
        okrs={MARKETING}
        now={MARKETING_NOW}
        parts={{ checklist: false, gauge: false, radar: { label: 'Team radar', dataTable: false } }}
      />,
    );
    expect(screen.getByRole('listbox', { name: 'Team radar' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show data' })).toBeNull();
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.getByRole('list', { name: 'Objectives and their status' })).toBeTruthy();
    rerender(
      <OkrBalanceBoard
        okrs={MARKETING}
        now={MARKETING_NOW}
        parts={{ radar: false, objectives: false, checklist: { showNotes: false } }}
      />,
    );
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Objectives and their status' })).toBeNull();
    expect(screen.getByRole('meter')).toBeTruthy();
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
    expect(container.querySelector('.okr-checklist textarea')).toBeNull();
    rerender(
      <OkrBalanceBoard
        okrs={MARKETING}
        now={MARKETING_NOW}
        parts={{ gauge: false, objectives: false }}
      />,
    );
    // The board's own props are not the host's to pass (the compiler says so).
    const parts: OkrBalanceBoardParts = {
      // @ts-expect-error The board gives the radar its report.
      radar: { report: { objectives: [], balance: {} } },
      // @ts-expect-error The board keeps the selection.
      gauge: { selectedId: 'x' },
    };
    expect(Object.keys(parts)).toEqual(['radar', 'gauge']);
    // With neither the gauge nor the list, the radar has the row to itself.
    expect(container.querySelector('.okr-board__side')).toBeNull();
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

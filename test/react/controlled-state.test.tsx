import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  analyzeOkrs,
  CauseChecklist,
  type ChecklistValue,
  OkrBalanceBoard,
  OkrRadar,
} from 'okr-balance';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPANY, COMPANY_NOW, MARKETING, MARKETING_NOW } from '../fixtures/scenarios';

const company = analyzeOkrs(COMPANY, { now: COMPANY_NOW });
const warn = () => vi.mocked(console.warn);
afterEach(() => {
  warn().mockClear();
});

describe('one convention for controlled state: x, defaultX, onXChange, null for none', () => {
  it('passes the radar’s selection straight to the checklist, null meaning none', async () => {
    const user = userEvent.setup();
    function Host() {
      const [selected, setSelected] = useState<string | null>(null);
      return (
        <>
          <OkrRadar report={company} selectedId={selected} onSelectedIdChange={setSelected} />
          <CauseChecklist report={company} objectiveId={selected} />
        </>
      );
    }
    render(<Host />);
    expect(screen.queryByText(/^Focused on/)).toBeNull();
    await user.click(screen.getAllByRole('option')[0] as Element);
    expect(screen.getByText('Focused on ‘Delight our customers’')).toBeTruthy();
    await user.click(screen.getAllByRole('option')[0] as Element);
    expect(screen.queryByText(/^Focused on/)).toBeNull();
  });

  it('keeps the old names one release, each announced once per page in development', async () => {
    const user = userEvent.setup();
    const onSelectObjective = vi.fn();
    const onChange = vi.fn();
    render(
      <>
        <OkrRadar report={company} onSelectObjective={onSelectObjective} />
        <OkrRadar report={company} onSelectObjective={onSelectObjective} label="Second" />
        <CauseChecklist onChange={onChange} />
      </>,
    );
    await user.click(screen.getAllByRole('option')[1] as Element);
    expect(onSelectObjective).toHaveBeenLastCalledWith('market');
    await user.click(screen.getAllByRole('checkbox', { name: /Shifts focus/ })[0] as Element);
    expect(onChange).toHaveBeenCalledTimes(1);
    const said = warn().mock.calls.map((call) => String(call[0]));
    expect(said.filter((text) => text.includes("OkrRadar's onSelectObjective"))).toHaveLength(1);
    expect(said).toContain(
      "okr-balance: CauseChecklist's onChange is deprecated and goes in the next release: use onValueChange.",
    );
  });

  it('keeps a stored checklist value whole while the data moves causes between groups', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn<(value: ChecklistValue) => void>();
    // Saved before the checklist led with suggestions: a suggested cause, another, an id of a
    // catalogue this page does not show, and a note on a cause that is no longer ticked.
    const stored: ChecklistValue = {
      checked: ['team.capacity-imbalance', 'process.no-agenda', 'own.retired'],
      notes: { 'team.capacity-imbalance': 'Two on brand', 'leader.shifts-focus': 'Ask Q2' },
    };
    function Host() {
      const [value, setValue] = useState(stored);
      const [selected, setSelected] = useState<string | null>(null);
      return (
        <>
          <button type="button" onClick={() => setSelected('market')}>
            Focus
          </button>
          <CauseChecklist
            report={company}
            objectiveId={selected}
            value={value}
            onValueChange={(next) => {
              setValue(next);
              onValueChange(next);
            }}
          />
        </>
      );
    }
    render(<Host />);
    const ticked = () =>
      screen
        .getAllByRole('checkbox')
        .filter((box) => !box.closest('legend') && (box as HTMLInputElement).checked)
        .map((box) => box.closest('li')?.querySelector('label')?.textContent);
    expect(ticked()).toEqual(['Over or under capacity', 'No agenda']);
    expect(screen.getByText('Your note: Ask Q2')).toBeTruthy();

    // Focused on one objective, two causes stay suggested and two go back to their area.
    await user.click(screen.getByRole('button', { name: 'Focus' }));
    expect(
      screen.getByRole('group', { name: 'Suggested by the data, 1 of 2 ticked' }),
    ).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Target, 0 of 3 ticked' })).toBeTruthy();
    expect(ticked()).toEqual(['Over or under capacity', 'No agenda']);
    await user.click(screen.getByRole('checkbox', { name: 'Wrong KPI measured' }));
    expect(onValueChange).toHaveBeenLastCalledWith({
      checked: ['team.capacity-imbalance', 'process.no-agenda', 'own.retired', 'target.wrong-kpi'],
      notes: stored.notes,
    });
  });

  it('gives the board an uncontrolled selection and checklist to start from', async () => {
    const user = userEvent.setup();
    const onChecklistChange = vi.fn<(value: ChecklistValue) => void>();
    render(
      <OkrBalanceBoard
        okrs={MARKETING}
        now={MARKETING_NOW}
        defaultSelectedId="seo"
        defaultChecklist={{ checked: ['target.wrong-kpi'], notes: {} }}
        onChecklistChange={onChecklistChange}
      />,
    );
    expect(screen.getByRole('button', { name: /Enhance on-page SEO/, pressed: true })).toBeTruthy();
    expect(
      (
        screen.getByRole('checkbox', {
          name: /Wrong KPI|wrong KPI|Measures the wrong/,
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: /Enhance on-page SEO/ }));
    expect(
      screen.getByRole('button', { name: /Enhance on-page SEO/, pressed: false }),
    ).toBeTruthy();
  });
});

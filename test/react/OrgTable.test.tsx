import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  analyzeOkrs,
  analyzeOrg,
  type ObjectiveInput,
  type OrgReport,
  OrgTable,
  type TeamInput,
} from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findByPrefix, treeKeyAction, visibleRows } from '../../src/react/orgTable/treeRows';
import {
  ORGANISATION,
  ORGANISATION_NOW,
  SMALL_NOW,
  SMALL_ORGANISATION,
} from '../fixtures/organisation';
import { SCENARIOS } from '../fixtures/scenarios';

const SMALL = analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW });
const ORG = analyzeOrg(ORGANISATION, { now: ORGANISATION_NOW });

/** 5,000 teams: 10 divisions of 10 departments of up to 49 teams, one objective per team. */
function bigOrganisation(): OrgReport {
  const teams: TeamInput[] = [];
  const objectives: ObjectiveInput[] = [];
  for (let d = 0; d < 10; d++) {
    teams.push({ id: `d${d}`, name: `Division ${d}` });
    for (let p = 0; p < 10; p++) {
      teams.push({ id: `d${d}p${p}`, name: `Department ${d}.${p}`, parentId: `d${d}` });
      for (let t = 0; t < 49 && teams.length < 5_000; t++) {
        const id = `d${d}p${p}t${t}`;
        teams.push({ id, name: `Team ${d}.${p}.${t}`, parentId: `d${d}p${p}` });
        objectives.push({ id: `${id}-1`, title: `Goal of ${id}`, team: id, progress: t / 49 });
      }
    }
  }
  return analyzeOrg(
    { cycle: { start: '2026-01-01', end: '2026-04-01' }, teams, objectives },
    { now: ORGANISATION_NOW },
  );
}

// jsdom lays nothing out: the scrolled box is 440 px high and 800 wide, rows measure 0 and so
// keep the table's 44 px estimate: ten rows fill the box.
beforeEach(() => {
  const box = (size: number) =>
    function (this: HTMLElement) {
      return this.classList.contains('okr-orgtable__scroll') ? size : 0;
    };
  for (const [name, size] of [
    ['offsetHeight', 440],
    ['offsetWidth', 800],
    ['clientHeight', 440],
    ['clientWidth', 800],
  ] as const) {
    vi.spyOn(HTMLElement.prototype, name, 'get').mockImplementation(box(size));
  }
  Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    if (typeof options === 'object') this.scrollTop = options.top ?? this.scrollTop;
  } as Element['scrollTo'];
});
afterEach(() => {
  vi.restoreAllMocks();
});

const rows = () => within(screen.getByRole('treegrid')).getAllByRole('row').slice(1);
const rowNamed = (name: string) =>
  rows().find((row) => row.querySelector('.okr-orgtable__unit')?.textContent === name) as
    | HTMLElement
    | undefined;
const names = () => rows().map((row) => row.querySelector('.okr-orgtable__unit')?.textContent);
/** What each cell shows: its text without what is hidden (the closed explanation). */
const cells = (row: HTMLElement | undefined) =>
  within(row as HTMLElement)
    .getAllByRole('gridcell')
    .map((cell) => {
      const shown = cell.cloneNode(true) as HTMLElement;
      for (const hidden of shown.querySelectorAll('[hidden]')) hidden.remove();
      return shown.textContent;
    });

describe('OrgTable', () => {
  it('shows the organisation expanded, each row with progress, status, balance and count', () => {
    render(<OrgTable report={SMALL} />);
    const grid = screen.getByRole('treegrid', { name: 'Teams and their progress' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Unit', 'Progress', 'Status', 'Balance', 'Objectives']);
    expect(names()).toEqual(['Organisation', 'Engineering', 'Sales']);
    // Worked by hand in test/fixtures/organisation.ts: 42 % against 50 %, behind.
    expect(cells(rowNamed('Organisation'))).toEqual([
      'Organisation',
      '42% · expected 50%',
      'Lagging',
      'Balance 58 of 100',
      'Objectives 6',
    ]);
    expect(cells(rowNamed('Engineering'))).toEqual([
      'Engineering',
      '39% · expected 50%',
      'Lagging',
      'Balance 68 of 100',
      'Objectives 4',
    ]);
    expect(cells(rowNamed('Sales'))).toEqual([
      'Sales',
      '90% · expected 50%',
      'Exceeding',
      'Balance 100 of 100',
      'Objectives 1',
    ]);
  });

  it('draws progress as a bar with a tick at the expected pace', () => {
    render(<OrgTable report={SMALL} />);
    const bar = rowNamed('Engineering')?.querySelector('svg.okr-orgtable__bar');
    expect(bar?.getAttribute('data-status')).toBe('behind');
    expect(bar?.getAttribute('aria-hidden')).toBe('true');
    expect(bar?.querySelector('.okr-orgtable__bar-done')?.getAttribute('width')).toBe('38.6');
    expect(bar?.querySelector('.okr-orgtable__bar-expected')?.getAttribute('x1')).toBe('50');
  });

  it('marks level, position among siblings and expansion on every row', () => {
    render(<OrgTable report={SMALL} defaultExpandedIds={[SMALL.rootId, 'eng']} />);
    const grid = screen.getByRole('treegrid');
    expect(grid.getAttribute('aria-rowcount')).toBe('6');
    const attributes = (row: HTMLElement) =>
      ['aria-level', 'aria-setsize', 'aria-posinset', 'aria-expanded', 'aria-rowindex'].map(
        (name) => row.getAttribute(name),
      );
    expect(rows().map(attributes)).toEqual([
      ['1', '1', '1', 'true', '2'],
      ['2', '2', '1', 'true', '3'],
      ['3', '2', '1', null, '4'],
      ['3', '2', '2', null, '5'],
      ['2', '2', '2', null, '6'],
    ]);
    expect(names()).toEqual(['Organisation', 'Engineering', 'Infra', 'Web', 'Sales']);
    // Only the row that takes focus is in the tab order; every row can be selected.
    expect(rows().map((row) => row.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(rows().map((row) => row.getAttribute('aria-selected'))).toEqual(Array(5).fill('false'));
  });

  it('shows a unit with nothing beneath it as "No objectives", without progress', () => {
    render(<OrgTable report={ORG} defaultExpandedIds={[ORG.rootId, 'operations']} />);
    expect(cells(rowNamed('Facilities'))).toEqual([
      'Facilities',
      '–',
      'No objectives',
      'Balance –',
      'Objectives 0',
    ]);
  });

  it('follows the APG treegrid keys: arrows, Home, End, Right and Left expand and collapse', async () => {
    const user = userEvent.setup();
    render(<OrgTable report={ORG} />);
    await user.tab();
    expect(document.activeElement).toBe(rowNamed('Organisation'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowNamed('Engineering'));
    expect(rowNamed('Engineering')?.getAttribute('aria-expanded')).toBe('false');
    // Right expands, Right again moves to the first child.
    await user.keyboard('{ArrowRight}');
    expect(rowNamed('Engineering')?.getAttribute('aria-expanded')).toBe('true');
    expect(names().slice(0, 5)).toEqual([
      'Organisation',
      'Engineering',
      'Platform',
      'Product engineering',
      'Quality',
    ]);
    expect(document.activeElement).toBe(rowNamed('Engineering'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(rowNamed('Platform'));
    // Left on a collapsed row moves to its parent; Left again collapses it.
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(rowNamed('Engineering'));
    await user.keyboard('{ArrowLeft}');
    expect(rowNamed('Engineering')?.getAttribute('aria-expanded')).toBe('false');
    expect(rowNamed('Platform')).toBeUndefined();
    // Left on the organisation, which has no parent, collapses it; Right opens it again.
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(rowNamed('Organisation'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowNamed('Unassigned'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowNamed('Unassigned'));
    await user.keyboard('{Home}{ArrowUp}{ArrowLeft}');
    expect(names()).toEqual(['Organisation']);
    await user.keyboard('{ArrowRight}');
    expect(names()).toHaveLength(7);
    // A leaf ignores Right.
    await user.keyboard('{End}{ArrowRight}');
    expect(document.activeElement).toBe(rowNamed('Unassigned'));
  });

  it('selects with Enter, Space and a click; type-ahead moves to a name', async () => {
    const user = userEvent.setup();
    const onSelectedIdChange = vi.fn();
    render(<OrgTable report={ORG} onSelectedIdChange={onSelectedIdChange} />);
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelectedIdChange).toHaveBeenLastCalledWith('engineering');
    expect(rowNamed('Engineering')?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown} ');
    expect(onSelectedIdChange).toHaveBeenLastCalledWith('product');
    expect(rowNamed('Engineering')?.getAttribute('aria-selected')).toBe('false');
    // Typing "go" finds Go to market; an "o" a moment later starts again: Operations.
    await user.keyboard('go');
    expect(document.activeElement).toBe(rowNamed('Go to market'));
    const later = Date.now() + 5_000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    await user.keyboard('o');
    expect(document.activeElement).toBe(rowNamed('Operations'));
    await user.click(rowNamed('Sales') ?? rowNamed('Skunkworks') ?? document.body);
    expect(onSelectedIdChange).toHaveBeenLastCalledWith('skunkworks');
    expect(document.activeElement).toBe(rowNamed('Skunkworks'));
    expect(onSelectedIdChange).toHaveBeenCalledTimes(3);
  });

  it('toggles a unit from its chevron, for the pointer', async () => {
    const user = userEvent.setup();
    const onSelectedIdChange = vi.fn();
    const { container } = render(<OrgTable report={ORG} onSelectedIdChange={onSelectedIdChange} />);
    const chevron = () =>
      rowNamed('Product')?.querySelector('.okr-orgtable__toggle') as HTMLElement;
    await user.click(chevron());
    expect(rowNamed('Product')?.getAttribute('aria-expanded')).toBe('true');
    expect(names()).toContain('Design');
    await user.click(chevron());
    expect(names()).not.toContain('Design');
    expect(onSelectedIdChange).not.toHaveBeenCalled();
    // A leaf's chevron is empty and does nothing but select through its row.
    expect(container.querySelectorAll('.okr-orgtable__toggle svg')).toHaveLength(6);
  });

  it('keeps its own expansion from defaultExpandedIds, telling the host of each change', async () => {
    const user = userEvent.setup();
    const onExpandedIdsChange = vi.fn();
    render(
      <OrgTable report={SMALL} defaultExpandedIds={[]} onExpandedIdsChange={onExpandedIdsChange} />,
    );
    expect(names()).toEqual(['Organisation']);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(onExpandedIdsChange).toHaveBeenLastCalledWith([SMALL.rootId]);
    expect(names()).toEqual(['Organisation', 'Engineering', 'Sales']);
  });

  it('shows exactly the expandedIds it is given, asking the host to change them', async () => {
    const user = userEvent.setup();
    const onExpandedIdsChange = vi.fn();
    const { rerender } = render(
      <OrgTable
        report={SMALL}
        expandedIds={[SMALL.rootId]}
        onExpandedIdsChange={onExpandedIdsChange}
      />,
    );
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(onExpandedIdsChange).toHaveBeenCalledWith([SMALL.rootId, 'eng']);
    // The host has not passed it on: nothing opens.
    expect(names()).toEqual(['Organisation', 'Engineering', 'Sales']);
    rerender(
      <OrgTable
        report={SMALL}
        expandedIds={[SMALL.rootId, 'eng']}
        onExpandedIdsChange={onExpandedIdsChange}
      />,
    );
    expect(names()).toEqual(['Organisation', 'Engineering', 'Infra', 'Web', 'Sales']);
    // Collapsing the parent of the focused row hands focus to the parent.
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(rowNamed('Infra'));
    rerender(<OrgTable report={SMALL} expandedIds={[SMALL.rootId]} />);
    expect(rowNamed('Engineering')?.tabIndex).toBe(0);
  });

  it('shows the selectedId it is given; a host that keeps it in state drives it', async () => {
    const user = userEvent.setup();
    function Host() {
      const [selected, setSelected] = useState<string | null>('sales');
      return (
        <>
          <OrgTable report={SMALL} selectedId={selected} onSelectedIdChange={setSelected} />
          <output>{selected ?? 'none'}</output>
        </>
      );
    }
    render(<Host />);
    expect(rowNamed('Sales')?.getAttribute('aria-selected')).toBe('true');
    // Focus starts at the selected row.
    expect(rowNamed('Sales')?.tabIndex).toBe(0);
    await user.tab();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByRole('status').textContent).toBe('eng');
    expect(rowNamed('Engineering')?.getAttribute('aria-selected')).toBe('true');
  });

  it('renders only a window of rows at 5,000 units, and the focused row wherever it is', async () => {
    const big = bigOrganisation();
    expect(big.units).toHaveLength(5_001);
    const all = big.units.filter((unit) => unit.childIds.length > 0).map((unit) => unit.id);
    const user = userEvent.setup();
    render(<OrgTable report={big} defaultExpandedIds={all} />);
    const grid = screen.getByRole('treegrid');
    expect(grid.getAttribute('aria-rowcount')).toBe('5002');
    // Ten rows fill the box, six more either side at most.
    expect(rows().length).toBeLessThanOrEqual(17);
    expect(names().slice(0, 3)).toEqual(['Organisation', 'Division 0', 'Department 0.0']);
    await user.tab();
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toContain('Team 9.9.38');
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('5002');
    expect(rows().length).toBeLessThanOrEqual(18);
    // Scrolled back to the top by hand, the focused last row stays rendered.
    const box = grid.closest('.okr-orgtable__scroll') as HTMLElement;
    act(() => {
      box.scrollTop = 0;
      fireEvent.scroll(box);
    });
    expect(names()[0]).toBe('Organisation');
    expect(rowNamed('Team 9.9.38')).toBeDefined();
    expect(rows().length).toBeLessThanOrEqual(18);
  });

  it('shows an invalid report as an alert, tells onIssues once, and never throws', () => {
    const warn = vi.mocked(console.warn);
    const onIssues = vi.fn();
    const bad = [null, {}, analyzeOkrs(SCENARIOS.balanced.okrs, { now: SCENARIOS.balanced.now })];
    for (const report of bad) {
      const { unmount } = render(
        <OrgTable report={report as unknown as OrgReport} onIssues={onIssues} />,
      );
      expect(screen.getByRole('alert').textContent).toBe(
        'This organisation cannot be shown: 1 problem in its data (see onIssues).',
      );
      expect(screen.queryByRole('treegrid')).toBeNull();
      unmount();
    }
    expect(onIssues).toHaveBeenCalledTimes(3);
    expect(onIssues.mock.calls[0]?.[0]).toEqual([
      expect.objectContaining({ path: 'report', code: 'wrong-type' }),
    ]);
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockClear();
  });

  it('speaks German with the German catalogue', () => {
    render(<OrgTable report={ORG} locale="de-DE" messages={MESSAGES_DE} />);
    const grid = screen.getByRole('treegrid', { name: 'Teams und ihr Fortschritt' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Einheit', 'Fortschritt', 'Status', 'Ausgewogenheit', 'Objectives']);
    const engineering = cells(rowNamed('Engineering'));
    expect(engineering[1]).toMatch(/^55\s% · erwartet 60\s%$/);
    expect(engineering[2]).toBe('Im Plan');
  });

  it('describes each row with its explanation: the roll-up rule and what decided', () => {
    render(<OrgTable report={SMALL} />);
    // Engineering: (4 × 25 % + 2 × 60 % + 1 × 50 %) / 7 = 39 %, Infra the lowest.
    const engineering = screen.getByRole('row', {
      description:
        '39%: weighted mean of 2 teams and 1 objective; lowest: ‘Infra’ at 25% (weighted-mean rule). Projected to reach 77% by the end of the cycle; success is 100% (projection rule).',
    });
    expect(engineering).toBe(rowNamed('Engineering'));
    expect(rowNamed('Sales')?.getAttribute('aria-describedby')).toBeTruthy();
    // Described, not focusable: the row keeps the focus (one tab stop, the APG's row model).
    expect(within(engineering).getByRole('tooltip', { hidden: true }).hidden).toBe(true);
    expect(engineering.querySelectorAll('[tabindex="0"]')).toHaveLength(0);
  });

  it('shows the explanation as a tooltip while the row has focus or the pointer is on the status', async () => {
    const user = userEvent.setup();
    render(<OrgTable report={SMALL} />);
    const organisation = rowNamed('Organisation') as HTMLElement;
    const tip = () => within(organisation).queryByRole('tooltip');
    expect(tip()).toBeNull();
    await user.tab();
    expect(document.activeElement).toBe(organisation);
    expect(tip()?.textContent).toMatch(/^42%: weighted mean of 2 teams and 1 objective;/);
    await user.keyboard('{Escape}');
    expect(tip()).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(within(rowNamed('Engineering') as HTMLElement).getByRole('tooltip')).toBeTruthy();
    expect(tip()).toBeNull();
    const sales = rowNamed('Sales') as HTMLElement;
    const status = within(sales).getAllByRole('gridcell')[2] as HTMLElement;
    await user.hover(status);
    expect(within(sales).getByRole('tooltip').textContent).toMatch(/^90%: weighted mean/);
    await user.unhover(status);
    expect(within(sales).queryByRole('tooltip')).toBeNull();
    // Over the name alone: no tooltip; the pointer is on its way along the rows.
    await user.hover(within(sales).getAllByRole('gridcell')[0] as HTMLElement);
    expect(within(sales).queryByRole('tooltip')).toBeNull();
  });

  it('explains in its own language, else in the words the report was made with', () => {
    const { unmount } = render(<OrgTable report={SMALL} locale="de-DE" messages={MESSAGES_DE} />);
    expect(
      document.getElementById(rowNamed('Sales')?.getAttribute('aria-describedby') ?? '')
        ?.textContent,
    ).toMatch(/^90\s%: gewichteter Mittelwert aus 1 Objective; am niedrigsten: „Win ten logos“/);
    unmount();
    // Without the German catalogue, the table has no template for a roll-up: the report's text.
    const german = analyzeOrg(SMALL_ORGANISATION, {
      now: SMALL_NOW,
      locale: 'de-DE',
      messages: MESSAGES_DE,
    });
    render(<OrgTable report={german} />);
    const sales = screen.getByRole('row', { description: /^90\s%: gewichteter Mittelwert/ });
    expect(cells(sales)[2]).toBe('Exceeding');
  });

  it('shows a unit with nothing beneath it explained, and a unit without an explanation undescribed', () => {
    const withEmpty = analyzeOrg(
      {
        cycle: SMALL_ORGANISATION.cycle,
        teams: [{ id: 'legal', name: 'Legal' }],
        objectives: [{ id: 'a', title: 'A', progress: 0.5 }],
      },
      { now: SMALL_NOW },
    );
    render(<OrgTable report={withEmpty} />);
    expect(
      screen.getByRole('row', { description: 'No objectives in this unit or beneath it.' }),
    ).toBe(rowNamed('Legal'));
    cleanup();
    const bare = {
      ...SMALL,
      units: SMALL.units.map(({ explanation: _, ...unit }) => unit),
    } as unknown as OrgReport;
    render(<OrgTable report={bare} />);
    expect(rowNamed('Engineering')?.hasAttribute('aria-describedby')).toBe(false);
    expect(screen.queryAllByRole('tooltip', { hidden: true })).toEqual([]);
  });

  it('passes a label, class and other props to its parts', () => {
    render(
      <OrgTable
        report={SMALL}
        aria-label="Company tree"
        className="mine"
        data-testid="table"
        style={{ maxWidth: 600 }}
      />,
    );
    const root = screen.getByTestId('table');
    expect(root.className).toBe('okr-orgtable mine');
    expect(root.style.maxWidth).toBe('600px');
    expect(screen.getByRole('treegrid', { name: 'Company tree' })).toBeDefined();
  });
});

describe('the tree’s rows and keys', () => {
  it('lists a chain of 3,000 teams, each under the last, without running out of stack', () => {
    const teams: TeamInput[] = Array.from({ length: 3_000 }, (_, k) => ({
      id: `t${k}`,
      name: `Team ${k}`,
      ...(k > 0 ? { parentId: `t${k - 1}` } : {}),
    }));
    const org = analyzeOrg(
      {
        cycle: { start: '2026-01-01', end: '2026-04-01' },
        teams,
        objectives: [{ id: 'o', title: 'Deep', team: 't2999', progress: 0.5 }],
      },
      { now: ORGANISATION_NOW },
    );
    const open = visibleRows(org, new Set(org.units.map((unit) => unit.id)));
    expect(open).toHaveLength(3_001);
    expect(open[3_000]).toMatchObject({ level: 3_001, parent: 2_999, setSize: 1, posInSet: 1 });
    expect(visibleRows(org, new Set())).toHaveLength(1);
  });

  it('moves by a page with PageDown and PageUp, stopping at the ends', () => {
    const rows = visibleRows(ORG, new Set([ORG.rootId, 'engineering', 'platform']));
    expect(rows).toHaveLength(13);
    expect(treeKeyAction(rows, 0, 'PageDown', 10)).toEqual({ type: 'move', index: 10 });
    expect(treeKeyAction(rows, 10, 'PageDown', 10)).toEqual({ type: 'move', index: 12 });
    expect(treeKeyAction(rows, 3, 'PageUp', 10)).toEqual({ type: 'move', index: 0 });
    expect(treeKeyAction(rows, 3, 'Tab')).toBeNull();
    expect(treeKeyAction([], 0, 'ArrowDown')).toBeNull();
  });

  it('finds a name by its first letters, from the next row and round again', () => {
    const rows = visibleRows(ORG, new Set([ORG.rootId]));
    const at = (name: string) => rows.findIndex((row) => row.unit.name === name);
    expect(findByPrefix(rows, at('Engineering'), 'p')).toBe(at('Product'));
    expect(findByPrefix(rows, at('Product'), 'e')).toBe(at('Engineering'));
    expect(findByPrefix(rows, at('Product'), 'PRO')).toBe(at('Product'));
    expect(findByPrefix(rows, 0, 'zz')).toBe(-1);
  });
});

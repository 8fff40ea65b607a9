import type { Meta, StoryObj } from '@storybook/react-vite';
import { analyzeOkrs, OkrBalanceBoard, OrgTable, snapshotAt, useOrgBalance } from 'okr-balance';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { ORGANISATION, ORGANISATION_NOW } from '../test/fixtures/organisation';
import { INVALID_OKRS, SCENARIOS } from './scenarios';
import { startsWith, textsFor } from './texts';

const meta = {
  title: 'Widgets/OkrBalanceBoard',
  component: OkrBalanceBoard,
} satisfies Meta<typeof OkrBalanceBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The company's five objectives, 60 % through Q1. */
export const Company: Story = { args: { ...SCENARIOS.company } };

/** The marketing department, halfway through, with weekly check-ins. */
export const Marketing: Story = { args: { ...SCENARIOS.marketing } };

/** A team whose objectives move together. */
export const BalancedTeam: Story = { args: { ...SCENARIOS.balanced } };

/**
 * The marketing team at its review on 15 February, compared with 1 February (the set as it
 * stood then, from its check-ins): the earlier ring on the radar, named by its date, and what
 * changed since under the charts, worse first.
 */
export const SinceTheLastReview: Story = {
  args: {
    ...SCENARIOS.marketing,
    compareWith: analyzeOkrs(snapshotAt(SCENARIOS.marketing.okrs, '2026-02-01').value, {
      now: '2026-02-01',
    }),
  },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const date = Date.UTC(2026, 1, 1);
    const changes = canvas.getByRole('region', { name: t.format('changes.label', { date }) });
    const rows = within(changes).getAllByRole('listitem');
    await expect(rows[0]).toHaveTextContent(t.format('changes.kind.worsened'));
  },
};

/**
 * Data with problems: what can be shown is shown, and a summary line opens the list of the
 * problems in plain words: which objective, what was wrong, what the board did about it.
 */
export const InvalidData: Story = {
  args: { okrs: INVALID_OKRS, now: '2026-02-15' },
  play: async ({ canvas, canvasElement, globals, userEvent }) => {
    const t = textsFor(globals);
    const summary = canvas.getByText(t.format('board.issues', { count: 4 }));
    const details = canvasElement.querySelector('details.okr-board__issues') as HTMLDetailsElement;
    await expect(details.open).toBe(false);
    await userEvent.click(summary);
    await expect(details.open).toBe(true);
    const items = within(details).getAllByRole('listitem');
    await expect(items).toHaveLength(4);
    const where = t.format('board.where-objective', { title: 'An objective without an id' });
    const field = t.format('board.field', { field: 'id' });
    await expect(items[0]?.textContent).toBe(
      t.format('board.issue', {
        where,
        problem: t.format('board.problem.missing', { field }),
        outcome: t.format('board.outcome.left-out'),
      }),
    );
    // Developer words stay in the console.
    await expect(details).not.toHaveTextContent(/onIssues|console|objectives\[/);
  },
};

/** No data at all: one empty state, and no empty chart, gauge or catalogue. */
export const Empty: Story = {
  args: { okrs: null, now: '2026-02-15' },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    await expect(canvas.getByText(t.format('board.empty'))).toBeVisible();
    await expect(canvas.queryByText(t.format('radar.summary-empty'))).toBeNull();
    await expect(canvas.queryByText(t.format('gauge.empty'))).toBeNull();
    await expect(canvas.queryByRole('listbox')).toBeNull();
    await expect(canvas.queryByRole('meter')).toBeNull();
    await expect(canvas.queryAllByRole('checkbox')).toHaveLength(0);
  },
};

/**
 * Parts hidden and props passed: no checklist, the radar with circular rings, its own name and
 * no data table, the gauge and the objectives as they are.
 */
export const PartsAndProps: Story = {
  args: {
    ...SCENARIOS.marketing,
    parts: { checklist: false, radar: { grid: 'circle', label: 'Marketing', dataTable: false } },
  },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    await expect(canvas.getByRole('listbox', { name: 'Marketing' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t.format('radar.show-data') })).toBeNull();
    await expect(canvas.getByRole('meter')).toBeVisible();
    await expect(canvas.getByRole('list', { name: t.format('board.objectives') })).toBeVisible();
    await expect(canvas.queryAllByRole('checkbox')).toHaveLength(0);
  },
};

/** Only the radar and the checklist: the radar takes the whole row. */
export const RadarAndChecklist: Story = {
  args: { ...SCENARIOS.company, parts: { gauge: false, objectives: false } },
};

/**
 * Each objective's status is explained on hover and on keyboard focus of its row, in a
 * tooltip the pointer can move onto; Escape hides it without moving focus.
 */
export const ObjectiveExplanation: Story = {
  args: { ...SCENARIOS.marketing },
  play: async ({ canvas, globals, userEvent }) => {
    const t = textsFor(globals);
    const objectives = canvas.getByRole('list', { name: t.format('board.objectives') });
    const row = within(objectives).getByRole('button', { name: /^Enhance on-page SEO/ });
    await userEvent.hover(row);
    const tooltip = await canvas.findByRole('tooltip');
    await expect(row).toHaveAccessibleDescription(tooltip.textContent ?? '');
    await userEvent.hover(tooltip);
    await expect(tooltip).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    await userEvent.unhover(row);
    row.focus();
    await expect(await canvas.findByRole('tooltip')).toBeVisible();
    await expect(row).toHaveFocus();
  },
};

/**
 * One selection for the whole board: a point on the radar (by pointer or keyboard) presses
 * its objective's button, enlarges its gauge tick and focuses the checklist on it; pressing
 * the button again clears the selection and the checklist shows every suggestion again.
 */
export const SharedSelection: Story = {
  args: { ...SCENARIOS.marketing, onSelectedIdChange: fn() },
  play: async ({ canvas, canvasElement, args, globals, userEvent }) => {
    const t = textsFor(globals);
    const radar = canvas.getByRole('listbox', { name: t.format('radar.label') });
    const options = within(radar).getAllByRole('option');
    const objectives = canvas.getByRole('list', { name: t.format('board.objectives') });
    const button = (title: string) =>
      within(objectives).getByRole('button', { name: new RegExp(`^${title}`) });
    const gaugeTick = () => canvasElement.querySelector('.okr-gauge [data-selected]');
    const summary = (suggested: number) => t.format('checklist.summary', { suggested, checked: 0 });
    // What the checklist's focus line starts with, before the title.
    const focused = t.format('checklist.focus', { title: '\u0000' }).split('\u0000')[0] ?? '';

    /** What the board shows for the selected objective, or for none. */
    const expectSelected = async (title: string | null) => {
      await expect(options.map((o) => o.getAttribute('aria-selected') === 'true')).toEqual(
        options.map(
          (o) => title !== null && o.getAttribute('aria-label')?.startsWith(`${title}:`) === true,
        ),
      );
      const pressed = within(objectives)
        .getAllByRole('button')
        .filter((b) => b.getAttribute('aria-pressed') === 'true');
      if (title === null) {
        await expect(pressed).toHaveLength(0);
        await expect(gaugeTick()).toBeNull();
        await expect(canvas.queryByText((text) => text.startsWith(focused))).toBeNull();
      } else {
        await expect(pressed).toEqual([button(title)]);
        await expect(gaugeTick()?.textContent).toMatch(new RegExp(`^${title}`));
        await expect(canvas.getByText(t.format('checklist.focus', { title }))).toBeVisible();
      }
    };

    await expectSelected(null);
    await expect(canvas.getByText(summary(6))).toBeVisible();

    // A click on a radar point selects its objective everywhere.
    await userEvent.click(options[2] as Element);
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('social');
    await expectSelected('Improve social media branding');
    await expect(canvas.getByText(summary(1))).toBeVisible();

    // The keyboard moves on from there and selects the next objective.
    await expect(radar).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('leads');
    await expectSelected('Establish a lead generation engine');
    await expect(canvas.getByText(summary(2))).toBeVisible();

    // Pressing the selected objective's button clears the selection: the checklist shows all.
    await userEvent.click(button('Establish a lead generation engine'));
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith(null);
    await expectSelected(null);
    await expect(canvas.getByText(summary(6))).toBeVisible();
  },
};

/** The shared selection with the toolbar set to German: the same steps, in German names. */
export const SharedSelectionInGerman: Story = {
  ...SharedSelection,
  globals: { locale: 'de' },
};

/** The problems in the data, in German. */
export const InvalidDataInGerman: Story = { ...InvalidData, globals: { locale: 'de' } };

/**
 * An organisation (`teams`): the board opens at the organisation. Its radar's axes are the
 * divisions and the organisation's own objectives, the list shows each division's roll-up and
 * count, the checklist the organisation's suggestions; the breadcrumb above says where it is.
 */
export const Organisation: Story = { args: { okrs: ORGANISATION, now: ORGANISATION_NOW } };

/** A department, Platform, opened from the start (`defaultUnitId`): its three teams. */
export const Department: Story = {
  args: { okrs: ORGANISATION, now: ORGANISATION_NOW, defaultUnitId: 'platform' },
};

/** A team at the bottom of the tree, Infra: its own objectives only. */
export const LeafTeam: Story = {
  args: { okrs: ORGANISATION, now: ORGANISATION_NOW, defaultUnitId: 'infra' },
};

/**
 * Down and up with the keyboard: Enter on a division's row opens it, Enter on a radar point
 * opens a department; each change of level moves focus to the heading and is announced. Escape
 * goes back up, focusing the row of the unit just left, and the breadcrumb goes to the top.
 */
export const DrillDown: Story = {
  args: { okrs: ORGANISATION, now: ORGANISATION_NOW, onUnitIdChange: fn() },
  play: async ({ args, canvas, canvasElement, globals, userEvent }) => {
    const t = textsFor(globals);
    const organisation = t.format('org.name');
    const levels = () => canvas.getByRole('navigation', { name: t.format('board.levels') });
    const breadcrumb = () =>
      within(levels())
        .getAllByRole('listitem')
        .map((item) => {
          const current = item.querySelector('[aria-current]');
          return current ? `*${current.textContent}` : item.textContent;
        });
    const heading = () => canvas.getByRole('heading', { level: 2 });
    const live = () => canvasElement.querySelector('.okr-board [role="status"]');
    const row = (name: string) =>
      within(canvas.getByRole('list', { name: t.format('board.units') })).getByRole('button', {
        name: new RegExp(`^${name}`),
      });

    await expect(breadcrumb()).toEqual([`*${organisation}`]);
    const engineering = row('Engineering');
    await expect(engineering).toHaveTextContent(t.format('board.unit-count', { count: 14 }));
    // A division's row opens it: Enter on it.
    engineering.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onUnitIdChange).toHaveBeenLastCalledWith('engineering');
    await expect(breadcrumb()).toEqual([organisation, '*Engineering']);
    await expect(heading()).toHaveFocus();
    await expect(heading()).toHaveTextContent(
      startsWith(t, 'board.unit-title', { unit: 'Engineering', cycle: '' }),
    );
    await expect(live()).toHaveTextContent(
      t.format('board.level', { unit: 'Engineering', count: 14, score: 74 }),
    );

    // From the radar: Home goes to its first point, Platform; Enter opens it.
    const radar = canvas.getByRole('listbox', { name: t.format('radar.label') });
    radar.focus();
    await userEvent.keyboard('{Home}{Enter}');
    await expect(breadcrumb()).toEqual([organisation, 'Engineering', '*Platform']);
    await expect(heading()).toHaveFocus();
    await expect(live()).toHaveTextContent(
      t.format('board.level', { unit: 'Platform', count: 7, score: 67 }),
    );

    // Escape goes back up; focus returns to the row of the unit just left.
    await userEvent.keyboard('{Escape}');
    await expect(breadcrumb()).toEqual([organisation, '*Engineering']);
    await expect(row('Platform')).toHaveFocus();
    await expect(live()).toHaveTextContent(
      t.format('board.level', { unit: 'Engineering', count: 14, score: 74 }),
    );

    // The breadcrumb goes to the organisation.
    await userEvent.click(within(levels()).getByRole('button', { name: organisation }));
    await expect(breadcrumb()).toEqual([`*${organisation}`]);
    await expect(row('Engineering')).toHaveFocus();
    await expect(args.onUnitIdChange).toHaveBeenLastCalledWith('@org');
  },
};

/** The drill-down with the toolbar set to German. */
export const DrillDownInGerman: Story = { ...DrillDown, globals: { locale: 'de' } };

/**
 * `OrgTable` beside the board, one level for both: selecting a unit in the table opens it in
 * the board (its `unitId`, controlled), and opening a unit in the board selects its row.
 */
export const WithOrgTable: Story = {
  args: { okrs: ORGANISATION, now: ORGANISATION_NOW },
  render: function Render(args) {
    const org = useOrgBalance(ORGANISATION, { now: ORGANISATION_NOW });
    const [unitId, setUnitId] = useState(org.rootId);
    return (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem', alignItems: 'start' }}>
        <OrgTable
          report={org}
          selectedId={unitId}
          onSelectedIdChange={(id) => setUnitId(id ?? org.rootId)}
          style={{ flex: '1 1 20rem' }}
        />
        <OkrBalanceBoard
          {...args}
          unitId={unitId}
          onUnitIdChange={setUnitId}
          style={{ flex: '3 1 30rem', minWidth: 0 }}
        />
      </div>
    );
  },
  play: async ({ canvas, globals, userEvent }) => {
    const t = textsFor(globals);
    const grid = canvas.getByRole('treegrid', { name: t.format('orgTable.label') });
    const tableRow = (name: string) =>
      within(grid)
        .getAllByRole('row')
        .find((row) => row.querySelector('.okr-orgtable__unit')?.textContent === name);
    await userEvent.click(tableRow('Product') as HTMLElement);
    const levels = canvas.getByRole('navigation', { name: t.format('board.levels') });
    await waitFor(() =>
      expect(within(levels).getByText('Product')).toHaveAttribute('aria-current', 'location'),
    );
    // The table keeps focus: the host changed the level, not the board.
    await expect(tableRow('Product')).toHaveFocus();
    // Opening a unit in the board selects it in the table (Product opened there to show it).
    await userEvent.keyboard('{ArrowRight}');
    const list = canvas.getByRole('list', { name: t.format('board.units') });
    await userEvent.click(within(list).getByRole('button', { name: /^Design/ }));
    await expect(within(levels).getByText('Design')).toHaveAttribute('aria-current', 'location');
    await waitFor(() => expect(tableRow('Design')).toHaveAttribute('aria-selected', 'true'));
  },
};

/** The table and the board with the toolbar set to German. */
export const WithOrgTableInGerman: Story = { ...WithOrgTable, globals: { locale: 'de' } };

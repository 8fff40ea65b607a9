import type { Meta, StoryObj } from '@storybook/react-vite';
import { OkrRadar } from 'okr-balance';
import { expect, fn } from 'storybook/test';
import { crowdedReport, SCENARIO_NAMES, type ScenarioName, scenarioReport } from './scenarios';

interface Args {
  scenario: ScenarioName;
  elapsed: number;
  grid: 'polygon' | 'circle';
  width: number;
  /** The "Show data" button and its table; off where the page shows the data in a table. */
  dataTable: boolean;
  /** Called with the objective's id when a person selects it, `null` when they clear it. */
  onSelectedIdChange?: (id: string | null) => void;
}

const meta = {
  title: 'Widgets/OkrRadar',
  args: { scenario: 'marketing', elapsed: 0.5, grid: 'polygon', width: 480, dataTable: true },
  argTypes: {
    scenario: { control: 'inline-radio', options: SCENARIO_NAMES },
    elapsed: {
      control: { type: 'range', min: 0, max: 1, step: 0.05 },
      name: 'share of the cycle gone',
    },
    grid: { control: 'inline-radio', options: ['polygon', 'circle'] },
    width: { control: { type: 'range', min: 320, max: 800, step: 40 } },
  },
  render: ({ scenario, elapsed, grid, width, dataTable, onSelectedIdChange }) => (
    <div style={{ width }}>
      <OkrRadar
        report={scenarioReport(scenario, elapsed)}
        grid={grid}
        width={width}
        dataTable={dataTable}
        onSelectedIdChange={onSelectedIdChange}
      />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick a scenario, move through the cycle, change the grid and the width. */
export const Playground: Story = {};

/** How many objectives the radar takes, from a bar fallback to 24 axes. */
export const ObjectiveCounts: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem' }}>
      {[1, 2, 3, 5, 8, 12, 24].map((count) => (
        <div key={count} style={{ width: 360 }}>
          <OkrRadar report={crowdedReport(count)} width={360} />
        </div>
      ))}
    </div>
  ),
};

/**
 * On a 320 px phone the tooltip stays inside the chart: beside a point where that side has
 * room, else below it, centred.
 */
export const TooltipAt320: Story = {
  render: () => (
    <div style={{ width: 320 }}>
      <OkrRadar report={crowdedReport(8)} width={320} />
    </div>
  ),
  play: async ({ canvas, userEvent }) => {
    const listbox = canvas.getByRole('listbox');
    const chart = listbox.getBoundingClientRect();
    await userEvent.tab();
    const sides = new Set<string | null>();
    for (const option of canvas.getAllByRole('option')) {
      await expect(listbox).toHaveAttribute('aria-activedescendant', option.id);
      const tooltip = canvas.getByRole('tooltip');
      const box = tooltip.getBoundingClientRect();
      sides.add(tooltip.getAttribute('data-side'));
      await expect(box.left).toBeGreaterThanOrEqual(chart.left - 0.5);
      await expect(box.right).toBeLessThanOrEqual(chart.right + 0.5);
      await userEvent.keyboard('{ArrowRight}');
    }
    // Eight points at 320 px use all three placements.
    await expect([...sides].sort()).toEqual(['below', 'left', 'right']);
  },
};

/** Long and right-to-left titles at the narrowest size. */
export const LongTitlesAt320: Story = {
  render: () => (
    <div style={{ width: 320 }}>
      <OkrRadar report={crowdedReport(8)} width={320} />
    </div>
  ),
};

/** The same objectives last quarter, drawn for comparison. */
export const Comparison: Story = {
  render: () => {
    const report = scenarioReport('company');
    const values = Object.fromEntries(report.objectives.map((o, i) => [o.id, 0.3 + 0.1 * i]));
    return (
      <div style={{ width: 480 }}>
        <OkrRadar report={report} comparison={{ label: 'Q4 2025', values }} />
      </div>
    );
  },
};

/** An objective selected, as a host would keep it. */
export const Selected: Story = {
  render: () => (
    <div style={{ width: 480 }}>
      <OkrRadar report={scenarioReport('company')} defaultSelectedId="brand" />
    </div>
  ),
};

/** Nothing to show: an accessible empty state. */
export const Empty: Story = {
  render: () => <OkrRadar report={crowdedReport(0)} />,
};

/**
 * A report the radar cannot draw (here: another version's shape, as JSON from a server): an
 * alert says so, and `onIssues` hears each problem with its path.
 */
export const InvalidReport: Story = {
  args: { onIssues: fn() } as Partial<Args>,
  render: (args) => (
    <OkrRadar
      report={{ objectives: [{ id: 'a', title: 7 }], balance: {} } as never}
      onIssues={(args as { onIssues?: () => void }).onIssues}
    />
  ),
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/^This report cannot be shown/);
    await expect((args as { onIssues?: unknown }).onIssues).toHaveBeenCalledTimes(1);
  },
};

/**
 * The data as a table, one button away for everyone: "Show data" renders it (nothing is
 * rendered until then), "Hide data" takes it away.
 */
export const ShowData: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.queryByRole('table')).toBeNull();
    const toggle = canvas.getByRole('button', { name: 'Show data' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const table = canvas.getByRole('table', { name: 'Progress of each objective' });
    await expect(table).toBeVisible();
    await expect(canvas.getAllByRole('row')).toHaveLength(7);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAttribute('aria-controls', table.id);
    await userEvent.click(canvas.getByRole('button', { name: 'Hide data' }));
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** The marker's drawn width: an active or selected point is drawn larger. */
const markerWidth = (option: Element | undefined) =>
  (option?.nextElementSibling as SVGGraphicsElement | null)?.getBBox().width ?? 0;

/**
 * One tab stop: Tab reaches the radar, the arrow keys, Home and End move between the
 * objectives, and Enter or Space selects the active one (or clears it when it is selected).
 */
export const KeyboardNavigation: Story = {
  args: { onSelectedIdChange: fn() },
  play: async ({ canvas, args, userEvent }) => {
    const listbox = canvas.getByRole('listbox', { name: 'Progress by objective' });
    const options = canvas.getAllByRole('option');
    await expect(options).toHaveLength(6);
    await expect(listbox).not.toHaveAttribute('aria-activedescendant');
    const restingWidth = markerWidth(options[0]);

    /** The active option is the listbox's active descendant and the only one marked active. */
    const expectActive = async (index: number) => {
      await expect(listbox).toHaveAttribute('aria-activedescendant', options[index]?.id);
      await expect(options.map((option) => option.hasAttribute('data-active'))).toEqual(
        options.map((_, i) => i === index),
      );
    };

    await userEvent.tab();
    await expect(listbox).toHaveFocus();
    await expectActive(0);
    await expect(markerWidth(options[0])).toBeGreaterThan(restingWidth);

    await userEvent.keyboard('{ArrowRight}');
    await expectActive(1);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expectActive(5);
    await userEvent.keyboard('{Home}');
    await expectActive(0);
    await userEvent.keyboard('{End}');
    await expectActive(5);
    await expect(markerWidth(options[0])).toBe(restingWidth);

    // Enter selects the active objective and tells the host.
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('content');
    await expect(options.map((option) => option.getAttribute('aria-selected'))).toEqual([
      'false',
      'false',
      'false',
      'false',
      'false',
      'true',
    ]);

    // Space selects another one; on the selected one it clears the selection.
    await userEvent.keyboard('{Home} ');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('awareness');
    await expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await expect(options[5]).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard(' ');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith(null);
    await expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await expect(args.onSelectedIdChange).toHaveBeenCalledTimes(3);

    // The points are no tab stops: the next Tab leaves the radar.
    await userEvent.tab();
    await expect(listbox).not.toHaveFocus();
    await expect(listbox).not.toContainElement(document.activeElement as HTMLElement | null);
    await expect(listbox).not.toHaveAttribute('aria-activedescendant');
  },
};

/**
 * The tooltip follows the keyboard: it shows the active objective's title, progress, expected
 * pace and status, and goes away with Escape and when the radar loses focus.
 */
export const TooltipOnFocus: Story = {
  play: async ({ canvas, userEvent }) => {
    const listbox = canvas.getByRole('listbox', { name: 'Progress by objective' });
    const options = canvas.getAllByRole('option');
    await expect(canvas.queryByRole('tooltip')).toBeNull();

    await userEvent.tab();
    await expect(listbox).toHaveFocus();
    let tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent('Increase brand awareness');
    await expect(tooltip).toHaveTextContent('Progress 50%');
    await expect(tooltip).toHaveTextContent('Expected 50%');
    await expect(tooltip).toHaveTextContent('On track');

    await userEvent.keyboard('{ArrowRight}');
    tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent('Boost customer engagement');
    await expect(tooltip).toHaveTextContent('Progress 70%');
    await expect(tooltip).toHaveTextContent('Expected 50%');
    await expect(tooltip).toHaveTextContent('Exceeding');
    await expect(tooltip).not.toHaveTextContent('Increase brand awareness');

    await userEvent.keyboard('{End}');
    tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toHaveTextContent('Streamline content creation');
    await expect(tooltip).toHaveTextContent('Progress 48%');

    // Escape hides it and keeps the focus; an arrow key brings it back where it was left.
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('tooltip')).toBeNull();
    await expect(listbox).toHaveFocus();
    await expect(listbox).not.toHaveAttribute('aria-activedescendant');
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tooltip')).toHaveTextContent('Increase brand awareness');
    await expect(listbox).toHaveAttribute('aria-activedescendant', options[0]?.id);

    // Leaving the radar hides it.
    await userEvent.tab();
    await expect(listbox).not.toHaveFocus();
    await expect(canvas.queryByRole('tooltip')).toBeNull();

    // A pointer over a point shows its tooltip too, and leaving the point hides it.
    await userEvent.hover(options[4] as Element);
    tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent('Enhance on-page SEO');
    await expect(tooltip).toHaveTextContent('Progress 12%');
    await expect(tooltip).toHaveTextContent('Severely lagging');
    await userEvent.unhover(options[4] as Element);
    await expect(canvas.queryByRole('tooltip')).toBeNull();
  },
};

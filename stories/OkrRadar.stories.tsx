import type { Meta, StoryObj } from '@storybook/react-vite';
import { OkrRadar } from 'okr-balance';
import { crowdedReport, SCENARIO_NAMES, type ScenarioName, scenarioReport } from './scenarios';

interface Args {
  scenario: ScenarioName;
  elapsed: number;
  grid: 'polygon' | 'circle';
  width: number;
}

const meta = {
  title: 'Widgets/OkrRadar',
  args: { scenario: 'marketing', elapsed: 0.5, grid: 'polygon', width: 480 },
  argTypes: {
    scenario: { control: 'inline-radio', options: SCENARIO_NAMES },
    elapsed: {
      control: { type: 'range', min: 0, max: 1, step: 0.05 },
      name: 'share of the cycle gone',
    },
    grid: { control: 'inline-radio', options: ['polygon', 'circle'] },
    width: { control: { type: 'range', min: 320, max: 800, step: 40 } },
  },
  render: ({ scenario, elapsed, grid, width }) => (
    <div style={{ width }}>
      <OkrRadar report={scenarioReport(scenario, elapsed)} grid={grid} width={width} />
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

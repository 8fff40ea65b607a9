import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProgressSpreadGauge } from 'okr-balance';
import { expect } from 'storybook/test';
import {
  crowdedReport,
  SCENARIO_NAMES,
  type ScenarioName,
  scenarioReport,
  unevenReport,
} from './scenarios';

interface Args {
  scenario: ScenarioName;
  elapsed: number;
}

const meta = {
  title: 'Widgets/ProgressSpreadGauge',
  args: { scenario: 'company', elapsed: 0.6 },
  argTypes: {
    scenario: { control: 'inline-radio', options: SCENARIO_NAMES },
    elapsed: {
      control: { type: 'range', min: 0, max: 1, step: 0.05 },
      name: 'share of the cycle gone',
    },
  },
  render: ({ scenario, elapsed }) => (
    <div style={{ maxWidth: 360 }}>
      <ProgressSpreadGauge report={scenarioReport(scenario, elapsed)} />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick a scenario and move through the cycle. */
export const Playground: Story = {};

/** Unbalanced: the company scenario. */
export const Unbalanced: Story = { args: { scenario: 'company', elapsed: 0.6 } };

/** Balanced: a team whose objectives move together. */
export const Balanced: Story = { args: { scenario: 'balanced', elapsed: 0.5 } };

/** Uneven: five objectives from 30 % to 70 % halfway through. */
export const Uneven: Story = {
  render: () => (
    <div style={{ maxWidth: 360 }}>
      <ProgressSpreadGauge report={unevenReport()} selectedId="u2" />
    </div>
  ),
};

/** Nothing to measure: an accessible empty state. */
export const Empty: Story = {
  render: () => <ProgressSpreadGauge report={crowdedReport(0)} />,
};

/** A report the gauge cannot draw (no balance): an alert instead of a dial with NaN. */
export const InvalidReport: Story = {
  render: () => (
    <ProgressSpreadGauge report={{ objectives: [], balance: { score: Number.NaN } } as never} />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/^This report cannot be shown/);
    await expect(canvas.queryByRole('meter')).toBeNull();
  },
};

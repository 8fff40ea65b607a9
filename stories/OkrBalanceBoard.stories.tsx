import type { Meta, StoryObj } from '@storybook/react-vite';
import { OkrBalanceBoard } from 'okr-balance';
import { INVALID_OKRS, SCENARIOS } from './scenarios';

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

/** Data with problems: what can be shown is shown, and the problems are reported. */
export const InvalidData: Story = { args: { okrs: INVALID_OKRS, now: '2026-02-15' } };

/** No data at all. */
export const Empty: Story = { args: { okrs: null, now: '2026-02-15' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { OkrBalanceBoard } from 'okr-balance';
import { expect, fn, within } from 'storybook/test';
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

/**
 * One selection for the whole board: a point on the radar (by pointer or keyboard) presses
 * its objective's button, enlarges its gauge tick and focuses the checklist on it; pressing
 * the button again clears the selection and the checklist shows every suggestion again.
 */
export const SharedSelection: Story = {
  args: { ...SCENARIOS.marketing, onSelectedIdChange: fn() },
  play: async ({ canvas, canvasElement, args, userEvent }) => {
    const radar = canvas.getByRole('listbox', { name: 'Progress by objective' });
    const options = within(radar).getAllByRole('option');
    const objectives = canvas.getByRole('list', { name: 'Objectives and their status' });
    const button = (title: string) =>
      within(objectives).getByRole('button', { name: new RegExp(`^${title}`) });
    const gaugeTick = () => canvasElement.querySelector('.okr-gauge [data-selected]');
    const summary = (suggested: string) => `${suggested} suggested by the data; 0 ticked`;

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
        await expect(canvas.queryByText(/^Focused on/)).toBeNull();
      } else {
        await expect(pressed).toEqual([button(title)]);
        await expect(gaugeTick()?.textContent).toMatch(new RegExp(`^${title}`));
        await expect(canvas.getByText(`Focused on ‘${title}’`)).toBeVisible();
      }
    };

    await expectSelected(null);
    await expect(canvas.getByText(summary('6 causes'))).toBeVisible();

    // A click on a radar point selects its objective everywhere.
    await userEvent.click(options[2] as Element);
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('social');
    await expectSelected('Improve social media branding');
    await expect(canvas.getByText(summary('1 cause'))).toBeVisible();

    // The keyboard moves on from there and selects the next objective.
    await expect(radar).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('leads');
    await expectSelected('Establish a lead generation engine');
    await expect(canvas.getByText(summary('2 causes'))).toBeVisible();

    // Pressing the selected objective's button clears the selection: the checklist shows all.
    await userEvent.click(button('Establish a lead generation engine'));
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith(null);
    await expectSelected(null);
    await expect(canvas.getByText(summary('6 causes'))).toBeVisible();
  },
};

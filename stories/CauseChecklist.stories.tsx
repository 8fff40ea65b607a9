import type { Meta, StoryObj } from '@storybook/react-vite';
import { CauseChecklist, RED_FLAGS } from 'okr-balance';
import { expect, fn, within } from 'storybook/test';
import { scenarioReport } from './scenarios';

const meta = {
  title: 'Widgets/CauseChecklist',
  component: CauseChecklist,
  args: { showNotes: true },
} satisfies Meta<typeof CauseChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The causes the marketing department's data points to. */
export const WithSuggestions: Story = {
  args: { report: scenarioReport('marketing') },
};

/** Ticked causes show their remedies and a note. */
export const TickedWithNotes: Story = {
  args: {
    report: scenarioReport('marketing'),
    defaultValue: {
      checked: ['leader.no-follow-through', 'process.no-meeting-cadence'],
      notes: { 'leader.no-follow-through': 'Social media lost its owner in week 3.' },
    },
  },
};

/** Focused on one objective: only the causes and evidence about it are marked. */
export const FocusedOnOneObjective: Story = {
  args: { report: scenarioReport('marketing'), objectiveId: 'social' },
};

/** The six OKR red flags instead of the causes. */
export const RedFlags: Story = {
  args: { report: scenarioReport('company'), catalog: RED_FLAGS },
};

/** An empty catalogue: an accessible empty state. */
export const Empty: Story = {
  args: { catalog: [] },
};

/**
 * Ticking a cause shows what to try and a note field, counts it in the summary and its area,
 * and tells the host; unticking hides them again.
 */
export const TickACause: Story = {
  args: { report: scenarioReport('marketing'), onChange: fn() },
  play: async ({ canvas, args, userEvent }) => {
    const box = canvas.getByRole('checkbox', { name: 'Does not follow through' });
    const item = box.closest('li') as HTMLElement;
    const summary = (ticked: number) => `6 causes suggested by the data; ${ticked} ticked`;
    await expect(box).not.toBeChecked();
    await expect(canvas.getByText(summary(0))).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Leader, 0 of 4 ticked' })).toBeVisible();
    await expect(within(item).queryByRole('list', { name: 'What to try' })).toBeNull();
    await expect(canvas.queryByText('Name one owner who reports on it every week.')).toBeNull();

    await userEvent.click(box);
    await expect(box).toBeChecked();
    await expect(item).toHaveAttribute('data-checked');
    await expect(args.onChange).toHaveBeenLastCalledWith({
      checked: ['leader.no-follow-through'],
      notes: {},
    });
    const remedies = within(item).getByRole('list', { name: 'What to try' });
    await expect(remedies).toBeVisible();
    const steps = within(remedies).getAllByRole('listitem');
    await expect(steps.map((step) => step.textContent)).toEqual([
      'Name one owner who reports on it every week.',
      'Split the remaining work into steps with dates.',
      'Have the leader give feedback at every check-in.',
    ]);
    for (const step of steps) await expect(step).toBeVisible();
    await expect(
      within(item).getByRole('textbox', { name: 'Note on Does not follow through' }),
    ).toBeVisible();
    await expect(canvas.getByText(summary(1))).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Leader, 1 of 4 ticked' })).toBeVisible();
    // Only the ticked cause shows remedies.
    await expect(canvas.getAllByRole('list', { name: 'What to try' })).toHaveLength(1);

    await userEvent.click(box);
    await expect(box).not.toBeChecked();
    await expect(item).not.toHaveAttribute('data-checked');
    await expect(args.onChange).toHaveBeenLastCalledWith({ checked: [], notes: {} });
    await expect(args.onChange).toHaveBeenCalledTimes(2);
    await expect(within(item).queryByRole('list', { name: 'What to try' })).toBeNull();
    await expect(within(item).queryByRole('textbox')).toBeNull();
    await expect(canvas.getByText(summary(0))).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Leader, 0 of 4 ticked' })).toBeVisible();
  },
};

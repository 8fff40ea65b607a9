import type { Meta, StoryObj } from '@storybook/react-vite';
import { STATUSES, StatusBadge } from 'okr-balance';
import { expect, waitFor } from 'storybook/test';
import { textsFor } from './texts';

const meta = {
  title: 'Widgets/StatusBadge',
  component: StatusBadge,
  args: { status: 'at-risk', size: 'md', variant: 'subtle', stale: false },
  argTypes: {
    status: { control: 'select', options: STATUSES },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
    variant: { control: 'inline-radio', options: ['subtle', 'solid'] },
  },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One badge to play with. */
export const Playground: Story = {};

/** Every status in both variants and sizes, with and without the stale marker. */
export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {(['subtle', 'solid'] as const).flatMap((variant) =>
        (['md', 'sm'] as const).map((size) => (
          <div
            key={`${variant}-${size}`}
            style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}
          >
            {STATUSES.map((status) => (
              <StatusBadge key={status} status={status} size={size} variant={variant} />
            ))}
            <StatusBadge status="on-track" stale size={size} variant={variant} />
          </div>
        )),
      )}
    </div>
  ),
};

const EXPLANATION = {
  id: 'explain.projection',
  values: { projection: 0.42, bar: 1 },
  text: '',
};

/**
 * The explanation is the badge's description, shown as a tooltip on hover and on keyboard
 * focus (the badge takes focus when it has one); the pointer can move onto the tooltip, and
 * Escape hides it without moving focus.
 */
export const WithExplanation: Story = {
  args: { status: 'at-risk', explanation: EXPLANATION },
  play: async ({ canvas, globals, userEvent }) => {
    const t = textsFor(globals);
    const text = t.format(EXPLANATION.id, EXPLANATION.values);
    const badge = canvas.getByText(t.format('status.at-risk')).parentElement as HTMLElement;
    await expect(badge).toHaveAccessibleDescription(text);
    await expect(canvas.queryByRole('tooltip')).toBeNull();

    // Hover shows it; the pointer moves onto it and it stays.
    await userEvent.hover(badge);
    const tooltip = await canvas.findByRole('tooltip');
    await expect(tooltip.textContent).toBe(text);
    await userEvent.hover(tooltip);
    await expect(tooltip).toBeVisible();
    // Escape hides it.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    await userEvent.unhover(badge);

    // Keyboard focus shows it again, until focus leaves.
    await userEvent.tab();
    await expect(badge).toHaveFocus();
    await expect((await canvas.findByRole('tooltip')).textContent).toBe(text);
    await userEvent.tab();
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
  },
};

/** The same in German, from the toolbar's language. */
export const WithExplanationInGerman: Story = { ...WithExplanation, globals: { locale: 'de' } };

/**
 * A status the package does not know (a report from another version, a typo in a host's
 * data): the badge says "Unknown status" rather than guess a label or fail.
 */
export const UnknownStatus: Story = {
  args: { status: 'late' as never },
};

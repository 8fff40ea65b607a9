import type { Meta, StoryObj } from '@storybook/react-vite';
import { STATUSES, StatusBadge } from 'okr-balance';

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

/** The explanation is the badge's accessible description. */
export const WithExplanation: Story = {
  args: {
    status: 'at-risk',
    explanation: { id: 'explain.projection', values: { projection: 0.42, bar: 1 }, text: '' },
  },
};

/**
 * A status the package does not know (a report from another version, a typo in a host's
 * data): the badge says "Unknown status" rather than guess a label or fail.
 */
export const UnknownStatus: Story = {
  args: { status: 'late' as never },
};

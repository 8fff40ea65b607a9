import type { Meta, StoryObj } from '@storybook/react-vite';
import { CauseChecklist, RED_FLAGS } from 'okr-balance';
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

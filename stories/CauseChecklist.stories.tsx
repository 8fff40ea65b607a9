import type { Meta, StoryObj } from '@storybook/react-vite';
import { CauseChecklist, RED_FLAGS } from 'okr-balance';
import { CAUSES, type CatalogEntry, findEntry, localizeEntry } from 'okr-balance/core';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { expect, fn, within } from 'storybook/test';
import { scenarioReport } from './scenarios';
import { textsFor } from './texts';

const meta = {
  title: 'Widgets/CauseChecklist',
  component: CauseChecklist,
  args: { showNotes: true },
} satisfies Meta<typeof CauseChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A cause of the catalogue as the toolbar's language shows it. */
function causeFor(globals: Record<string, unknown> | undefined, id: string): CatalogEntry {
  const entry = findEntry(CAUSES, id);
  if (!entry) throw new Error(`no cause ${id}`);
  return localizeEntry(entry, globals?.locale === 'de' ? MESSAGES_DE : undefined);
}

/** The entries of a group, by the titles of their checkboxes, with their strength. */
function itemsOf(group: HTMLElement) {
  return [...group.querySelectorAll<HTMLElement>(':scope > ul > li')].map((item) => ({
    item,
    title: item.querySelector('label')?.textContent,
    strength: item.dataset.suggested,
  }));
}

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

/** Focused on one objective: only the causes and evidence about it are suggested. */
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
 * The checklist leads with what the data says: the company's four suggested causes in a group
 * on top, strong before possible, then the twelve others by area, each collapsed to its title.
 */
export const SuggestedGroupOnTop: Story = {
  args: { report: scenarioReport('company') },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const title = (id: string) => causeFor(globals, id).title;
    const groups = canvas.getAllByRole('group');
    const [suggested] = groups;
    if (!suggested) throw new Error('no groups');
    await expect(suggested).toHaveAccessibleName(
      t.format('checklist.group', {
        area: t.format('checklist.suggested-group'),
        checked: 0,
        total: 4,
      }),
    );
    await expect(itemsOf(suggested).map(({ title, strength }) => [title, strength])).toEqual([
      [title('team.capacity-imbalance'), 'strong'],
      [title('target.too-aggressive'), 'possible'],
      [title('target.too-conservative'), 'possible'],
      [title('target.no-clear-plan'), 'possible'],
    ]);
    const areas = [
      ['leader', 4],
      ['team', 3],
      ['target', 1],
      ['process', 4],
    ] as const;
    await expect(
      groups.slice(1).map((group) => group.querySelector('legend')?.textContent),
    ).toEqual(
      areas.map(([area, total]) =>
        t.format('checklist.group', { area: t.format(`area.${area}`), checked: 0, total }),
      ),
    );
    // The others show their title row only; their descriptions wait behind the disclosure.
    const others = groups.slice(1).flatMap((group) => itemsOf(group));
    await expect(others).toHaveLength(12);
    for (const { item } of others) {
      const toggle = within(item).getByRole('button');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      const details = item.ownerDocument.getElementById(toggle.getAttribute('aria-controls') ?? '');
      await expect(details).not.toBeVisible();
      // One line for its title, two where a long title wraps: never its description.
      const line = Number.parseFloat(getComputedStyle(item).lineHeight);
      await expect(item.getBoundingClientRect().height).toBeLessThan(3 * line);
    }
  },
};

/**
 * Opening a collapsed cause shows its description and the questions that confirm it; closing
 * it hides them again. Ticking works on a closed cause and shows what to try.
 */
export const ExpandACollapsedCause: Story = {
  args: { report: scenarioReport('company') },
  play: async ({ canvas, globals, userEvent }) => {
    const t = textsFor(globals);
    const cause = causeFor(globals, 'process.no-agenda');
    const toggle = canvas.getByRole('button', {
      name: t.format('checklist.details', { title: cause.title }),
    });
    const item = toggle.closest('li') as HTMLElement;
    const description = within(item).getByText(cause.description);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(description).not.toBeVisible();
    await expect(within(item).queryByRole('list')).toBeNull();

    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(description).toBeVisible();
    const questions = within(item).getByRole('list', { name: t.format('checklist.questions') });
    await expect(questions).toBeVisible();
    await expect(
      within(questions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(cause.questions);

    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(description).not.toBeVisible();

    // A closed cause can be ticked, and what to try shows without opening it.
    await userEvent.click(canvas.getByRole('checkbox', { name: cause.title }));
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const remedies = within(item).getByRole('list', { name: t.format('checklist.remedies') });
    await expect(remedies).toBeVisible();
  },
};

/** Every suggested cause opened: its evidence, its description and the questions to ask. */
export const QuestionsShown: Story = {
  args: { report: scenarioReport('marketing') },
  play: async ({ canvas, globals, userEvent }) => {
    const t = textsFor(globals);
    const [suggested] = canvas.getAllByRole('group');
    if (!suggested) throw new Error('no groups');
    for (const { item } of itemsOf(suggested))
      await userEvent.click(within(item).getByRole('button'));
    const lists = within(suggested).getAllByRole('list', { name: t.format('checklist.questions') });
    await expect(lists).toHaveLength(6);
    const stalled = causeFor(globals, 'leader.no-follow-through');
    const item = canvas.getByRole('checkbox', { name: stalled.title }).closest('li') as HTMLElement;
    const questions = within(item).getByRole('list', { name: t.format('checklist.questions') });
    await expect(questions).toBeVisible();
    await expect(
      within(questions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(stalled.questions);
  },
};

/**
 * Strong and possible suggestions differ without reading the pill: a filled marker and a thick
 * edge for strong, an outlined marker and a thin edge for possible; strong ones come first.
 */
export const StrongAndPossible: Story = {
  args: { report: scenarioReport('marketing') },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const [suggested] = canvas.getAllByRole('group');
    if (!suggested) throw new Error('no groups');
    const items = itemsOf(suggested);
    await expect(items.map(({ strength }) => strength)).toEqual([
      'strong',
      'strong',
      'strong',
      'possible',
      'possible',
      'possible',
    ]);
    const look = (item: HTMLElement) => {
      const marker = within(item).getByText(
        new RegExp(
          `^(${t.format('checklist.suggested', { strength: 'strong' })}|${t.format('checklist.suggested', { strength: 'possible' })})$`,
        ),
      );
      return {
        edge: Number.parseFloat(getComputedStyle(item).borderInlineStartWidth),
        fill: getComputedStyle(marker).backgroundColor,
        dot: getComputedStyle(marker, '::before').backgroundColor,
      };
    };
    const [strong, possible] = [items[0], items[3]].map((entry) =>
      look(entry?.item as HTMLElement),
    );
    if (!strong || !possible) throw new Error('no suggestions');
    await expect(strong.edge).toBeGreaterThanOrEqual(2 * possible.edge);
    await expect(possible.fill).toBe('rgba(0, 0, 0, 0)');
    await expect(strong.fill).not.toBe('rgba(0, 0, 0, 0)');
    await expect(possible.dot).toBe('rgba(0, 0, 0, 0)');
    await expect(strong.dot).not.toBe('rgba(0, 0, 0, 0)');
  },
};

/**
 * Ticking a cause shows what to try and a note field, counts it in the summary and its group,
 * and tells the host; unticking hides them again.
 */
export const TickACause: Story = {
  args: { report: scenarioReport('marketing'), onChange: fn() },
  play: async ({ canvas, args, globals, userEvent }) => {
    const t = textsFor(globals);
    const cause = causeFor(globals, 'leader.no-follow-through');
    const box = canvas.getByRole('checkbox', { name: cause.title });
    const item = box.closest('li') as HTMLElement;
    const summary = (checked: number) => t.format('checklist.summary', { suggested: 6, checked });
    const group = (checked: number) =>
      t.format('checklist.group', {
        area: t.format('checklist.suggested-group'),
        checked,
        total: 6,
      });
    const whatToTry = t.format('checklist.remedies');
    await expect(box).not.toBeChecked();
    await expect(canvas.getByText(summary(0))).toBeVisible();
    await expect(canvas.getByRole('group', { name: group(0) })).toBeVisible();
    await expect(within(item).queryByRole('list', { name: whatToTry })).toBeNull();
    await expect(canvas.queryByText(cause.remedies[0] ?? '')).toBeNull();

    await userEvent.click(box);
    await expect(box).toBeChecked();
    await expect(item).toHaveAttribute('data-checked');
    await expect(args.onChange).toHaveBeenLastCalledWith({
      checked: ['leader.no-follow-through'],
      notes: {},
    });
    const remedies = within(item).getByRole('list', { name: whatToTry });
    await expect(remedies).toBeVisible();
    const steps = within(remedies).getAllByRole('listitem');
    await expect(steps.map((step) => step.textContent)).toEqual(cause.remedies);
    for (const step of steps) await expect(step).toBeVisible();
    await expect(
      within(item).getByRole('textbox', {
        name: t.format('checklist.note', { title: cause.title }),
      }),
    ).toBeVisible();
    await expect(canvas.getByText(summary(1))).toBeVisible();
    await expect(canvas.getByRole('group', { name: group(1) })).toBeVisible();
    // Only the ticked cause shows remedies.
    await expect(canvas.getAllByRole('list', { name: whatToTry })).toHaveLength(1);

    await userEvent.click(box);
    await expect(box).not.toBeChecked();
    await expect(item).not.toHaveAttribute('data-checked');
    await expect(args.onChange).toHaveBeenLastCalledWith({ checked: [], notes: {} });
    await expect(args.onChange).toHaveBeenCalledTimes(2);
    await expect(within(item).queryByRole('list', { name: whatToTry })).toBeNull();
    await expect(within(item).queryByRole('textbox')).toBeNull();
    await expect(canvas.getByText(summary(0))).toBeVisible();
    await expect(canvas.getByRole('group', { name: group(0) })).toBeVisible();
  },
};

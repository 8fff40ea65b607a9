import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  analyzeOkrs,
  ChangeList,
  compareReports,
  type ReportChanges,
  snapshotAt,
} from 'okr-balance';
import { analyzeOrg, unitReport } from 'okr-balance/core';
import { expect, within } from 'storybook/test';
import { ORGANISATION, ORGANISATION_NOW } from '../test/fixtures/organisation';
import {
  MARKETING,
  MARKETING_LAST_QUARTER,
  MARKETING_LAST_QUARTER_NOW,
  MARKETING_NOW,
} from '../test/fixtures/scenarios';
import { textsFor } from './texts';

/** The marketing team on 1 February (from its check-ins) and on 15 February. */
function marketingChanges(): ReportChanges {
  const then = '2026-02-01';
  const before = analyzeOkrs(snapshotAt(MARKETING, then).value, { now: then });
  return compareReports(before, analyzeOkrs(MARKETING, { now: MARKETING_NOW }));
}

const meta = {
  title: 'Widgets/ChangeList',
  component: ChangeList,
  args: { changes: marketingChanges(), showUnchanged: false },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 720 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ChangeList>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * What changed in the marketing team between 1 and 15 February: the one objective that got
 * worse first (its status dropped while its progress stood still), then what improved; the one
 * without a change is counted.
 */
export const SinceTheLastReview: Story = {
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const date = Date.UTC(2026, 1, 1);
    const list = canvas.getByRole('region', { name: t.format('changes.label', { date }) });
    const rows = within(list).getAllByRole('listitem');
    await expect(rows).toHaveLength(5);
    await expect(rows[0]).toHaveTextContent(t.format('changes.kind.worsened'));
    await expect(rows[0]).toHaveTextContent('Improve social media branding');
    await expect(
      canvas.getByText(t.format('changes.unchanged-count', { count: 1 })),
    ).toBeInTheDocument();
  },
};

/** The same, in German. */
export const SinceTheLastReviewInGerman: Story = {
  ...SinceTheLastReview,
  globals: { locale: 'de' },
};

/**
 * Two cycles at the same point of each: Q1 2026 on 15 February (half-way) against Q4 2025 read
 * at its own half-way, 16 November, from its check-ins (`compareReports(q4, q1, { align:
 * 'elapsed' })`). Social media branding and SEO dropped a status; awareness stayed on track but
 * 5 points lower; the roadshow was last quarter's alone and content creation is new.
 */
export const LastQuarterAtTheSamePoint: Story = {
  args: {
    changes: compareReports(
      analyzeOkrs(MARKETING_LAST_QUARTER, { now: MARKETING_LAST_QUARTER_NOW }),
      analyzeOkrs(MARKETING, { now: MARKETING_NOW }),
      { align: 'elapsed' },
    ),
  },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const date = Date.UTC(2025, 10, 16);
    const list = canvas.getByRole('region', { name: t.format('changes.label', { date }) });
    const rows = within(list).getAllByRole('listitem');
    await expect(rows).toHaveLength(7);
    const kinds = ['worsened', 'worsened', 'worsened', 'improved', 'improved', 'added', 'removed'];
    for (const [index, kind] of kinds.entries()) {
      await expect(rows[index]).toHaveTextContent(t.format(`changes.kind.${kind}`));
    }
    await expect(rows[0]).toHaveTextContent('Improve social media branding');
    await expect(rows[6]).toHaveTextContent('Run the partner roadshow');
  },
};

/** Every objective, the unchanged one last. */
export const WithUnchanged: Story = { args: { showUnchanged: true } };

/** A report compared with itself: nothing changed. */
export const NothingChanged: Story = {
  args: {
    changes: (() => {
      const report = analyzeOkrs(MARKETING, { now: MARKETING_NOW });
      return compareReports(report, report);
    })(),
  },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const date = Date.UTC(2026, 1, 15);
    await expect(canvas.getByText(t.format('changes.empty', { date }))).toBeInTheDocument();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** Teams compared like objectives: the organisation's report a week apart. */
export const Teams: Story = {
  args: {
    changes: (() => {
      const week = (now: string) => unitReport(analyzeOrg(ORGANISATION, { now }), '@org');
      return compareReports(week('2026-02-17'), week(ORGANISATION_NOW));
    })(),
    showUnchanged: true,
  },
};

/** Changes that are not `compareReports` output: the invalid state, not a crash. */
export const Invalid: Story = {
  args: { changes: { objectives: 'none' } as unknown as ReportChanges },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      t.format('changes.invalid', { count: 3 }),
    );
  },
};

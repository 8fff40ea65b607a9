import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  analyzeOkrs,
  analyzeOrg,
  describeTrend,
  type Formatter,
  ProgressTrend,
  type Report,
  trendSeries,
  unitReport,
} from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { expect, userEvent, within } from 'storybook/test';
import { SMALL_NOW, SMALL_ORGANISATION } from '../test/fixtures/organisation';
import { SCENARIOS, scenarioReport } from './scenarios';
import { textsFor } from './texts';

const MARKETING_IDS = SCENARIOS.marketing.okrs.objectives.map((o) => o.id ?? '');

const meta = {
  title: 'Widgets/ProgressTrend',
  component: ProgressTrend,
  args: { report: scenarioReport('marketing'), objectiveId: 'awareness', variant: 'full' },
  argTypes: {
    report: { control: false },
    objectiveId: { control: 'select', options: MARKETING_IDS },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  render: (args) => (
    <div style={{ maxWidth: 720 }}>
      <ProgressTrend {...args} />
    </div>
  ),
} satisfies Meta<typeof ProgressTrend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sentence the widget should say for an objective of a report, in the toolbar's language. */
function sentenceOf(report: Report, id: string, t: Formatter): string {
  const objective = report.objectives.find((o) => o.id === id);
  if (!objective) throw new Error(`no objective ${id}`);
  return describeTrend(trendSeries(objective, report.cycle, report.now), t) ?? '';
}

/** A caption's text, with the no-break spaces of German percentages as they are. */
const captionOf = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('figcaption')?.textContent ?? '';

/**
 * The marketing department halfway through Q1, brand awareness with its six weekly check-ins:
 * the line, the expected pace (dashed), and the forecast band to the cycle's end. The sentence
 * under the chart is what a screen reader hears; "Show data" lists the check-ins.
 */
export const Marketing: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    const canvas = within(canvasElement);
    await expect(captionOf(canvasElement)).toBe(
      sentenceOf(scenarioReport('marketing'), 'awareness', t),
    );
    await expect(canvas.queryByRole('table')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: t.format('trend.show-data') }));
    const table = canvas.getByRole('table', {
      name: t.format('trend.caption', { title: 'Increase brand awareness' }),
    });
    // A header row and six check-ins.
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
    await userEvent.click(canvas.getByRole('button', { name: t.format('trend.hide-data') }));
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/**
 * One odd check-in (55 % in the fourth week of a steady 10 % a week): it widens the band more
 * than it moves the forecast, as Theil–Sen's median of pairwise slopes promises.
 */
function oddReport(): Report {
  const weeks = [
    '2026-01-11',
    '2026-01-18',
    '2026-01-25',
    '2026-02-01',
    '2026-02-08',
    '2026-02-15',
  ];
  const values = [0.1, 0.2, 0.3, 0.55, 0.5, 0.6];
  return analyzeOkrs(
    {
      cycle: SCENARIOS.marketing.okrs.cycle,
      objectives: [
        {
          id: 'odd',
          title: 'Grow the newsletter',
          progress: 0.6,
          checkIns: weeks.map((at, i) => ({ at, progress: values[i] ?? 0 })),
        },
      ],
    },
    { now: '2026-02-15' },
  );
}

export const OddCheckIn: Story = {
  render: () => (
    <div style={{ maxWidth: 720 }}>
      <ProgressTrend report={oddReport()} objectiveId="odd" />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    await expect(captionOf(canvasElement)).toBe(sentenceOf(oddReport(), 'odd', textsFor(globals)));
  },
};

/** Two check-ins: the line and the pace, and a sentence that says why there is no forecast. */
export const TooFewCheckIns: Story = {
  args: { objectiveId: 'seo' },
  play: async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    await expect(captionOf(canvasElement)).toBe(sentenceOf(scenarioReport('marketing'), 'seo', t));
    await expect(canvasElement.querySelector('.okr-trend__band')).toBeNull();
  },
};

/** Sparklines in a list of objectives: no axes, no key, each named by its sentence. */
export const CompactInList: Story = {
  render: () => {
    const report = scenarioReport('marketing');
    return (
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, maxWidth: 480 }}>
        {report.objectives.map((o) => (
          <li
            key={o.id}
            style={{ display: 'flex', justifyContent: 'space-between', gap: 16, padding: '4px 0' }}
          >
            <span>{o.title}</span>
            <ProgressTrend report={report} objectiveId={o.id} variant="compact" />
          </li>
        ))}
      </ul>
    );
  },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const report = scenarioReport('marketing');
    for (const o of report.objectives) {
      await expect(canvas.getByRole('img', { name: sentenceOf(report, o.id, t) })).toBeVisible();
    }
  },
};

/** In German, whatever the toolbar says: German dates on the axis and in the sentence. */
export const German: Story = {
  render: () => (
    <div style={{ maxWidth: 720 }}>
      <ProgressTrend
        report={scenarioReport('marketing')}
        objectiveId="engagement"
        locale="de-DE"
        messages={MESSAGES_DE}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const de = textsFor({ locale: 'de' });
    await expect(captionOf(canvasElement)).toBe(
      sentenceOf(scenarioReport('marketing'), 'engagement', de),
    );
  },
};

/** A single check-in: a point, no line, no forecast. */
function oneCheckIn(): Report {
  return analyzeOkrs(
    {
      cycle: SCENARIOS.marketing.okrs.cycle,
      objectives: [
        {
          id: 'one',
          title: 'Open the Berlin office',
          progress: 0.12,
          checkIns: [{ at: '2026-01-20', progress: 0.12 }],
        },
      ],
    },
    { now: '2026-02-15' },
  );
}

/**
 * The states: one check-in; and, each as a short text, an unknown id, an objective without
 * check-ins, a team's row of `unitReport`, and a report that cannot be read.
 */
export const States: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 24, maxWidth: 720 }}>
      <ProgressTrend report={oneCheckIn()} objectiveId="one" />
      <ProgressTrend report={scenarioReport('marketing')} objectiveId="no-such-objective" />
      <ProgressTrend report={scenarioReport('company')} objectiveId="customers" />
      <ProgressTrend
        report={unitReport(analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW }), 'eng')}
        objectiveId="infra"
      />
      <ProgressTrend
        report={{ objectives: [], balance: { score: Number.NaN } } as never}
        objectiveId="x"
      />
    </div>
  ),
  play: async ({ canvasElement, canvas, globals }) => {
    const t = textsFor(globals);
    await expect(captionOf(canvasElement)).toBe(sentenceOf(oneCheckIn(), 'one', t));
    await expect(
      canvas.getByText(t.format('trend.unknown', { id: 'no-such-objective' })),
    ).toBeVisible();
    await expect(canvas.getByText(t.format('trend.none'))).toBeVisible();
    await expect(canvas.getByText(t.format('trend.unit'))).toBeVisible();
    const opening = t.format('data.invalid', { count: 1 }).split(':')[0] ?? '';
    await expect(canvas.getByRole('alert')).toHaveTextContent(opening);
  },
};

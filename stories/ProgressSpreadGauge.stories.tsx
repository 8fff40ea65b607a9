import type { Meta, StoryObj } from '@storybook/react-vite';
import { analyzeOkrs, ProgressSpreadGauge, readBalance } from 'okr-balance';
import { expect, waitFor, within } from 'storybook/test';
import {
  crowdedReport,
  SCENARIO_NAMES,
  SCENARIOS,
  type ScenarioName,
  scenarioReport,
  unevenReport,
} from './scenarios';
import { textsFor } from './texts';

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

/** The dial's drawing, where the markers' labels are. */
const dialOf = (canvasElement: HTMLElement) =>
  within(canvasElement.querySelector('.okr-gauge__svg') as unknown as HTMLElement);

/** Five objectives evenly at 20 % halfway through the cycle: balanced, and all behind pace. */
function allBehindReport() {
  return analyzeOkrs(
    {
      cycle: SCENARIOS.balanced.okrs.cycle,
      objectives: ['Sales', 'Support', 'Platform', 'Hiring', 'Brand'].map((title) => ({
        id: title.toLowerCase(),
        title,
        progress: 0.2,
      })),
    },
    { now: '2026-02-15' },
  );
}

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

/**
 * The median and expected markers, labelled on the dial; where they fall together (50 % and
 * 50 %, right) the labels move apart, and the scale label they would cover gives way.
 */
export const MarkerLabels: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
      <div style={{ width: 320 }}>
        <ProgressSpreadGauge report={scenarioReport('company')} />
      </div>
      <div style={{ width: 320 }}>
        <ProgressSpreadGauge report={unevenReport()} />
      </div>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    const reading = readBalance(scenarioReport('company'));
    if (!reading) throw new Error('the company scenario has a reading');
    const dial = dialOf(canvasElement);
    // Testing Library reads a no-break space (German "35 %") as a space.
    const spaced = (text: string) => text.replace(/\s+/g, ' ');
    // With its value where there is room, else the short name.
    const either =
      (...texts: string[]) =>
      (content: string) =>
        texts.map(spaced).includes(spaced(content));
    await expect(
      dial.getByText(
        either(t.format('gauge.median', { value: reading.median }), t.format('gauge.median-short')),
      ),
    ).toBeVisible();
    await expect(
      dial.getByText(
        either(
          t.format('gauge.expected', { value: reading.expected }),
          t.format('gauge.expected-short'),
        ),
      ),
    ).toBeVisible();
    await expect(
      dial.getByText(either(t.format('gauge.value', { value: reading.median }))),
    ).toBeVisible();
    await expect(dial.getByText(t.format('gauge.caption'))).toBeVisible();
    // As drawn, in the page's own font: the two labels of each dial stay at least 3 px apart.
    const gaps = [...canvasElement.querySelectorAll('svg')].flatMap((svg) => {
      const [a, b] = [...svg.querySelectorAll('.okr-gauge__marker-label')].map((label) =>
        label.getBoundingClientRect(),
      );
      if (!a || !b) return [];
      const apart = Math.max(
        b.left - a.right,
        a.left - b.right,
        b.top - a.bottom,
        a.top - b.bottom,
      );
      return [Math.round(apart)];
    });
    await expect(gaps).toHaveLength(2);
    for (const gap of gaps) await expect(gap).toBeGreaterThanOrEqual(3);
  },
};

/** Balance is not health: every objective equally behind is balanced, and bad news. */
export const BalancedAllBehind: Story = {
  name: 'Balanced — all behind pace',
  render: () => (
    <div style={{ maxWidth: 360 }}>
      <ProgressSpreadGauge report={allBehindReport()} />
    </div>
  ),
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const headline = t.format('gauge.pace-all-behind', { level: 'balanced' });
    await expect(canvas.getByText(headline)).toBeVisible();
    const meter = canvas.getByRole('meter', { name: t.format('gauge.label') });
    await expect(meter.getAttribute('aria-valuetext')).toContain(headline);
    await expect(meter).toHaveAttribute('data-tone', 'bad');
  },
};

/** In a wide container the dial grows; its text and strokes stay within bounds. */
export const LargeContainer: Story = {
  render: () => (
    <div data-testid="container" style={{ width: '100%', maxWidth: 1000 }}>
      <ProgressSpreadGauge report={scenarioReport('company')} />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const width = canvas.getByTestId('container').clientWidth;
    const svg = canvasElement.querySelector('.okr-gauge__svg') as SVGSVGElement;
    await waitFor(() => expect(svg.getAttribute('width')).toBe(String(width)));
    const label = canvasElement.querySelector('.okr-gauge__marker-label') as SVGTextElement;
    await expect(Number(label.getAttribute('font-size'))).toBeLessThanOrEqual(16);
  },
};

/** `maxHeight` bounds the dial: it narrows to fit and stays centred. */
export const MaxHeight: Story = {
  render: () => (
    <div style={{ width: '100%', maxWidth: 1000 }}>
      <ProgressSpreadGauge report={scenarioReport('company')} maxHeight={240} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('.okr-gauge__svg') as SVGSVGElement;
    await waitFor(() => expect(svg.getBoundingClientRect().width).toBeGreaterThan(200));
    await expect(svg.getBoundingClientRect().height).toBeLessThanOrEqual(240);
  },
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
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    // The text up to the count of problems, whatever the count.
    const opening = t.format('data.invalid', { count: 1 }).split(':')[0] ?? '';
    await expect(canvas.getByRole('alert')).toHaveTextContent(opening);
    await expect(canvas.queryByRole('meter')).toBeNull();
  },
};

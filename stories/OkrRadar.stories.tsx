import type { Meta, StoryObj } from '@storybook/react-vite';
import { analyzeOkrs, OkrRadar, type Report, snapshotAt } from 'okr-balance';
import { expect, fn, within } from 'storybook/test';
import { SCENARIOS } from '../test/fixtures/scenarios';
import { crowdedReport, SCENARIO_NAMES, type ScenarioName, scenarioReport } from './scenarios';
import { textsFor } from './texts';

/** Objectives with these titles and progress, analysed halfway through Q1 2026. */
const reportOf = (titles: readonly string[], progress: (index: number) => number): Report =>
  analyzeOkrs(
    {
      cycle: { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' },
      objectives: titles.map((title, i) => ({ id: `o${i}`, title, progress: progress(i) })),
    },
    { now: '2026-02-15' },
  );

/** The company scenario and, for comparison, last quarter's values. */
const company = scenarioReport('company');
const lastQuarter = Object.fromEntries(company.objectives.map((o, i) => [o.id, 0.3 + 0.1 * i]));

/** A formatted text as `toHaveTextContent` compares it: its no-break spaces ("50 %") plain. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

/** The key's entries as the chart shows them (the key is hidden from assistive technology). */
const keyEntries = (root: HTMLElement) =>
  [...root.querySelectorAll('ul[aria-hidden="true"] li')].map((li) => li.textContent);

interface Args {
  scenario: ScenarioName;
  elapsed: number;
  grid: 'polygon' | 'circle';
  width: number;
  /** The "Show data" button and its table; off where the page shows the data in a table. */
  dataTable: boolean;
  /** Called with the objective's id when a person selects it, `null` when they clear it. */
  onSelectedIdChange?: (id: string | null) => void;
}

const meta = {
  title: 'Widgets/OkrRadar',
  args: { scenario: 'marketing', elapsed: 0.5, grid: 'polygon', width: 480, dataTable: true },
  argTypes: {
    scenario: { control: 'inline-radio', options: SCENARIO_NAMES },
    elapsed: {
      control: { type: 'range', min: 0, max: 1, step: 0.05 },
      name: 'share of the cycle gone',
    },
    grid: { control: 'inline-radio', options: ['polygon', 'circle'] },
    width: { control: { type: 'range', min: 320, max: 800, step: 40 } },
  },
  render: ({ scenario, elapsed, grid, width, dataTable, onSelectedIdChange }) => (
    <div style={{ width }}>
      <OkrRadar
        report={scenarioReport(scenario, elapsed)}
        grid={grid}
        width={width}
        dataTable={dataTable}
        onSelectedIdChange={onSelectedIdChange}
      />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick a scenario, move through the cycle, change the grid and the width. */
export const Playground: Story = {};

/** How many objectives the radar takes: bars for one or two, a radar to 24, ranked bars from 25. */
export const ObjectiveCounts: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem' }}>
      {[1, 2, 3, 5, 8, 12, 24, 25].map((count) => (
        <div key={count} style={{ width: 360 }}>
          <OkrRadar report={crowdedReport(count)} width={360} />
        </div>
      ))}
    </div>
  ),
};

/** Boxes on the page (CSS pixels) that share any area with another: pairs of indexes. */
function overlappingBoxes(elements: readonly Element[]): [number, number][] {
  const boxes = elements.map((element) => element.getBoundingClientRect());
  const pairs: [number, number][] = [];
  boxes.forEach((a, i) => {
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j] as DOMRect;
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) pairs.push([i, j]);
    }
  });
  return pairs;
}

const STRESS = [
  'Grow recurring revenue',
  'Delight our customers',
  'SEO',
  'Launch the partner programme in Europe',
];

/** Titles "Objective 1: …" to "Objective n: …", which a radar would cut to "O…" at 200. */
const numbered = (count: number) =>
  reportOf(
    Array.from({ length: count }, (_, i) => `Objective ${i + 1}: ${STRESS[i % STRESS.length]}`),
    (i) => ((i * 37) % 101) / 100,
  );

/**
 * More than 24 objectives leave no room for a label at each axis: the radar turns into ranked
 * bars, weakest first, one line of title each, in a box that scrolls. At 50 objectives and
 * 360 px no two labels overlap on the page; the arrow keys walk the ranking and End scrolls the
 * strongest into view; the data table still lists every objective.
 */
export const FiftyObjectives: Story = {
  render: () => (
    <div style={{ width: 360 }}>
      <OkrRadar report={crowdedReport(50)} width={360} />
    </div>
  ),
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const t = textsFor(globals);
    const labels = [...canvasElement.querySelectorAll('.okr-radar__label')];
    await expect(labels).toHaveLength(50);
    await expect(overlappingBoxes(labels)).toEqual([]);
    const chart = canvas.getByRole('listbox', { name: t.format('radar.label') });
    const drawing = chart.getBoundingClientRect();
    // Every label inside the drawing: none sticks out left of it or into the bars.
    const outside = labels.filter((label) => {
      const box = label.getBoundingClientRect();
      return box.left < drawing.left || box.right > drawing.right;
    });
    await expect(outside.map((label) => label.textContent)).toEqual([]);
    const options = canvas.getAllByRole('option');
    await expect(options).toHaveLength(50);
    const box = chart.parentElement?.parentElement?.getBoundingClientRect() as DOMRect;
    await userEvent.tab();
    await expect(chart).toHaveAttribute('aria-activedescendant', options[0]?.id);
    // The first row's tooltip hangs down into the box, not above it.
    await expect(canvas.getByRole('tooltip').getBoundingClientRect().top).toBeGreaterThanOrEqual(
      box.top,
    );
    await userEvent.keyboard('{End}');
    await expect(chart).toHaveAttribute('aria-activedescendant', options[49]?.id);
    // The rows scroll in their box: the strongest is now in view, within it.
    const last = options[49]?.getBoundingClientRect() as DOMRect;
    await expect(last.top).toBeGreaterThanOrEqual(box.top);
    // Scroll positions are whole pixels: the option's edge may end within one of the box's.
    await expect(last.bottom).toBeLessThanOrEqual(box.bottom + 1);
    // Its tooltip hangs down from the row and is scrolled into the box with it, not cut off.
    const tooltip = canvas.getByRole('tooltip').getBoundingClientRect();
    await expect(tooltip.top).toBeGreaterThanOrEqual(box.top);
    await expect(tooltip.bottom).toBeLessThanOrEqual(box.bottom + 1);
    await userEvent.click(canvas.getByRole('button', { name: t.format('radar.show-data') }));
    await expect(within(canvas.getByRole('table')).getAllByRole('row')).toHaveLength(51);
  },
};

/** 200 objectives at 1000 px: ranked bars with one line of title each, none overlapping. */
export const TwoHundredObjectives: Story = {
  render: () => (
    <div style={{ width: 1000 }}>
      <OkrRadar report={numbered(200)} width={1000} />
    </div>
  ),
  play: async ({ canvasElement, canvas }) => {
    const labels = [...canvasElement.querySelectorAll('.okr-radar__label')];
    await expect(labels).toHaveLength(200);
    await expect(overlappingBoxes(labels)).toEqual([]);
    // Long enough to tell the objectives apart: "Objective 17: Grow…", never "O…".
    for (const label of labels) await expect(label.textContent).toMatch(/^Objective \d+: /);
    await expect(canvas.getAllByRole('option')).toHaveLength(200);
  },
};

/**
 * On a 320 px phone the tooltip stays inside the chart: beside a point where that side has
 * room, else below it, centred.
 */
export const TooltipAt320: Story = {
  render: () => (
    <div style={{ width: 320 }}>
      <OkrRadar report={crowdedReport(8)} width={320} />
    </div>
  ),
  play: async ({ canvas, userEvent }) => {
    const listbox = canvas.getByRole('listbox');
    const chart = listbox.getBoundingClientRect();
    await userEvent.tab();
    const sides = new Set<string | null>();
    for (const option of canvas.getAllByRole('option')) {
      await expect(listbox).toHaveAttribute('aria-activedescendant', option.id);
      const tooltip = canvas.getByRole('tooltip');
      const box = tooltip.getBoundingClientRect();
      sides.add(tooltip.getAttribute('data-side'));
      await expect(box.left).toBeGreaterThanOrEqual(chart.left - 0.5);
      await expect(box.right).toBeLessThanOrEqual(chart.right + 0.5);
      await userEvent.keyboard('{ArrowRight}');
    }
    // Eight points at 320 px use all three placements.
    await expect([...sides].sort()).toEqual(['below', 'left', 'right']);
  },
};

/** Long and right-to-left titles at the narrowest size. */
export const LongTitlesAt320: Story = {
  render: () => (
    <div style={{ width: 320 }}>
      <OkrRadar report={crowdedReport(8)} width={320} />
    </div>
  ),
};

/** The same objectives last quarter, drawn for comparison. */
export const Comparison: Story = {
  render: () => (
    <div style={{ width: 480 }}>
      <OkrRadar report={company} comparison={{ label: 'Q4 2025', values: lastQuarter }} />
    </div>
  ),
};

/**
 * The marketing team now and as it stood on 1 February (`snapshotAt` from its check-ins): the
 * earlier ring is named by its date in the key and the tooltip.
 */
export const EarlierReport: Story = {
  render: () => {
    const now = scenarioReport('marketing');
    const then = '2026-02-01';
    const earlier = analyzeOkrs(snapshotAt(SCENARIOS.marketing.okrs, then).value, { now: then });
    return (
      <div style={{ width: 480 }}>
        <OkrRadar report={now} comparison={earlier} />
      </div>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    const key = canvasElement.querySelector('[data-key="comparison"]');
    await expect(key).toHaveTextContent(
      t.format('radar.compare-date', { date: Date.UTC(2026, 1, 1) }),
    );
  },
};

/** An objective selected, as a host would keep it. */
export const Selected: Story = {
  render: () => (
    <div style={{ width: 480 }}>
      <OkrRadar report={scenarioReport('company')} defaultSelectedId="brand" />
    </div>
  ),
};

/** Nothing to show: an accessible empty state. */
export const Empty: Story = {
  render: () => <OkrRadar report={crowdedReport(0)} />,
};

/**
 * A report the radar cannot draw (here: another version's shape, as JSON from a server): an
 * alert says so, and `onIssues` hears each problem with its path.
 */
export const InvalidReport: Story = {
  args: { onIssues: fn() } as Partial<Args>,
  render: (args) => (
    <OkrRadar
      report={{ objectives: [{ id: 'a', title: 7 }], balance: {} } as never}
      onIssues={(args as { onIssues?: () => void }).onIssues}
    />
  ),
  play: async ({ canvas, args, globals }) => {
    const t = textsFor(globals);
    const onIssues = (args as { onIssues?: ReturnType<typeof fn> }).onIssues;
    await expect(onIssues).toHaveBeenCalledTimes(1);
    const count = (onIssues?.mock.calls[0]?.[0] as unknown[] | undefined)?.length ?? 0;
    await expect(canvas.getByRole('alert')).toHaveTextContent(t.format('data.invalid', { count }));
  },
};

/**
 * The data as a table, one button away for everyone: "Show data" renders it (nothing is
 * rendered until then), "Hide data" takes it away.
 */
export const ShowData: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const t = textsFor(globals);
    await expect(canvas.queryByRole('table')).toBeNull();
    const toggle = canvas.getByRole('button', { name: t.format('radar.show-data') });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const table = canvas.getByRole('table', { name: t.format('radar.caption') });
    await expect(table).toBeVisible();
    await expect(canvas.getAllByRole('row')).toHaveLength(7);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAttribute('aria-controls', table.id);
    await userEvent.click(canvas.getByRole('button', { name: t.format('radar.hide-data') }));
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** The marker's drawn width: an active or selected point is drawn larger. */
const markerWidth = (option: Element | undefined) =>
  (option?.nextElementSibling as SVGGraphicsElement | null)?.getBBox().width ?? 0;

/**
 * One tab stop: Tab reaches the radar, the arrow keys, Home and End move between the
 * objectives, and Enter or Space selects the active one (or clears it when it is selected).
 */
export const KeyboardNavigation: Story = {
  args: { onSelectedIdChange: fn() },
  play: async ({ canvas, args, userEvent, globals }) => {
    const t = textsFor(globals);
    const listbox = canvas.getByRole('listbox', { name: t.format('radar.label') });
    const options = canvas.getAllByRole('option');
    await expect(options).toHaveLength(6);
    await expect(listbox).not.toHaveAttribute('aria-activedescendant');
    const restingWidth = markerWidth(options[0]);

    /** The active option is the listbox's active descendant and the only one marked active. */
    const expectActive = async (index: number) => {
      await expect(listbox).toHaveAttribute('aria-activedescendant', options[index]?.id);
      await expect(options.map((option) => option.hasAttribute('data-active'))).toEqual(
        options.map((_, i) => i === index),
      );
    };

    await userEvent.tab();
    await expect(listbox).toHaveFocus();
    await expectActive(0);
    await expect(markerWidth(options[0])).toBeGreaterThan(restingWidth);

    await userEvent.keyboard('{ArrowRight}');
    await expectActive(1);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expectActive(5);
    await userEvent.keyboard('{Home}');
    await expectActive(0);
    await userEvent.keyboard('{End}');
    await expectActive(5);
    await expect(markerWidth(options[0])).toBe(restingWidth);

    // Enter selects the active objective and tells the host.
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('content');
    await expect(options.map((option) => option.getAttribute('aria-selected'))).toEqual([
      'false',
      'false',
      'false',
      'false',
      'false',
      'true',
    ]);

    // Space selects another one; on the selected one it clears the selection.
    await userEvent.keyboard('{Home} ');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('awareness');
    await expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await expect(options[5]).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard(' ');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith(null);
    await expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await expect(args.onSelectedIdChange).toHaveBeenCalledTimes(3);

    // The points are no tab stops: the next Tab leaves the radar.
    await userEvent.tab();
    await expect(listbox).not.toHaveFocus();
    await expect(listbox).not.toContainElement(document.activeElement as HTMLElement | null);
    await expect(listbox).not.toHaveAttribute('aria-activedescendant');
  },
};

/**
 * The tooltip follows the keyboard: it shows the active objective's title, progress, expected
 * pace and status, and goes away with Escape and when the radar loses focus.
 */
export const TooltipOnFocus: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const t = textsFor(globals);
    const progress = (share: number) => plain(t.format('radar.progress', { progress: share }));
    const expected = (share: number) => plain(t.format('radar.expected', { expected: share }));
    const listbox = canvas.getByRole('listbox', { name: t.format('radar.label') });
    const options = canvas.getAllByRole('option');
    await expect(canvas.queryByRole('tooltip')).toBeNull();

    await userEvent.tab();
    await expect(listbox).toHaveFocus();
    let tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent('Increase brand awareness');
    await expect(tooltip).toHaveTextContent(progress(0.5));
    await expect(tooltip).toHaveTextContent(expected(0.5));
    await expect(tooltip).toHaveTextContent(t.format('status.on-track'));

    await userEvent.keyboard('{ArrowRight}');
    tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent('Boost customer engagement');
    await expect(tooltip).toHaveTextContent(progress(0.7));
    await expect(tooltip).toHaveTextContent(expected(0.5));
    await expect(tooltip).toHaveTextContent(t.format('status.ahead'));
    await expect(tooltip).not.toHaveTextContent('Increase brand awareness');

    await userEvent.keyboard('{End}');
    tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toHaveTextContent('Streamline content creation');
    await expect(tooltip).toHaveTextContent(progress(0.48));

    // Escape hides it and keeps the focus; an arrow key brings it back where it was left.
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('tooltip')).toBeNull();
    await expect(listbox).toHaveFocus();
    await expect(listbox).not.toHaveAttribute('aria-activedescendant');
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tooltip')).toHaveTextContent('Increase brand awareness');
    await expect(listbox).toHaveAttribute('aria-activedescendant', options[0]?.id);

    // Leaving the radar hides it.
    await userEvent.tab();
    await expect(listbox).not.toHaveFocus();
    await expect(canvas.queryByRole('tooltip')).toBeNull();

    // A pointer over a point shows its tooltip too, and leaving the point hides it.
    await userEvent.hover(options[4] as Element);
    tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent('Enhance on-page SEO');
    await expect(tooltip).toHaveTextContent(progress(0.12));
    await expect(tooltip).toHaveTextContent(t.format('status.off-track'));
    await userEvent.unhover(options[4] as Element);
    await expect(canvas.queryByRole('tooltip')).toBeNull();
  },
};

/**
 * The key explains every mark: progress, the expected pace, the comparison with its label, and
 * each status shape and colour among the points — only those the chart draws.
 */
export const KeyWithStatusesAndComparison: Story = {
  render: () => (
    <div style={{ width: 560 }}>
      <OkrRadar report={company} comparison={{ label: 'Q4 2025', values: lastQuarter }} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    await expect(keyEntries(canvasElement)).toEqual([
      t.format('radar.legend-progress'),
      t.format('radar.legend-expected'),
      'Q4 2025',
      t.format('status.done'),
      t.format('status.on-track'),
      t.format('status.at-risk'),
      t.format('status.off-track'),
    ]);
    // The comparison's key line and the "done" marker are not one colour.
    const colour = (selector: string, property: string) =>
      getComputedStyle(canvasElement.querySelector(selector) as Element).getPropertyValue(property);
    await expect(colour('.okr-radar__comparison', 'stroke')).not.toBe(
      colour('.okr-radar__marker[data-status="done"]', 'fill'),
    );
  },
};

/** 24 objectives at 320 px, two that differ only in "(EU)" and "(US)": the cut labels keep it. */
export const SuffixesAt320: Story = {
  render: () => (
    <div style={{ width: 320 }}>
      <OkrRadar
        report={reportOf(
          Array.from({ length: 24 }, (_, i) =>
            i < 2
              ? `Ship the new onboarding flow (${i === 0 ? 'EU' : 'US'})`
              : `Objective ${i + 1}: improve area ${i + 1}`,
          ),
          (i) => ((i * 37) % 100) / 100,
        )}
        width={320}
      />
    </div>
  ),
  play: async ({ canvasElement, canvas }) => {
    await expect(canvas.getAllByRole('option')).toHaveLength(24);
    const labels = [...canvasElement.querySelectorAll('.okr-radar__label')].map(
      (label) => label.textContent ?? '',
    );
    await expect(labels[0]).toMatch(/…\(EU\)$/);
    await expect(labels[1]).toMatch(/…\(US\)$/);
    // The full titles stay one hover away.
    await expect(labels[0]).toContain('Ship the new onboarding flow (EU)');
  },
};

/** Points near 0 % start from a small hole, not one heap at the centre. */
export const NearZero: Story = {
  render: () => (
    <div style={{ width: 480 }}>
      <OkrRadar
        report={reportOf(
          [
            'Delight our customers',
            'Grow recurring revenue',
            'Launch an action center',
            'Improve brand engagement',
            'Hire two engineers',
            'Cut churn',
            'Open the Berlin office',
            'Pass the SOC 2 audit',
          ],
          (i) => [0, 0.02, 0.01, 0.04, 0, 0.6, 0.03, 0.05][i] ?? 0,
        )}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    const centres = canvas
      .getAllByRole('option')
      .map((option) => option.getBoundingClientRect())
      .map((box) => [box.x + box.width / 2, box.y + box.height / 2] as const);
    // Every two points at least most of a marker apart.
    for (const [i, [x, y]] of centres.entries()) {
      for (const [ox, oy] of centres.slice(i + 1)) {
        await expect(Math.hypot(x - ox, y - oy)).toBeGreaterThan(10);
      }
    }
  },
};

/**
 * A wide container, the height bounded: `maxHeight` sizes the radar to the smaller of width and
 * height, centred, its labels using the width; text and markers scale with the chart.
 */
export const MaxHeight: Story = {
  render: () => (
    <div style={{ width: 1000 }}>
      <OkrRadar report={company} maxHeight={320} />
    </div>
  ),
  play: async ({ canvas }) => {
    const chart = canvas.getByRole('listbox').getBoundingClientRect();
    await expect(chart.height).toBeLessThanOrEqual(320);
    await expect(chart.width).toBeGreaterThan(900);
  },
};

/** The tooltip's content from the host (`renderTooltip`); placement and linking stay the radar's. */
export const CustomTooltip: Story = {
  render: () => (
    <div style={{ width: 480 }}>
      <OkrRadar
        report={company}
        renderTooltip={(objective, texts) => (
          <>
            <strong>{objective.title}</strong>
            <span>{texts.format('radar.progress', { progress: objective.progress })}</span>
            <span>Owner: {objective.owner ?? '—'}</span>
          </>
        )}
      />
    </div>
  ),
  play: async ({ canvas, userEvent, globals }) => {
    const t = textsFor(globals);
    await userEvent.hover(canvas.getAllByRole('option')[0] as Element);
    const tooltip = canvas.getByRole('tooltip');
    await expect(tooltip).toHaveTextContent(plain(t.format('radar.progress', { progress: 0.2 })));
    await expect(tooltip).toHaveTextContent('Owner:');
  },
};

/** `onHoverObjective` hears the objective under the pointer or the keyboard, and `null` after. */
export const HoverCallback: Story = {
  args: { onHoverObjective: fn() } as Partial<Args>,
  render: (args) => (
    <div style={{ width: 480 }}>
      <OkrRadar
        report={company}
        onHoverObjective={
          (args as { onHoverObjective?: (id: string | null) => void }).onHoverObjective
        }
      />
    </div>
  ),
  play: async ({ canvas, args, userEvent }) => {
    const onHover = (args as { onHoverObjective?: unknown }).onHoverObjective;
    const options = canvas.getAllByRole('option');
    await userEvent.hover(options[2] as Element);
    await expect(onHover).toHaveBeenLastCalledWith('action-center');
    await userEvent.unhover(options[2] as Element);
    await expect(onHover).toHaveBeenLastCalledWith(null);
    await userEvent.tab();
    await expect(onHover).toHaveBeenLastCalledWith('customers');
    await userEvent.keyboard('{ArrowRight}');
    await expect(onHover).toHaveBeenLastCalledWith('market');
    await userEvent.tab();
    await expect(onHover).toHaveBeenLastCalledWith(null);
  },
};

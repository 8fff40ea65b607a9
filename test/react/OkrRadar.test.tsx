import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeOkrs, type ObjectiveInput, OkrRadar } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { COMPANY, COMPANY_NOW, Q1_2026 } from '../fixtures/scenarios';

const company = analyzeOkrs(COMPANY, { now: COMPANY_NOW });
const withTitles = (titles: string[]) =>
  analyzeOkrs(
    {
      cycle: Q1_2026,
      objectives: titles.map(
        (title, i): ObjectiveInput => ({ id: `o${i}`, title, progress: 0.1 * (i + 1) }),
      ),
    },
    { now: '2026-02-15' },
  );

describe('OkrRadar', () => {
  it('tells screen readers the summary and shows the data as a table on request', async () => {
    const user = userEvent.setup();
    render(<OkrRadar report={company} />);
    const chart = screen.getByRole('listbox', { name: 'Progress by objective' });
    const summary = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(summary?.textContent).toBe(
      '5 objectives, balance 43 of 100, unbalanced, 3 at risk or worse.',
    );
    // Not rendered on mount: one button away, for everyone.
    expect(screen.queryByRole('table')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show data' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    const table = screen.getByRole('table', { name: 'Progress of each objective' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    expect(toggle.textContent).toBe('Hide data');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['20%', '60%', 'Severely lagging']);
  });

  it('offers no data button when the host shows the data in a table of its own', () => {
    render(<OkrRadar report={company} dataTable={false} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show data' })).toBeNull();
    // The summary and the named options still carry every value.
    expect(screen.getAllByRole('option')).toHaveLength(5);
    const summary = document.getElementById(
      screen.getByRole('listbox').getAttribute('aria-describedby') ?? '',
    );
    expect(summary?.textContent).toBe(
      '5 objectives, balance 43 of 100, unbalanced, 3 at risk or worse.',
    );
  });

  it('offers one option per objective, named with progress, expected pace and status', () => {
    render(<OkrRadar report={company} />);
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(5);
    expect(options[0]?.getAttribute('aria-label')).toBe(
      'Delight our customers: 20%, expected 60%, Severely lagging',
    );
    // Each option is followed by its status marker, whose shape tells the status.
    const markers = options.map((o) => o.nextElementSibling);
    expect(markers.map((m) => m?.getAttribute('class'))).toEqual(
      options.map(() => 'okr-radar__marker okr-status'),
    );
    expect(markers.map((m) => m?.getAttribute('data-status'))).toEqual([
      'off-track',
      'done',
      'at-risk',
      'at-risk',
      'on-track',
    ]);
  });

  it('is one tab stop: arrow keys move between objectives and show the tooltip', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">before</button>
        <OkrRadar report={company} />
        <button type="button">after</button>
      </>,
    );
    await user.tab();
    await user.tab();
    const chart = screen.getByRole('listbox');
    expect(document.activeElement).toBe(chart);
    const options = screen.getAllByRole('option');
    expect(chart.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Delight our customers');
    expect(tooltip.textContent).toContain('Progress 20%');
    expect(tooltip.textContent).toContain('Expected 60%');
    expect(tooltip.textContent).toContain('Projected to reach 33% by the end of the cycle');
    // The active option is described by the status's explanation, which only the tooltip shows.
    const description = document.getElementById(options[0]?.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/^Projected to reach 33% by the end of the cycle/);
    await user.keyboard('{ArrowRight}');
    expect(chart.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(
      document.getElementById(options[1]?.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe('100% complete: the objective has reached its target (done rule).');
    expect(options[0]?.getAttribute('aria-describedby')).toBeNull();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(chart.getAttribute('aria-activedescendant')).toBe(options[4]?.id);
    await user.keyboard('{Home}');
    expect(chart.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{End}');
    expect(chart.getAttribute('aria-activedescendant')).toBe(options[4]?.id);
    // The next tab stop is the chart's own "Show data" button, then the page goes on.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show data' })).toBe(document.activeElement);
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toBe(document.activeElement);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('selects with Enter and Space, and with a click, telling the host', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<OkrRadar report={company} onSelectedIdChange={onSelect} />);
    await user.tab();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('market');
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getAllByRole('option')[3] as Element);
    expect(onSelect).toHaveBeenLastCalledWith('brand');
  });

  it('follows a controlled selection', () => {
    function Host() {
      const [selected, setSelected] = useState<string | null>('revenue');
      return (
        <>
          <output>{selected ?? 'none'}</output>
          <OkrRadar report={company} selectedId={selected} onSelectedIdChange={setSelected} />
        </>
      );
    }
    render(<Host />);
    const options = screen.getAllByRole('option');
    expect(options[4]?.getAttribute('aria-selected')).toBe('true');
    act(() => fireEvent.click(options[0] as Element));
    expect(screen.getByRole('status').textContent).toBe('customers');
    expect(screen.getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('shows the tooltip on hover and hides it when the pointer leaves', () => {
    render(<OkrRadar report={company} />);
    const option = screen.getAllByRole('option')[2] as Element;
    fireEvent.pointerEnter(option);
    expect(screen.getByRole('tooltip').textContent).toContain(
      'Launch an action center for notifications',
    );
    fireEvent.pointerLeave(option);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('takes a name of the host’s for a page with several charts', () => {
    render(<OkrRadar report={company} label="Team A: progress by objective" />);
    expect(screen.getByRole('listbox', { name: 'Team A: progress by objective' })).toBeTruthy();
  });

  it('leaves browser and system shortcuts alone, selects once per key press, never scrolls', () => {
    const onSelect = vi.fn();
    render(<OkrRadar report={company} onSelectedIdChange={onSelect} />);
    const chart = screen.getByRole('listbox');
    act(() => chart.focus());
    const activeLabel = () =>
      screen
        .getAllByRole('option')
        .find((o) => o.id === chart.getAttribute('aria-activedescendant'))
        ?.getAttribute('aria-label');
    const first = activeLabel();
    // fireEvent returns false when the handler cancelled the key's default action.
    expect(fireEvent.keyDown(chart, { key: 'ArrowLeft', altKey: true })).toBe(true);
    expect(fireEvent.keyDown(chart, { key: 'ArrowRight', ctrlKey: true })).toBe(true);
    expect(activeLabel()).toBe(first);
    expect(fireEvent.keyDown(chart, { key: 'Enter' })).toBe(false);
    fireEvent.keyDown(chart, { key: 'Enter', repeat: true });
    fireEvent.keyDown(chart, { key: 'Enter', repeat: true });
    expect(onSelect).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(chart, { key: 'Escape' });
    expect(chart.hasAttribute('aria-activedescendant')).toBe(false);
    expect(fireEvent.keyDown(chart, { key: ' ' })).toBe(false);
  });

  it('hides the tooltip when the pointer leaves, after focus went with an empty report', () => {
    const { rerender } = render(<OkrRadar report={company} />);
    act(() => screen.getByRole('listbox').focus());
    rerender(<OkrRadar report={withTitles([])} />);
    rerender(<OkrRadar report={company} />);
    const option = screen.getAllByRole('option')[2] as Element;
    fireEvent.pointerEnter(option);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.pointerLeave(option);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('sets the host’s ref once, and follows a new width until it can measure', () => {
    const ref = vi.fn();
    const { rerender, container } = render(<OkrRadar ref={ref} report={company} width={600} />);
    const viewBox = () => container.querySelector('svg')?.getAttribute('viewBox');
    // StrictMode attaches twice on mount; re-renders must not attach again.
    const attached = ref.mock.calls.length;
    expect(viewBox()).toMatch(/^0 [\d.]+ 600 /);
    rerender(<OkrRadar ref={ref} report={company} width={300} />);
    rerender(<OkrRadar ref={ref} report={company} width={300} grid="circle" />);
    expect(viewBox()).toMatch(/^0 [\d.]+ 300 /);
    expect(ref).toHaveBeenCalledTimes(attached);
    expect(ref).toHaveBeenLastCalledWith(container.firstElementChild);
  });

  it('keeps the hovered objective when new data reorders the objectives, and drops it when it goes', () => {
    const reordered = analyzeOkrs(
      { ...COMPANY, objectives: [...COMPANY.objectives].reverse() },
      { now: COMPANY_NOW },
    );
    const without = analyzeOkrs(
      { ...COMPANY, objectives: COMPANY.objectives.filter((o) => o.id !== 'action-center') },
      { now: COMPANY_NOW },
    );
    const { rerender } = render(<OkrRadar report={company} />);
    const title = 'Launch an action center for notifications';
    fireEvent.pointerEnter(screen.getAllByRole('option')[2] as Element);
    expect(screen.getByRole('tooltip').textContent).toContain(title);

    rerender(<OkrRadar report={reordered} />);
    expect(screen.getByRole('tooltip').textContent).toContain(title);
    const active = screen.getAllByRole('option').find((o) => o.hasAttribute('data-active'));
    expect(active?.getAttribute('aria-label')).toContain(title);

    rerender(<OkrRadar report={without} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.getAllByRole('option').some((o) => o.hasAttribute('data-active'))).toBe(false);
  });

  it('keeps the tooltip within a narrow chart: beside a point with room, else below it', async () => {
    const user = userEvent.setup();
    // Without ResizeObserver (jsdom) the chart lays out at `width`, as on a 320 px phone.
    render(<OkrRadar report={company} width={320} />);
    await user.tab();
    // The first point sits on the top axis, in the middle: no side has room for a line.
    const tooltip = () => screen.getByRole('tooltip');
    expect(tooltip().getAttribute('data-side')).toBe('below');
    expect(tooltip().style.left).toBe('');
    await user.keyboard('{ArrowRight}');
    // The second lies right of the middle, with room on its left: the tooltip opens there, no
    // wider than that room.
    const option = screen.getAllByRole('option')[1] as Element;
    const x = Number(option.getAttribute('cx'));
    expect(x).toBeGreaterThan(160);
    expect(tooltip().getAttribute('data-side')).toBe('left');
    expect(tooltip().style.maxWidth).toBe(`min(18rem, ${Math.round(x - 16)}px)`);
  });

  it('falls back to bars for one or two objectives, and still names them', () => {
    for (const titles of [['Only one'], ['First', 'Second']]) {
      const { container, unmount } = render(<OkrRadar report={withTitles(titles)} />);
      expect(container.querySelector('.okr-radar')?.getAttribute('data-layout')).toBe('bars');
      expect(screen.getAllByRole('option')).toHaveLength(titles.length);
      unmount();
    }
  });

  it('draws 24 objectives with every label present', () => {
    const titles = Array.from(
      { length: 24 },
      (_, i) => `Objective number ${i + 1} with a long name`,
    );
    const { container } = render(<OkrRadar report={withTitles(titles)} width={320} />);
    expect(container.querySelectorAll('.okr-radar__label')).toHaveLength(24);
    expect(screen.getAllByRole('option')).toHaveLength(24);
  });

  it('draws more than 24 objectives as ranked bars, weakest first, named, walked and scrolled to', async () => {
    // jsdom scrolls nothing: the radar's call is recorded instead.
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const user = userEvent.setup();
    const title = (i: number) => `Objective ${i + 1} with a title too long for its row`;
    const report = analyzeOkrs(
      {
        cycle: Q1_2026,
        // Progress 0, 0.02, … 0.98 in a shuffled order: objective 1 at 0 %, objective 24 at 2 %.
        objectives: Array.from({ length: 50 }, (_, i) => ({
          id: `o${i}`,
          title: title(i),
          progress: ((i * 37) % 50) / 50,
        })),
      },
      { now: '2026-02-15' },
    );
    const { container } = render(<OkrRadar report={report} width={360} />);
    expect(container.querySelector('.okr-radar')?.getAttribute('data-layout')).toBe('ranked');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(50);
    expect(options[0]?.getAttribute('aria-label')).toMatch(
      /^Objective 1 with a title too long for its row: 0%, expected 50%, /,
    );
    expect(options[1]?.getAttribute('aria-label')).toMatch(
      /^Objective 24 with a title too long for its row: 2%, expected 50%, /,
    );
    // Every option's name has its own objective's progress: ranked, never falling.
    const named = options.map((o) =>
      Number(/: (\d+)%/.exec(o.getAttribute('aria-label') ?? '')?.[1]),
    );
    expect(named).toEqual([...named].sort((a, b) => a - b));
    // One line of title each, cut, the full title on hover.
    const labels = [...container.querySelectorAll('.okr-radar__label')];
    expect(labels).toHaveLength(50);
    expect(labels[0]?.querySelector('title')?.textContent).toBe(title(0));
    expect(labels[0]?.textContent).toMatch(/^Objective 1 with a title too long for its row.+…$/);
    expect(labels.flatMap((l) => [...l.querySelectorAll('tspan')])).toHaveLength(0);
    // The pointer's point shows its tooltip but scrolls nothing: the page would move under it.
    await user.hover(options[10] as Element);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    expect(scroll).not.toHaveBeenCalled();
    await user.unhover(options[10] as Element);
    await user.tab();
    const chart = screen.getByRole('listbox');
    expect(chart.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(chart.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain(title(23));
    expect(tooltip.textContent).toContain('Progress 2%');
    // The tooltip is scrolled into view, the active row with it.
    expect(scroll).toHaveBeenLastCalledWith({ block: 'nearest' });
    expect(scroll.mock.contexts.at(-1)).toBe(tooltip);
    await user.keyboard('{End}');
    expect(screen.getByRole('tooltip').textContent).toContain('Progress 98%');
    expect(scroll.mock.contexts.at(-1)).toBe(screen.getByRole('tooltip'));
    // The data table lists every objective, in the report's order.
    await user.click(screen.getByRole('button', { name: 'Show data' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(51);
    expect(rows.slice(1).map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      report.objectives.map((o) => o.title),
    );
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });

  it('keeps long, right-to-left and hostile titles as text', async () => {
    const user = userEvent.setup();
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <OkrRadar
        report={withTitles([hostile, 'تحسين تجربة العملاء في جميع القنوات', 'A'.repeat(120)])}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show data' }));
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('rowheader', { name: hostile })).toBeTruthy();
    expect(
      screen.getByRole('rowheader', { name: 'تحسين تجربة العملاء في جميع القنوات' }),
    ).toBeTruthy();
  });

  it('draws a comparison series and names it in the tooltip', () => {
    const values = Object.fromEntries(company.objectives.map((o) => [o.id, 0.5]));
    const { container } = render(
      <OkrRadar report={company} comparison={{ label: 'Last quarter', values }} />,
    );
    // One corner per objective, every one on the 50 % ring.
    const corners = (
      container.querySelector('.okr-radar__comparison')?.getAttribute('points') ?? ''
    )
      .split(' ')
      .filter(Boolean);
    expect(corners).toHaveLength(5);
    const ring = [...container.querySelectorAll('.okr-radar__grid')][1]?.getAttribute('points');
    expect(corners.join(' ')).toBe(ring);
    fireEvent.pointerEnter(screen.getAllByRole('option')[0] as Element);
    expect(screen.getByRole('tooltip').textContent).toContain('Last quarter: 50%');
  });

  it('takes an earlier report as its comparison, named by its date in the key and tooltip', () => {
    const earlier = analyzeOkrs(COMPANY, { now: '2026-02-01' });
    const shifted = {
      ...earlier,
      objectives: earlier.objectives.map((o) => ({ ...o, progress: 0.25 })),
    };
    const { container } = render(<OkrRadar report={company} comparison={shifted} />);
    expect(container.querySelector('[data-key="comparison"]')?.textContent).toBe('Feb 1, 2026');
    const corners = (
      container.querySelector('.okr-radar__comparison')?.getAttribute('points') ?? ''
    )
      .split(' ')
      .filter(Boolean);
    expect(corners).toHaveLength(5);
    fireEvent.pointerEnter(screen.getAllByRole('option')[0] as Element);
    const tooltip = screen.getByRole('tooltip').textContent;
    expect(tooltip).toContain('Feb 1, 2026: 25%');
    expect(tooltip).toContain(
      `Progress ${Math.round((company.objectives[0]?.progress ?? 0) * 100)}%`,
    );
  });

  it('names an earlier report in German dates in German', () => {
    const earlier = analyzeOkrs(COMPANY, { now: '2026-02-01' });
    const { container } = render(
      <OkrRadar report={company} comparison={earlier} locale="de-DE" messages={MESSAGES_DE} />,
    );
    expect(container.querySelector('[data-key="comparison"]')?.textContent).toBe('01.02.2026');
  });

  it('shows an empty state without objectives', () => {
    render(<OkrRadar report={withTitles([])} />);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('No objectives to show.')).toBeTruthy();
  });

  it('passes class, style, props and ref through, and speaks German', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <OkrRadar
        ref={ref}
        report={company}
        className="mine"
        style={{ maxWidth: 400 }}
        data-testid="radar"
        locale="de"
        messages={MESSAGES_DE}
      />,
    );
    const radar = screen.getByTestId('radar');
    expect(ref.current).toBe(radar);
    expect(radar.className).toBe('okr-radar mine');
    expect(radar.style.maxWidth).toBe('400px');
    expect(screen.getByRole('listbox', { name: 'Fortschritt je Objective' })).toBeTruthy();
    // The report was analysed in English; the tooltip explains in the widget's language.
    fireEvent.pointerEnter(screen.getAllByRole('option')[1] as Element);
    const why = screen.getByRole('tooltip').lastElementChild;
    expect(why?.textContent?.replaceAll('\u00a0', ' ')).toBe(
      'Fortschritt 100 %: Das Objective hat sein Ziel erreicht (Erledigt-Regel).',
    );
    expect(
      document.getElementById(
        screen.getAllByRole('option')[1]?.getAttribute('aria-describedby') ?? '',
      ),
    ).toBe(why);
  });

  it('explains every mark it draws in its key: the series, the comparison and each status drawn', () => {
    const values = Object.fromEntries(company.objectives.map((o) => [o.id, 0.5]));
    const { container } = render(
      <OkrRadar report={company} comparison={{ label: 'Q4 2025', values }} />,
    );
    const key = container.querySelector('ul[aria-hidden="true"]');
    const items = [...(key?.querySelectorAll('li') ?? [])];
    // Statuses in the catalogue's order, only those among the points: no "On track" circle
    // for a chart without one, no "Not started" ring.
    expect(items.map((item) => item.textContent)).toEqual([
      'Progress',
      'Expected pace',
      'Q4 2025',
      'Done',
      'On track',
      'At risk',
      'Severely lagging',
    ]);
    // Each status entry draws the marker the points use: same shape, same colour.
    const drawn = (status: string) =>
      container.querySelector(`.okr-radar__marker[data-status="${status}"]`);
    for (const item of items.slice(3)) {
      const marker = item.querySelector('path');
      const status = marker?.getAttribute('data-status') ?? '';
      expect(marker?.getAttribute('class')).toBe('okr-status');
      expect(drawn(status)).not.toBeNull();
    }
  });

  it('names an unnamed comparison "Comparison" in its key, and has none without one', () => {
    const values = Object.fromEntries(company.objectives.map((o) => [o.id, 0.5]));
    const { container, rerender } = render(
      <OkrRadar report={company} comparison={{ label: '', values }} />,
    );
    const texts = () =>
      [...container.querySelectorAll('ul[aria-hidden="true"] li')].map((li) => li.textContent);
    expect(texts()).toContain('Comparison');
    rerender(<OkrRadar report={company} />);
    expect(texts()).not.toContain('Comparison');
    expect(texts().slice(0, 2)).toEqual(['Progress', 'Expected pace']);
  });

  it('shows the host’s tooltip content, still linked to the active point', () => {
    const renderTooltip = vi.fn(
      (objective: { title: string; progress: number }, texts) =>
        `${objective.title} — ${texts.format('radar.progress', { progress: objective.progress })}`,
    );
    render(<OkrRadar report={company} renderTooltip={renderTooltip} />);
    const option = screen.getAllByRole('option')[0] as Element;
    fireEvent.pointerEnter(option);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toBe('Delight our customers — Progress 20%');
    expect(renderTooltip).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'customers', progress: 0.2 }),
      expect.objectContaining({ format: expect.any(Function) }),
    );
    const description = document.getElementById(option.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Delight our customers — Progress 20%');
    expect(tooltip.contains(description)).toBe(true);
  });

  it('tells the host which objective is under the pointer or the keyboard, and when none is', async () => {
    const user = userEvent.setup();
    const onHover = vi.fn();
    render(<OkrRadar report={company} onHoverObjective={onHover} />);
    const options = screen.getAllByRole('option');
    fireEvent.pointerEnter(options[2] as Element);
    expect(onHover).toHaveBeenLastCalledWith('action-center');
    fireEvent.pointerLeave(options[2] as Element);
    expect(onHover).toHaveBeenLastCalledWith(null);
    await user.tab();
    expect(onHover).toHaveBeenLastCalledWith('customers');
    await user.keyboard('{ArrowRight}');
    expect(onHover).toHaveBeenLastCalledWith('market');
    // Selecting is no move: nothing new to tell.
    await user.keyboard('{Enter}');
    expect(onHover).toHaveBeenCalledTimes(4);
    await user.tab();
    expect(onHover).toHaveBeenLastCalledWith(null);
    expect(onHover.mock.calls).toEqual([
      ['action-center'],
      [null],
      ['customers'],
      ['market'],
      [null],
    ]);
  });

  it('bounds its height with maxHeight: the chart is sized to it and keeps the full width', () => {
    const { container } = render(<OkrRadar report={company} width={1052} maxHeight={360} />);
    const svg = container.querySelector('svg');
    // Laid out 1052 wide and at most 360 high, the view trimmed to the drawing.
    expect(svg?.getAttribute('viewBox')).toBe('0 14.58 1052 298.3');
    expect(svg?.getAttribute('font-size')).toBe('12.82');
    // Until the container is measured, the drawing scales to it: the bound holds in CSS too.
    expect(svg?.style.maxHeight).toBe('360px');
  });

  it('bounds ranked bars by their scrolling box, not by shrinking every row', () => {
    const report = analyzeOkrs(
      {
        cycle: Q1_2026,
        objectives: Array.from({ length: 30 }, (_, i) => ({
          id: `o${i}`,
          title: `Objective ${i + 1}`,
          progress: i / 30,
        })),
      },
      { now: '2026-02-15' },
    );
    const { container } = render(<OkrRadar report={report} width={360} maxHeight={200} />);
    expect(container.querySelector('.okr-radar')?.getAttribute('data-layout')).toBe('ranked');
    expect(container.querySelector<HTMLElement>('.okr-radar__scroll')?.style.maxHeight).toBe(
      '200px',
    );
    expect(container.querySelector('svg')?.hasAttribute('style')).toBe(false);
  });

  it('writes no style attribute without maxHeight, and ignores one that is no height', () => {
    for (const maxHeight of [undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const { container, unmount } = render(
        <OkrRadar report={company} width={1052} maxHeight={maxHeight as number} />,
      );
      const svg = container.querySelector('svg');
      expect(svg?.hasAttribute('style')).toBe(false);
      expect(svg?.getAttribute('font-size')).toBe('16');
      unmount();
    }
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { analyzeOkrs, analyzeOrg, ProgressTrend, unitReport } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { SMALL_NOW, SMALL_ORGANISATION } from '../fixtures/organisation';
import { MARKETING, MARKETING_NOW, Q1_2026 } from '../fixtures/scenarios';

const marketing = analyzeOkrs(MARKETING, { now: MARKETING_NOW });
const AWARENESS = 'Rose from 10% to 50% over 6 check-ins; forecast 82%–114% by April 1.';
const AWARENESS_DE =
  'Gestiegen von 10\u00a0% auf 50\u00a0% in 6 Check-ins; Prognose 82\u00a0%–114\u00a0% bis 1. April.';

/** One objective with the check-ins given, analysed mid-February. */
const withHistory = (checkIns: { at: string; progress: number; note?: string }[]) =>
  analyzeOkrs(
    {
      cycle: Q1_2026,
      objectives: [{ id: 'o', title: 'Ship the app', progress: 0.3, checkIns }],
    },
    { now: '2026-02-15' },
  );

describe('ProgressTrend', () => {
  it('is a figure named for the objective, its caption the sentence of the trend', () => {
    render(<ProgressTrend report={marketing} objectiveId="awareness" />);
    const figure = screen.getByRole('figure', {
      name: 'Progress of ‘Increase brand awareness’ over time',
    });
    expect(within(figure).getByText(AWARENESS).tagName).toBe('FIGCAPTION');
    expect(figure.getAttribute('aria-describedby')).toBe(
      within(figure).getByText(AWARENESS).getAttribute('id'),
    );
  });

  it('says the sentence in German with the German catalogue', () => {
    const { container } = render(
      <ProgressTrend
        report={marketing}
        objectiveId="awareness"
        locale="de"
        messages={MESSAGES_DE}
      />,
    );
    expect(container.querySelector('figcaption')?.textContent).toBe(AWARENESS_DE);
    expect(screen.getByRole('button', { name: 'Daten zeigen' })).toBeTruthy();
  });

  it('draws a point per check-in, the line, the pace, the forecast and its band', () => {
    const { container } = render(<ProgressTrend report={marketing} objectiveId="awareness" />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('.okr-trend__point')).toHaveLength(6);
    for (const part of ['line', 'expected', 'forecast', 'band']) {
      expect(svg.querySelectorAll(`.okr-trend__${part}`)).toHaveLength(1);
    }
    const key = container.querySelector('.okr-trend__key') as HTMLElement;
    expect(key.textContent).toBe('Check-insExpected paceForecast');
    // 480 px until measured: fortnightly Monday ticks, and 0 %–125 % (the band reaches 114 %).
    const dates = [...svg.querySelectorAll('.okr-trend__x-tick text')].map((t) => t.textContent);
    expect(dates).toEqual(['Jan 5', 'Jan 19', 'Feb 2', 'Feb 16', 'Mar 2', 'Mar 16', 'Mar 30']);
    const percents = [...svg.querySelectorAll('.okr-trend__y-tick text')].map((t) => t.textContent);
    expect(percents).toEqual(['0%', '25%', '50%', '75%', '100%', '125%']);
  });

  it('shows the check-ins as a table on request and hides it again', () => {
    render(<ProgressTrend report={marketing} objectiveId="awareness" />);
    expect(screen.queryByRole('table')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show data' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const table = screen.getByRole('table', { name: 'Check-ins of ‘Increase brand awareness’' });
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Date', 'Progress'],
      ['Jan 11, 2026', '10%'],
      ['Jan 18, 2026', '20%'],
      ['Jan 25, 2026', '30%'],
      ['Feb 1, 2026', '35%'],
      ['Feb 8, 2026', '45%'],
      ['Feb 15, 2026', '50%'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Hide data' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('adds a note column when a check-in has a note', () => {
    const report = withHistory([
      { at: '2026-01-10', progress: 0.1 },
      { at: '2026-01-20', progress: 0.3, note: 'Launch slipped' },
    ]);
    render(<ProgressTrend report={report} objectiveId="o" />);
    fireEvent.click(screen.getByRole('button', { name: 'Show data' }));
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual(['DateProgressNote', 'Jan 10, 202610%', 'Jan 20, 202630%Launch slipped']);
  });

  it('says there are too few check-ins for a forecast and draws none', () => {
    const { container } = render(<ProgressTrend report={marketing} objectiveId="seo" />);
    expect(
      screen.getByText('Rose from 5% to 12% over 2 check-ins; too few check-ins for a forecast.'),
    ).toBeTruthy();
    expect(container.querySelector('.okr-trend__forecast')).toBeNull();
    expect(container.querySelector('.okr-trend__band')).toBeNull();
    expect(container.querySelector('.okr-trend__key')?.textContent).toBe('Check-insExpected pace');
  });

  it('draws a single check-in as a point without a line', () => {
    const report = withHistory([{ at: '2026-01-10', progress: 0.12 }]);
    const { container } = render(<ProgressTrend report={report} objectiveId="o" />);
    expect(
      screen.getByText('One check-in: 12% on January 10; too few check-ins for a forecast.'),
    ).toBeTruthy();
    expect(container.querySelectorAll('.okr-trend__point')).toHaveLength(1);
    expect(container.querySelector('.okr-trend__line')).toBeNull();
  });

  it('is a sparkline image named by the sentence in the compact variant, with no axes or key', () => {
    const { container } = render(
      <ProgressTrend report={marketing} objectiveId="awareness" variant="compact" />,
    );
    const image = screen.getByRole('img', { name: AWARENESS });
    expect(image.getAttribute('data-variant')).toBe('compact');
    const svg = image.querySelector('svg') as SVGSVGElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['120', '32']);
    expect(container.querySelectorAll('text')).toHaveLength(0);
    expect(container.querySelectorAll('.okr-trend__point')).toHaveLength(1);
    expect(container.querySelector('.okr-trend__key')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    [
      'an unknown objective',
      marketing,
      'nope',
      'unknown',
      'There is no objective with the id ‘nope’ in this report.',
    ],
    [
      'an objective with no check-ins',
      analyzeOkrs(
        { cycle: Q1_2026, objectives: [{ id: 'o', title: 'O', progress: 0.2 }] },
        { now: '2026-02-15' },
      ),
      'o',
      'no-history',
      'No check-ins yet: nothing to draw.',
    ],
    [
      'a team’s row',
      unitReport(analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW }), 'eng'),
      'infra',
      'unit',
      'A team has no check-ins of its own: see the trends of its objectives.',
    ],
  ])('shows a clear state for %s', (_, report, id, state, text) => {
    const { container } = render(<ProgressTrend report={report} objectiveId={id} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('data-state')).toBe(state);
    expect(root.textContent).toBe(text);
    expect(container.querySelector('svg')).toBeNull();
  });

  it('says an invalid report cannot be shown, and hands its issues to onIssues', () => {
    const onIssues = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ProgressTrend
        report={{ objectives: 'x', balance: null } as never}
        objectiveId="a"
        onIssues={onIssues}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'This report cannot be shown: 2 problems in its data (see onIssues).',
    );
    expect(onIssues).toHaveBeenCalledTimes(1);
    expect(onIssues.mock.calls[0]?.[0].map((i: { path: string }) => i.path)).toEqual([
      'report.objectives',
      'report.balance',
    ]);
    warn.mockRestore();
  });

  it('draws no NaN from a history with broken points, a broken forecast and no cycle', () => {
    const report = structuredClone(marketing);
    const awareness = report.objectives[0] as (typeof report.objectives)[number];
    awareness.history = [
      { at: Number.NaN, progress: 0.1 },
      { at: Date.parse('2026-01-11'), progress: 0.2 },
      { at: Date.parse('2026-01-18'), progress: Number.NaN },
    ];
    awareness.forecast = {
      ...(awareness.forecast as NonNullable<typeof awareness.forecast>),
      high: Number.NaN,
    };
    report.cycle = null;
    const { container } = render(<ProgressTrend report={report} objectiveId="awareness" />);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(container.querySelectorAll('.okr-trend__point')).toHaveLength(1);
  });

  it.each([
    ['null', null],
    ['a number', 5],
  ])('shows the invalid state, not a crash, for a report that is %s', (_, report) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ProgressTrend report={report as never} objectiveId="a" />);
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('invalid');
    warn.mockRestore();
  });

  it('forwards its ref, className and other attributes to the figure', () => {
    const ref = createRef<HTMLElement>();
    render(
      <ProgressTrend
        ref={ref}
        report={marketing}
        objectiveId="awareness"
        className="mine"
        data-testid="trend"
      />,
    );
    expect(ref.current?.tagName).toBe('FIGURE');
    expect(ref.current?.className).toBe('okr-trend mine');
    expect(screen.getByTestId('trend')).toBe(ref.current);
  });

  it('renders on the server with no style attribute and no NaN, and lays out in pixels once measured', async () => {
    const html = renderToString(<ProgressTrend report={marketing} objectiveId="awareness" />);
    expect(html).not.toMatch(/style=|NaN|Infinity/);
    expect(html).toContain('viewBox="0 0 480 220"');
    // Measured: the drawing takes the container's width in pixels.
    let callback: ResizeObserverCallback = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          callback = cb;
        }
        observe() {}
        disconnect() {}
      },
    );
    const { container } = render(<ProgressTrend report={marketing} objectiveId="awareness" />);
    await act(async () => {
      callback([{ contentRect: { width: 360 } } as ResizeObserverEntry], {} as ResizeObserver);
    });
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('width')).toBe('360');
    const dates = [...svg.querySelectorAll('.okr-trend__x-tick text')].map((t) => t.textContent);
    expect(dates).toEqual(['Jan', 'Feb', 'Mar', 'Apr']);
    // Its height is 40 % of its width, from 220 to 360 px.
    expect(svg.getAttribute('height')).toBe('220');
    for (const [width, height] of [
      [700, '280'],
      [1400, '360'],
    ] as const) {
      await act(async () => {
        callback([{ contentRect: { width } } as ResizeObserverEntry], {} as ResizeObserver);
      });
      expect(svg.getAttribute('height')).toBe(height);
    }
    vi.unstubAllGlobals();
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import {
  analyzeOkrs,
  CauseChecklist,
  ChangeList,
  OkrRadar,
  ProgressSpreadGauge,
  ProgressTrend,
  type Report,
  type ReportChanges,
  STATUSES,
  StatusBadge,
} from 'okr-balance';
import { Component, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPANY, COMPANY_NOW } from '../fixtures/scenarios';

const company = analyzeOkrs(COMPANY, { now: COMPANY_NOW });
// A widget given a report it cannot show says so in development: expected here, so each test
// clears what it heard (the setup fails a test on any console call left over).
const warn = () => vi.mocked(console.warn);
afterEach(() => {
  warn().mockClear();
});

const NON_FINITE = /NaN|Infinity/;
const asReport = (value: unknown) => value as Pick<Report, 'objectives' | 'balance'>;
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('widgets given a report they did not expect', () => {
  const shapes: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['another version’s shape', { items: [], score: 43 }],
    ['balance: {}', { objectives: company.objectives, balance: {} }],
    [
      'objectives without title, status or progress',
      { objectives: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], balance: company.balance },
    ],
    [
      'a numeric title',
      { objectives: company.objectives.map((o) => ({ ...o, title: 7 })), balance: company.balance },
    ],
    [
      'a status of constructor',
      {
        objectives: company.objectives.map((o) => ({ ...o, status: 'constructor' })),
        balance: company.balance,
      },
    ],
  ];

  for (const [name, report] of shapes) {
    it(`shows the radar’s and the gauge’s invalid-data state for ${name}, and tells onIssues`, () => {
      const onIssues = vi.fn();
      const { container } = render(
        <>
          <OkrRadar report={asReport(report)} onIssues={onIssues} />
          <ProgressSpreadGauge report={asReport(report)} onIssues={onIssues} />
        </>,
      );
      const alerts = screen.getAllByRole('alert');
      expect(alerts).toHaveLength(2);
      expect(alerts[0]?.textContent).toMatch(
        /^This report cannot be shown: \d+ problems? in its data/,
      );
      expect(container.querySelectorAll('[data-state="invalid"]')).toHaveLength(2);
      expect(onIssues).toHaveBeenCalledTimes(2);
      const issues = onIssues.mock.calls[0]?.[0] as { path: string; severity: string }[];
      expect(issues.length).toBeGreaterThan(0);
      expect(
        issues.every((issue) => issue.path.startsWith('report') && issue.severity === 'error'),
      ).toBe(true);
      expect(container.innerHTML).not.toMatch(NON_FINITE);
      expect(warn()).toHaveBeenCalledTimes(2);
      expect(String(warn().mock.calls[0]?.[0])).toContain(
        'okr-balance: OkrRadar cannot show this report',
      );
    });
  }

  it('keeps NaN and Infinity out of viewBox, paths and transforms for any width', () => {
    for (const width of [Number.NaN, Number.POSITIVE_INFINITY, 1e308, 0, -40, -0]) {
      const markup = renderToString(
        <>
          <OkrRadar report={company} width={width} />
          <ProgressSpreadGauge report={company} width={width} />
        </>,
      );
      expect(markup).not.toMatch(NON_FINITE);
      for (const [, box] of markup.matchAll(/viewBox="([^"]+)"/g)) {
        const numbers = (box ?? '').split(' ').map(Number);
        expect(numbers.every((n) => Number.isFinite(n) && n >= 0 && n <= 4096 * 2)).toBe(true);
      }
    }
    // A huge width is bounded: 4096 units at most (the radar's view trimmed to its drawing).
    expect(renderToString(<OkrRadar report={company} width={1e308} />)).toMatch(
      /viewBox="0 [\d.]+ 4096 /,
    );
  });

  it('never writes aria-valuenow="NaN": a score outside 0..1 is an invalid report', () => {
    const { container } = render(
      <ProgressSpreadGauge
        report={asReport({ ...company, balance: { ...company.balance, score: Number.NaN } })}
      />,
    );
    expect(screen.queryByRole('meter')).toBeNull();
    expect(container.innerHTML).not.toMatch(NON_FINITE);
  });

  it('survives a comparison without values, or with junk, on hover and focus', () => {
    for (const comparison of [
      { label: 'Before' },
      { label: 'Before', values: null },
      { label: 42, values: { customers: 'x', constructor: 0.5 } },
      'last quarter',
    ]) {
      const { unmount } = render(<OkrRadar report={company} comparison={comparison as never} />);
      fireEvent.focus(screen.getByRole('listbox'));
      fireEvent.pointerEnter(screen.getAllByRole('option')[0] as Element);
      expect(screen.getByRole('tooltip').textContent).not.toMatch(NON_FINITE);
      unmount();
    }
  });

  it('draws objectives whose ids are prototype names like any others', () => {
    const objectives = company.objectives.map((o, i) => ({ ...o, id: PROTOTYPE_NAMES[i] ?? o.id }));
    const values = Object.fromEntries(objectives.map((o) => [o.id, 0.5]));
    render(
      <OkrRadar report={{ ...company, objectives }} comparison={{ label: 'Before', values }} />,
    );
    expect(screen.getAllByRole('option')).toHaveLength(5);
    fireEvent.pointerEnter(screen.getAllByRole('option')[0] as Element);
    expect(screen.getByRole('tooltip').textContent).toContain('Before: 50%');
  });

  it('shows an unknown status as such in the badge, never a wrong label or a crash', () => {
    for (const status of [...PROTOTYPE_NAMES, 'late', '']) {
      const { container, unmount } = render(<StatusBadge status={status as never} />);
      expect(container.textContent).toBe('Unknown status');
      expect(container.querySelector('[data-status]')?.getAttribute('data-status')).toBe('unknown');
      unmount();
    }
  });
});

class Boundary extends Component<{ children: ReactNode; onError: (error: unknown) => void }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Report-shaped JSON: objects with random fields, wrong types and prototype-named ids. */
const anyId = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.integer(),
);
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(0, 0.5, 1, -0, 1e308, -1e308),
  fc.constant(null),
  fc.string({ maxLength: 3 }),
);
const reportShaped = fc.record(
  {
    objectives: fc.oneof(
      fc.array(
        fc.record(
          {
            id: anyId,
            title: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null)),
            status: fc.oneof(
              fc.constantFrom(...STATUSES, ...PROTOTYPE_NAMES),
              fc.string({ maxLength: 5 }),
            ),
            progress: anyNumber,
            expected: anyNumber,
            attainment: anyNumber,
            explanation: fc.oneof(
              fc.record({
                id: fc.constantFrom('explain.projection', 'constructor', '__proto__', 'x'),
                values: fc.dictionary(fc.string({ maxLength: 4 }), anyNumber),
              }),
              fc.jsonValue(),
            ),
            stale: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 8 },
      ),
      fc.jsonValue(),
    ),
    balance: fc.oneof(
      fc.record(
        {
          score: anyNumber,
          level: fc.constantFrom('balanced', 'uneven', 'unbalanced', 'constructor', null),
          mean: anyNumber,
          median: anyNumber,
          min: anyNumber,
          max: anyNumber,
          spread: anyNumber,
          stdDev: anyNumber,
          leaders: fc.jsonValue(),
          laggards: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
    suggestions: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('any report-shaped value', () => {
  it('server-renders every widget without throwing and without NaN or Infinity in the markup', () => {
    fc.assert(
      fc.property(
        reportShaped,
        fc.constantFrom(...STATUSES, ...PROTOTYPE_NAMES),
        (value, status) => {
          const report = asReport(value);
          const markup = renderToString(
            <>
              <OkrRadar report={report} />
              <ProgressSpreadGauge report={report} />
              <CauseChecklist report={report as Report} />
              <StatusBadge status={status as never} />
            </>,
          );
          expect(markup).not.toMatch(NON_FINITE);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('renders in the browser under an error boundary that never catches anything', () => {
    fc.assert(
      fc.property(reportShaped, (value) => {
        const onError = vi.fn();
        const report = asReport(value);
        const { container, unmount } = render(
          <Boundary onError={onError}>
            <OkrRadar report={report} />
            <ProgressSpreadGauge report={report} />
            <CauseChecklist report={report as Report} />
          </Boundary>,
        );
        const chart = screen.queryByRole('listbox');
        if (chart) {
          fireEvent.focus(chart);
          fireEvent.keyDown(chart, { key: 'ArrowRight' });
          fireEvent.keyDown(chart, { key: 'Enter' });
        }
        expect(onError).not.toHaveBeenCalled();
        expect(container.innerHTML).not.toMatch(NON_FINITE);
        unmount();
        warn().mockClear();
      }),
      { numRuns: 60 },
    );
  });
});

describe('the time widgets given anything', () => {
  it('never throw and never write NaN or Infinity, whatever report or changes they get', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (junk, id) => {
        const markup = renderToString(
          <>
            <ProgressTrend report={asReport(junk)} objectiveId={id} />
            <ProgressTrend report={company} objectiveId={id} variant="compact" />
            <ChangeList changes={junk as ReportChanges} />
          </>,
        );
        expect(markup).not.toMatch(NON_FINITE);
      }),
      { numRuns: 60 },
    );
  });

  it('draw a report whose history and forecast are junk without NaN', () => {
    const objectives = company.objectives.map((o, k) => ({
      ...o,
      history: [null, { at: Number.NaN, progress: 0.2 }, { at: k, progress: 'x' }],
      forecast: { value: Number.POSITIVE_INFINITY, low: null, high: -1 },
    }));
    const junk = asReport({ ...company, objectives });
    const markup = renderToString(
      <ProgressTrend report={junk} objectiveId={company.objectives[0]?.id ?? ''} />,
    );
    expect(markup).not.toMatch(NON_FINITE);
  });
});

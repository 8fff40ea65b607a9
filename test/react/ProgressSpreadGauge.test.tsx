import { act, render, screen, within } from '@testing-library/react';
import { analyzeOkrs, ProgressSpreadGauge } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BALANCED, BALANCED_NOW, COMPANY, COMPANY_NOW, Q1_2026 } from '../fixtures/scenarios';

const company = analyzeOkrs(COMPANY, { now: COMPANY_NOW });
/** Five objectives evenly at 20 % halfway through the cycle: balanced, and all behind. */
const allBehind = analyzeOkrs(
  {
    cycle: BALANCED.cycle,
    objectives: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: id, progress: 0.2 })),
  },
  { now: BALANCED_NOW },
);

const svgOf = (meter: HTMLElement) => meter.querySelector('svg') as SVGSVGElement;

describe('ProgressSpreadGauge', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is a meter of the balance score out of 100 whose value text says what it means', () => {
    render(<ProgressSpreadGauge report={company} />);
    const meter = screen.getByRole('meter', { name: 'Balance of progress' });
    expect(meter.getAttribute('aria-valuenow')).toBe('43');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuetext')).toBe(
      'Balance 43 of 100: Unbalanced — behind pace. Median progress 35%, expected by now 60%; attainment from 20% to 100%. 5 objectives, 3 at risk or worse.',
    );
  });

  it('shows median progress in the dial and the balance score apart, out of 100', () => {
    const meter = render(<ProgressSpreadGauge report={company} />).container
      .firstElementChild as HTMLElement;
    const dial = within(svgOf(meter) as unknown as HTMLElement);
    // The dial's middle is what the dial measures: a percentage, and says so.
    expect(dial.getByText('35%')).toBeTruthy();
    expect(dial.getByText('Median progress')).toBeTruthy();
    expect(dial.queryByText('43')).toBeNull();
    // The score sits under the dial, with its own scale and its meaning.
    const reading = screen.getByText(/^Balance/).closest('p') as HTMLElement;
    expect(reading.textContent).toBe('Balance 43 of 100 Unbalanced — behind pace');
    expect(svgOf(meter).contains(reading)).toBe(false);
  });

  it('labels the median and expected markers on the dial and explains every mark in a key', () => {
    const meter = render(<ProgressSpreadGauge report={company} />).container
      .firstElementChild as HTMLElement;
    const dial = within(svgOf(meter) as unknown as HTMLElement);
    expect(dial.getByText('Median 35%')).toBeTruthy();
    expect(dial.getByText('Expected 60%')).toBeTruthy();
    const key = meter.querySelector('.okr-gauge__key') as HTMLElement;
    expect(key.textContent).toBe(
      'Spread 20%–100%Median 35%Expected by now 60%Objectives:DoneOn trackAt riskSeverely lagging',
    );
    // Each status in the key wears the shape its ticks have.
    const shapes = [...key.querySelectorAll('[data-status] path')].map((p) => p.getAttribute('d'));
    const ticks = [...meter.querySelectorAll('.okr-gauge__tick')];
    expect(shapes).toHaveLength(4);
    expect(new Set(shapes).size).toBe(4);
    expect(ticks).toHaveLength(5);
  });

  it('says a balanced team that is all behind pace is in trouble, not in good shape', () => {
    render(<ProgressSpreadGauge report={allBehind} />);
    const meter = screen.getByRole('meter');
    expect(screen.getByText('Balanced — all behind pace')).toBeTruthy();
    expect(meter.getAttribute('data-tone')).toBe('bad');
    expect(meter.getAttribute('aria-valuetext')).toMatch(
      /^Balance 100 of 100: Balanced — all behind pace\. Median progress 20%, expected by now 5\d%;/,
    );
  });

  it('calls a balanced team on pace balanced, in the good tone', () => {
    render(<ProgressSpreadGauge report={analyzeOkrs(BALANCED, { now: BALANCED_NOW })} />);
    const meter = screen.getByRole('meter');
    expect(meter.getAttribute('aria-valuetext')).toMatch(/^Balance 9\d of 100: Balanced\./);
    expect(meter.getAttribute('data-tone')).toBe('good');
  });

  it('draws one tick per objective, shaped by status, and highlights the selected one', () => {
    const { container } = render(<ProgressSpreadGauge report={company} selectedId="brand" />);
    const ticks = [...container.querySelectorAll('path.okr-gauge__tick')];
    expect(ticks.map((t) => t.getAttribute('data-status')).sort()).toEqual([
      'at-risk',
      'at-risk',
      'done',
      'off-track',
      'on-track',
    ]);
    const selected = container.querySelectorAll('[data-selected]');
    expect(selected).toHaveLength(1);
    expect(selected[0]?.textContent).toBe('Improve brand engagement: 35%, At risk');
  });

  it('scales the default drawing to its container until it has measured it', () => {
    const svg = svgOf(
      render(<ProgressSpreadGauge report={company} />).container.firstElementChild as HTMLElement,
    );
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 240 /);
    expect(svg.hasAttribute('width')).toBe(false);
  });

  it('lays the dial out at its container’s width, with text that stays small', () => {
    let report: (entries: { contentRect: { width: number } }[]) => void = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: typeof report) {
          report = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const { container } = render(<ProgressSpreadGauge report={company} />);
    act(() => report([{ contentRect: { width: 1000 } }]));
    const svg = svgOf(container.firstElementChild as HTMLElement);
    expect(svg.getAttribute('width')).toBe('1000');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 1000 ${svg.getAttribute('height')}`);
    const label = within(svg as unknown as HTMLElement).getByText('Median 35%');
    expect(label.getAttribute('font-size')).toBe('16');
  });

  it('keeps the dial within maxHeight', () => {
    const { container } = render(
      <ProgressSpreadGauge report={company} width={800} maxHeight={200} />,
    );
    const svg = svgOf(container.firstElementChild as HTMLElement);
    expect(Number(svg.getAttribute('height'))).toBeLessThanOrEqual(200);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(190);
    expect(Number(svg.getAttribute('width'))).toBeLessThan(800);
  });

  it('shows an accessible empty state without objectives', () => {
    const empty = analyzeOkrs({ cycle: Q1_2026, objectives: [] }, { now: COMPANY_NOW });
    render(<ProgressSpreadGauge report={empty} />);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByText('No objectives to measure yet.')).toBeTruthy();
  });

  it('passes class, style, other props and the ref through, and speaks German', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ProgressSpreadGauge
        ref={ref}
        report={allBehind}
        className="mine"
        style={{ maxWidth: 300 }}
        data-testid="gauge"
        locale="de"
        messages={MESSAGES_DE}
      />,
    );
    const gauge = screen.getByTestId('gauge');
    expect(ref.current).toBe(gauge);
    expect(gauge.className).toBe('okr-gauge mine');
    expect(gauge.style.maxWidth).toBe('300px');
    expect(gauge.getAttribute('aria-label')).toBe('Ausgewogenheit des Fortschritts');
    // Intl puts a no-break space before the German per cent sign.
    expect(gauge.getAttribute('aria-valuetext')?.replaceAll('\u00a0', ' ')).toMatch(
      /^Ausgewogenheit 100 von 100: Ausgewogen – alle im Rückstand\. Median-Fortschritt 20 %, erwartet 5\d %; Zielerreichung von 20 % bis 20 %\. 5 Objectives, 5 gefährdet oder schlechter\.$/,
    );
    expect(screen.getByText('Ausgewogen – alle im Rückstand')).toBeTruthy();
    expect(screen.getByText('Median-Fortschritt')).toBeTruthy();
  });
});

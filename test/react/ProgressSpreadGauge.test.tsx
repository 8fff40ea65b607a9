import { render, screen } from '@testing-library/react';
import { analyzeOkrs, ProgressSpreadGauge } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { BALANCED, BALANCED_NOW, COMPANY, COMPANY_NOW, Q1_2026 } from '../fixtures/scenarios';

const company = analyzeOkrs(COMPANY, { now: COMPANY_NOW });

describe('ProgressSpreadGauge', () => {
  it('is a meter of the balance score out of 100 with a full value text', () => {
    render(<ProgressSpreadGauge report={company} />);
    const meter = screen.getByRole('meter', { name: 'Balance of progress' });
    expect(meter.getAttribute('aria-valuenow')).toBe('43');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuetext')).toBe(
      'Balance 43 of 100, unbalanced. Attainment from 20% to 100%, median 35%, expected by now 60%. 5 objectives, 3 at risk or worse.',
    );
  });

  it('shows the score, its level, the spread, the median and the expected pace', () => {
    const { container } = render(<ProgressSpreadGauge report={company} />);
    expect(container.querySelector('.okr-gauge__score')?.textContent).toBe('43');
    expect(screen.getByText('Unbalanced')).toBeTruthy();
    expect(screen.getByText('Spread 20%–100%')).toBeTruthy();
    expect(screen.getByText('Median 35%')).toBeTruthy();
    expect(screen.getByText('Expected 60%')).toBeTruthy();
  });

  it('draws one tick per objective, shaped by status, and highlights the selected one', () => {
    const { container } = render(<ProgressSpreadGauge report={company} selectedId="brand" />);
    const ticks = [...container.querySelectorAll('path[data-status]')];
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

  it('calls a balanced team balanced', () => {
    render(<ProgressSpreadGauge report={analyzeOkrs(BALANCED, { now: BALANCED_NOW })} />);
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toMatch(
      /^Balance 9\d of 100, balanced\./,
    );
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
        report={company}
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
    expect(gauge.getAttribute('aria-valuetext')?.replaceAll('\u00a0', ' ')).toBe(
      'Ausgewogenheit 43 von 100, unausgewogen. Zielerreichung von 20 % bis 100 %, Median 35 %, erwartet 60 %. 5 Objectives, 3 gefährdet oder schlechter.',
    );
    expect(screen.getByText('Unausgewogen')).toBeTruthy();
  });
});

import { renderHook } from '@testing-library/react';
import { OkrBalanceProvider, useOkrBalance } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { describe, expect, it, vi } from 'vitest';
import { COMPANY, COMPANY_NOW, MARKETING } from '../fixtures/scenarios';

describe('useOkrBalance', () => {
  it('keeps the same report while data and options stay the same, even written inline', () => {
    const { result, rerender } = renderHook(
      ({ okrs }) => useOkrBalance(okrs, { now: COMPANY_NOW, thresholds: { onTrack: 0.9 } }),
      { initialProps: { okrs: COMPANY } },
    );
    const first = result.current;
    expect(first.objectives).toHaveLength(5);
    rerender({ okrs: COMPANY });
    expect(result.current).toBe(first);
    rerender({ okrs: MARKETING });
    expect(result.current).not.toBe(first);
    expect(result.current.objectives).toHaveLength(6);
  });

  it('analyses again when an option changes value', () => {
    const { result, rerender } = renderHook(({ now }) => useOkrBalance(COMPANY, { now }), {
      initialProps: { now: COMPANY_NOW },
    });
    expect(result.current.elapsed).toBeCloseTo(0.6, 12);
    rerender({ now: '2026-03-01' });
    expect(result.current.elapsed).toBeCloseTo(59 / 90, 12);
  });

  it('keeps the moment of the first render when no now is given', () => {
    const { result, rerender } = renderHook(() => useOkrBalance(COMPANY));
    const first = result.current.now;
    rerender();
    expect(result.current.now).toBe(first);
  });

  it('takes the provider’s language', () => {
    const { result } = renderHook(() => useOkrBalance(COMPANY, { now: COMPANY_NOW }), {
      wrapper: ({ children }) => (
        <OkrBalanceProvider locale="de" messages={MESSAGES_DE}>
          {children}
        </OkrBalanceProvider>
      ),
    });
    expect(result.current.objectives[0]?.explanation.text).toMatch(/^Hochgerechnet/);
  });

  it('tells the host about problems once per report, and warns in development', () => {
    const onIssues = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = { cycle: COMPANY.cycle, objectives: [{ id: 'x', title: 'X', confidence: 3 }] };
    const { rerender } = renderHook(() => useOkrBalance(bad, { now: COMPANY_NOW, onIssues }));
    rerender();
    expect(onIssues).toHaveBeenCalledTimes(1);
    expect(onIssues.mock.calls[0]?.[0].map((i: { path: string }) => i.path)).toEqual([
      'objectives[0].confidence',
      'objectives[0]',
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

import { render, renderHook, screen } from '@testing-library/react';
import {
  DEFAULT_SUGGESTION_RULES,
  type Issue,
  OkrBalanceBoard,
  OkrBalanceProvider,
  useOkrBalance,
} from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { useState } from 'react';
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
    vi.useFakeTimers({ now: new Date('2026-02-01T00:00:00Z'), toFake: ['Date'] });
    // A new options object with other values each render: the analysis runs again, and time
    // still stands at the first render's moment.
    const { result, rerender } = renderHook(
      ({ onTrack }) => useOkrBalance(COMPANY, { thresholds: { onTrack } }),
      { initialProps: { onTrack: 0.9 } },
    );
    const first = result.current;
    vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
    rerender({ onTrack: 0.8 });
    expect(result.current).not.toBe(first);
    expect(result.current.now).toBe(first.now);
    expect(result.current.now).toBe('2026-02-01T00:00:00.000Z');
  });

  it('compares inline arrays and nested objects by value', () => {
    const { result, rerender } = renderHook(() =>
      useOkrBalance(COMPANY, {
        now: COMPANY_NOW,
        suggestionRules: [...DEFAULT_SUGGESTION_RULES],
        balanceThresholds: { balanced: 0.8 },
      }),
    );
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
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

  describe('with options that can only be compared by identity', () => {
    const bad = { cycle: COMPANY.cycle, objectives: [{ id: 'x', title: 'X', confidence: 3 }] };

    // A host that keeps the issues in state and writes a pace function inline: every render
    // analyses again, and the issues must not be reported again, or the two loop forever.
    // A loop fails the test instead of hanging it.
    let renders = 0;
    const countRender = () => {
      renders += 1;
      if (renders > 20) throw new Error('render loop');
    };

    function Host({ onReport }: { onReport: (issues: Issue[]) => void }) {
      countRender();
      const [issues, setIssues] = useState<Issue[]>([]);
      useOkrBalance(bad, {
        now: COMPANY_NOW,
        pace: (t) => t,
        onIssues: (list) => {
          onReport(list);
          setIssues(list);
        },
      });
      return <p>{issues.length} problems</p>;
    }

    it('reports the same issues once, so a host that stores them in state does not loop', () => {
      renders = 0;
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onReport = vi.fn();
      render(<Host onReport={onReport} />);
      expect(screen.getByText('2 problems')).toBeTruthy();
      expect(onReport).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledTimes(1);
      warn.mockRestore();
    });

    it('does the same through the board', () => {
      renders = 0;
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onReport = vi.fn();
      function BoardHost() {
        countRender();
        const [issues, setIssues] = useState<Issue[]>([]);
        return (
          <>
            <p>{issues.length} problems</p>
            <OkrBalanceBoard
              okrs={bad}
              now={COMPANY_NOW}
              options={{ pace: (t) => t }}
              onIssues={(list) => {
                onReport(list);
                setIssues(list);
              }}
            />
          </>
        );
      }
      render(<BoardHost />);
      expect(screen.getByText('2 problems')).toBeTruthy();
      expect(onReport).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledTimes(1);
      warn.mockRestore();
    });

    it('reports again when the issues change, and after they were fixed and came back', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onIssues = vi.fn();
      const good = { cycle: COMPANY.cycle, objectives: [{ id: 'x', title: 'X', progress: 0.5 }] };
      const { rerender } = renderHook(
        ({ okrs }) => useOkrBalance(okrs, { now: COMPANY_NOW, onIssues }),
        {
          initialProps: { okrs: bad as unknown },
        },
      );
      rerender({ okrs: good });
      rerender({ okrs: bad });
      expect(onIssues).toHaveBeenCalledTimes(2);
      expect(warn).toHaveBeenCalledTimes(2);
      warn.mockRestore();
    });
  });
});

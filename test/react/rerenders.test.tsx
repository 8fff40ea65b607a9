import { fireEvent, render, screen } from '@testing-library/react';
import {
  CauseChecklist,
  OkrBalanceBoard,
  OkrRadar,
  ProgressSpreadGauge,
  StatusBadge,
  useOkrBalance,
} from 'okr-balance';
import { Profiler, type ProfilerOnRenderCallback, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BOARD_MESSAGES,
  CHECKLIST_MESSAGES,
  type DefaultMessages,
  GAUGE_MESSAGES,
  RADAR_DETAIL_MESSAGES,
} from '../../src/core';
import { MARKETING, MARKETING_NOW } from '../fixtures/scenarios';

// Every widget asks for its texts once per render, naming its own catalogue: counting those
// calls counts each widget's renders, while the Profiler shows that the interaction committed.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/react/internal/useTexts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/react/internal/useTexts')>();
  return {
    ...original,
    useTexts: (options: object, defaults: DefaultMessages) => {
      const name = widgetOf(defaults);
      renders.set(name, (renders.get(name) ?? 0) + 1);
      return original.useTexts(options, defaults);
    },
  };
});

function widgetOf(defaults: DefaultMessages): string {
  if (defaults.includes(RADAR_DETAIL_MESSAGES)) return 'radar';
  if (defaults.includes(GAUGE_MESSAGES)) return 'gauge';
  if (defaults.includes(CHECKLIST_MESSAGES)) return 'checklist';
  if (defaults.includes(BOARD_MESSAGES)) return 'board';
  return 'badge';
}

function renderBoard() {
  const commits: string[] = [];
  const onRender: ProfilerOnRenderCallback = (_id, phase) => {
    commits.push(phase);
  };
  render(
    <Profiler id="board" onRender={onRender}>
      <OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} />
    </Profiler>,
  );
  renders.clear();
  commits.length = 0;
  return commits;
}

describe('re-renders on the board', () => {
  beforeEach(() => renders.clear());

  it('hovering a radar point re-renders the radar alone', () => {
    const commits = renderBoard();
    const point = screen.getAllByRole('option')[2] as Element;
    fireEvent.pointerEnter(point);
    fireEvent.mouseEnter(point);
    expect(screen.getByRole('tooltip').textContent).toContain('Improve social media branding');
    expect(commits).toContain('update');
    expect(renders.get('radar')).toBeGreaterThan(0);
    expect(Object.fromEntries(renders)).toEqual({ radar: renders.get('radar') });
  });

  it('selecting an objective re-renders what shows the selection, not the status badges', () => {
    const commits = renderBoard();
    fireEvent.click(screen.getAllByRole('option')[2] as Element);
    expect(screen.getByText('Focused on ‘Improve social media branding’')).toBeTruthy();
    expect(commits).toContain('update');
    // The radar, the gauge (its tick) and the checklist (its focus) show the selection, and
    // the board holds it; the six badges in the list stay as they were.
    expect(renders.get('radar')).toBeGreaterThan(0);
    expect(renders.get('gauge')).toBeGreaterThan(0);
    expect(renders.get('checklist')).toBeGreaterThan(0);
    expect(renders.get('badge')).toBeUndefined();
  });
});

// The README's own composition, each widget in a Profiler of its own: a Profiler reports a
// commit whenever anything inside it rendered, so it tells which widgets an interaction reached.
function Review({ onRender }: { onRender: ProfilerOnRenderCallback }) {
  const report = useOkrBalance(MARKETING, { now: MARKETING_NOW });
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <Profiler id="radar" onRender={onRender}>
        <OkrRadar report={report} selectedId={selected} onSelectedIdChange={setSelected} />
      </Profiler>
      <Profiler id="gauge" onRender={onRender}>
        <ProgressSpreadGauge report={report} selectedId={selected} />
      </Profiler>
      <Profiler id="badges" onRender={onRender}>
        {report.objectives.map((o) => (
          <StatusBadge key={o.id} status={o.status} stale={o.stale} explanation={o.explanation} />
        ))}
      </Profiler>
      <Profiler id="checklist" onRender={onRender}>
        <CauseChecklist report={report} objectiveId={selected ?? undefined} />
      </Profiler>
    </>
  );
}

describe('re-renders of widgets a host places itself, by the React Profiler', () => {
  it('hovering and arrowing over the radar commit the radar’s Profiler alone', () => {
    const committed: string[] = [];
    render(<Review onRender={(id, phase) => committed.push(`${id} ${phase}`)} />);
    expect(committed).toEqual(['radar mount', 'gauge mount', 'badges mount', 'checklist mount']);
    committed.length = 0;

    const point = screen.getAllByRole('option')[1] as Element;
    fireEvent.pointerEnter(point);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.pointerLeave(point);
    const listbox = screen.getByRole('listbox');
    fireEvent.focus(listbox);
    fireEvent.keyDown(listbox, { key: 'ArrowRight' });
    expect(screen.getByRole('tooltip')).toBeTruthy();
    expect(committed.length).toBeGreaterThanOrEqual(4);
    expect(new Set(committed)).toEqual(new Set(['radar update']));
  });

  it('a selection held by the host commits every Profiler, as the host re-renders', () => {
    // The control for the test above: a state change above the widgets reaches every Profiler,
    // so the radar's alone there is the radar keeping its hover to itself.
    const committed: string[] = [];
    render(<Review onRender={(id, phase) => committed.push(`${id} ${phase}`)} />);
    committed.length = 0;
    fireEvent.click(screen.getAllByRole('option')[1] as Element);
    expect(new Set(committed)).toEqual(
      new Set(['radar update', 'gauge update', 'badges update', 'checklist update']),
    );
  });
});

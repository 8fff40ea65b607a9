import { render, screen, within } from '@testing-library/react';
import {
  analyzeOkrs,
  ChangeList,
  compareReports,
  type ObjectiveInput,
  type ReportChanges,
} from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// Both on 15 February (e = 0.5): on track from 45 %, behind from 35 %, at risk from 20 %.
const CYCLE = { start: '2026-01-01', end: '2026-04-01' } as const;
const goal = (id: string, progress: number): ObjectiveInput => ({
  id,
  title: `Goal ${id}`,
  progress,
});
const report = (objectives: ObjectiveInput[]) =>
  analyzeOkrs({ cycle: CYCLE, objectives }, { now: '2026-02-15' });
const changes = () =>
  compareReports(
    report([goal('a', 0.5), goal('b', 0.5), goal('c', 0.2), goal('gone', 0.3)]),
    report([goal('a', 0.52), goal('b', 0.1), goal('c', 0.5), goal('new', 0.4)]),
  );
const rowTexts = () =>
  screen.getAllByRole('listitem').map((row) => row.textContent?.replace(/\s+/g, ' ').trim());

describe('ChangeList', () => {
  it('lists what got worse first, each with its statuses and progress, and counts the rest', () => {
    render(<ChangeList changes={changes()} />);
    const region = screen.getByRole('region', { name: 'Changes since Feb 15, 2026' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(4);
    expect(rowTexts()).toEqual([
      'Worse Goal b On track → to Severely lagging 50% → 10% · -40 points',
      'Better Goal c At risk → to On track 20% → 50% · +30 points',
      'New Goal new Lagging now 40%',
      'Gone Goal gone At risk was 30%',
    ]);
    expect(screen.getByText('1 more entry is unchanged.')).toBeTruthy();
  });

  it('lists the unchanged too when asked', () => {
    render(<ChangeList changes={changes()} showUnchanged />);
    expect(rowTexts().at(-1)).toBe('Unchanged Goal a On track → to On track 50% → 52% · +2 points');
    expect(screen.queryByText(/unchanged\./)).toBeNull();
  });

  it('says when nothing changed', () => {
    const same = report([goal('a', 0.5)]);
    const { container } = render(<ChangeList changes={compareReports(same, same)} />);
    expect(screen.getByText('Nothing changed since Feb 15, 2026.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('empty');
  });

  it('shows the invalid state and tells the host once for changes it cannot read', () => {
    const onIssues = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = { from: null, to: { now: 'x' }, objectives: [{ id: 1 }] };
    render(<ChangeList changes={bad as unknown as ReportChanges} onIssues={onIssues} />);
    expect(screen.getByRole('status').textContent).toBe(
      'These changes cannot be shown: 5 problems in their data (see onIssues).',
    );
    expect(onIssues).toHaveBeenCalledTimes(1);
    expect(onIssues.mock.calls[0]?.[0].map((i: { path: string }) => i.path)).toEqual([
      'changes.from',
      'changes.objectives[0]',
      'changes.objectives[0].change',
      'changes.objectives[0].status',
      'changes.objectives[0].progress',
    ]);
    warn.mockRestore();
  });

  it('speaks German with the German catalogue', () => {
    render(<ChangeList changes={changes()} locale="de-DE" messages={MESSAGES_DE} />);
    expect(screen.getByRole('region', { name: 'Änderungen seit dem 15.02.2026' })).toBeTruthy();
    expect(rowTexts()[0]).toBe(
      'Schlechter Goal b Im Plan → zu Stark im Verzug 50 % → 10 % · -40 Prozentpunkte',
    );
  });

  it('renders on a server without style attributes or NaN', () => {
    const markup = renderToString(<ChangeList changes={changes()} />);
    expect(markup).not.toMatch(/\sstyle=/i);
    expect(markup).not.toContain('NaN');
  });
});

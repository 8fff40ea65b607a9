import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeOrg, type BoardExportMenuProps, ExportMenu, OkrBalanceBoard } from 'okr-balance';
import { describe, expect, it, vi } from 'vitest';
import { ORGANISATION, ORGANISATION_NOW } from '../fixtures/organisation';
import { SCENARIOS } from '../fixtures/scenarios';

describe('the board’s export menu', () => {
  it('shows none unless given one, and then beside the title', () => {
    const { rerender } = render(<OkrBalanceBoard {...SCENARIOS.marketing} />);
    expect(screen.queryByRole('button', { name: 'Export' })).toBeNull();
    rerender(<OkrBalanceBoard {...SCENARIOS.marketing} exportMenu={ExportMenu} />);
    const button = screen.getByRole('button', { name: 'Export' });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(button.closest('.okr-board__header')).toBe(heading.parentElement);
  });

  it('gives it the level shown and the earlier report at that level', async () => {
    // The organisation's data has problems on purpose: the board warns of them in development.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const menu = vi.fn((_: BoardExportMenuProps) => null);
    const earlier = analyzeOrg(ORGANISATION, { now: '2026-02-17' });
    render(
      <OkrBalanceBoard
        okrs={ORGANISATION}
        now={ORGANISATION_NOW}
        compareWith={earlier}
        exportMenu={menu}
      />,
    );
    const atOrg = menu.mock.lastCall?.[0];
    expect(atOrg?.report.objectives.map((o) => o.id)).toContain('engineering');
    expect(atOrg?.since?.now).toBe(earlier.now);
    const list = screen.getByRole('list', { name: 'Teams, objectives and their status' });
    await userEvent.setup().click(within(list).getByRole('button', { name: /^Engineering/ }));
    const atTeam = menu.mock.lastCall?.[0];
    const ids = atTeam?.report.objectives.map((o) => o.id) ?? [];
    expect(ids).not.toContain('engineering');
    expect(ids.length).toBeGreaterThan(0);
    // The earlier report at Engineering's level: its rows are Engineering's then.
    expect(atTeam?.since?.objectives.map((o) => o.id).sort()).toEqual([...ids].sort());
    // The slide is titled as the board is: the team's name at its level.
    expect(atTeam?.title).toBe('Engineering — OKR balance Q1 2026');
    warn.mockRestore();
  });

  it('shows none on an empty board', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <OkrBalanceBoard
        okrs={{ cycle: { start: '2026-01-01', end: '2026-04-01' }, objectives: [] }}
        now="2026-02-15"
        exportMenu={ExportMenu}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Export' })).toBeNull();
    warn.mockRestore();
  });
});

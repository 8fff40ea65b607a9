import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { analyzeOrg, createFormatter } from '../../src/core';
import { MESSAGES_DE } from '../../src/locales/de';
import { BoardIssues } from '../../src/react/board/BoardIssues';

// The board's problem banner with an organisation's problems: the board shows what
// `analyzeOrg` reports about the teams, in the words of the people who entered them.
const input = {
  cycle: { start: '2026-01-01', end: '2026-04-01' },
  teams: [
    { id: 'eng', name: 'Engineering' },
    { id: 'ops', name: 'Operations', parentId: 'nowhere' },
  ],
  objectives: [
    { id: 'o1', title: 'Ship it', progress: 0.4, team: 'eng' },
    { id: 'o2', title: 'Run it', progress: 0.4, team: 'ops' },
    { id: 'o3', title: 'Launch app', progress: 0.4, team: 'mobile' },
  ],
};
const { issues } = analyzeOrg(input, { now: '2026-02-15' });

describe('BoardIssues with an organisation', () => {
  it('lists each team problem in plain words under its one-line summary', async () => {
    const user = userEvent.setup();
    render(<BoardIssues issues={issues} okrs={input} format={createFormatter()} />);
    await user.click(screen.getByText('Some of the data could not be used as it is: 2 problems.'));
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Team ‘Operations’: its parent team does not exist. Placed directly under the organisation.',
      '‘Launch app’: ‘team’ names a team that is not in the list of teams. Shown under ‘Unassigned’.',
    ]);
    expect(screen.getByRole('list').textContent).not.toMatch(/teams\[|parentId|objectives\[/);
  });

  it('speaks the board’s language', async () => {
    const user = userEvent.setup();
    const format = createFormatter({ locale: 'de-DE', messages: MESSAGES_DE });
    render(<BoardIssues issues={issues} okrs={input} format={format} />);
    await user.click(screen.getByText(/2 Probleme/));
    expect(within(screen.getByRole('list')).getAllByRole('listitem')[0]?.textContent).toBe(
      'Team „Operations“: sein übergeordnetes Team gibt es nicht. Direkt unter die Organisation gestellt.',
    );
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeOrg, OkrRadar, StatusBadge, unitReport } from 'okr-balance';
import { describe, expect, it } from 'vitest';
import { SMALL_NOW, SMALL_ORGANISATION } from '../fixtures/organisation';

// The radar and the badge carry no organisation texts (they stay out of their bundles): a team's
// roll-up explanation then reads as the analysis wrote it, never as a message id.
const organisation = () => unitReport(analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW }), '@org');

describe('explanations of team rows outside the board', () => {
  it('shows the analysis’s sentence in a badge', async () => {
    const team = organisation().objectives[0];
    if (!team) throw new Error('no team row');
    render(<StatusBadge status={team.status} explanation={team.explanation} />);
    await userEvent.tab();
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toBe(team.explanation.text);
    expect(tip.textContent).not.toMatch(/^org\./);
  });

  it('shows the analysis’s sentence in the radar’s tooltip', async () => {
    const report = organisation();
    const team = report.objectives[0];
    render(<OkrRadar report={report} />);
    await userEvent.tab();
    expect(screen.getByRole('tooltip').textContent).toContain(team?.explanation.text);
  });
});

// @vitest-environment node
// OrgTable on a server: no window, no document, no layout; a bounded first page of rows.
import { analyzeOrg, type ObjectiveInput, OrgTable, type TeamInput } from 'okr-balance';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_NOW } from '../fixtures/organisation';

/** An organisation of `count` teams directly under it, one objective each. */
function flat(count: number) {
  const teams: TeamInput[] = [];
  const objectives: ObjectiveInput[] = [];
  for (let k = 0; k < count; k++) {
    teams.push({ id: `t${k}`, name: `Team ${k}` });
    objectives.push({ id: `o${k}`, title: `Goal ${k}`, team: `t${k}`, progress: 0.5 });
  }
  return analyzeOrg(
    { cycle: { start: '2026-01-01', end: '2026-04-01' }, teams, objectives },
    { now: ORGANISATION_NOW },
  );
}

describe('OrgTable on the server', () => {
  it('renders without a window: the header and the first 26 of 5,001 rows', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<OrgTable report={flat(5_000)} />);
    expect(html).toContain('role="treegrid"');
    expect(html).toContain('aria-rowcount="5002"');
    // A first page of 20 rows of 44 px, and the virtualiser's 6 rows of overscan.
    expect(html.match(/<tr /g)).toHaveLength(1 + 26);
    expect(html).toContain('Team 24');
    expect(html).not.toContain('Team 25<');
    // Nothing a page with `style-src 'self'` would refuse.
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('renders an invalid report as its alert', () => {
    const html = renderToString(<OrgTable report={null as never} />);
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('treegrid');
  });
});

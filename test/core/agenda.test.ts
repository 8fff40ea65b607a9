import { describe, expect, it } from 'vitest';
import { analyzeOkrs, reviewAgenda } from '../../src/core';
import { MESSAGES_DE } from '../../src/locales/de';
import { COMPANY, COMPANY_NOW, MARKETING, MARKETING_NOW, Q1_2026 } from '../fixtures/scenarios';

describe('reviewAgenda', () => {
  const agenda = reviewAgenda(analyzeOkrs(MARKETING, { now: MARKETING_NOW }));

  it('lists every objective with its progress, status and movement', () => {
    expect(agenda.progress.map((item) => [item.objectiveId, item.status])).toEqual([
      ['awareness', 'on-track'],
      ['engagement', 'ahead'],
      ['social', 'behind'],
      ['leads', 'ahead'],
      ['seo', 'off-track'],
      ['content', 'on-track'],
    ]);
    expect(agenda.progress[0]?.movement).toBeCloseTo(0.05, 12);
    expect(agenda.progress[2]?.movement).toBe(0);
  });

  it('plans with the remedies of the strongest suggested cause', () => {
    expect(agenda.plans.map((plan) => [plan.objectiveId, plan.causeId])).toEqual([
      ['social', 'leader.no-follow-through'],
      ['seo', 'team.capacity-imbalance'],
    ]);
    expect(agenda.plans[0]?.remedies.length).toBeGreaterThan(0);
  });

  it('lists the problems with their likely causes, strong ones first', () => {
    expect(agenda.problems).toEqual([
      {
        objectiveId: 'seo',
        title: 'Enhance on-page SEO',
        status: 'off-track',
        causes: [
          { causeId: 'team.capacity-imbalance', title: expect.any(String), strength: 'strong' },
          { causeId: 'process.no-meeting-cadence', title: expect.any(String), strength: 'strong' },
          { causeId: 'target.too-aggressive', title: expect.any(String), strength: 'possible' },
        ],
      },
    ]);
  });

  it('writes Markdown ready to paste', () => {
    const lines = agenda.markdown.split('\n');
    expect(lines[0]).toBe('# OKR review: Q1 2026');
    expect(lines).toContain('## Progress');
    expect(lines).toContain(
      '- Increase brand awareness: 50%, On track (+5 points since the previous check-in)',
    );
    expect(lines).toContain('## Plans');
    expect(agenda.markdown).toMatch(
      /- \*\*Improve social media branding\*\* \(Lagging\): Does not follow through\n {2}- /,
    );
    expect(lines).toContain('## Problems');
    expect(agenda.markdown.endsWith('\n')).toBe(true);
  });

  it('says when a section is empty and escapes host text', () => {
    const report = analyzeOkrs(
      { cycle: Q1_2026, objectives: [{ id: 'x', title: 'Ship *v2* [beta] <now>', progress: 0.5 }] },
      { now: '2026-02-15' },
    );
    const { markdown, plans, problems } = reviewAgenda(report);
    expect(plans).toEqual([]);
    expect(problems).toEqual([]);
    expect(markdown).toContain('Ship \\*v2\\* \\[beta\\] \\<now\\>: 50%, On track');
    expect(markdown.match(/Nothing to discuss here\./g)).toHaveLength(2);
  });

  it('speaks the host’s language', () => {
    const report = analyzeOkrs(COMPANY, { now: COMPANY_NOW, locale: 'de', messages: MESSAGES_DE });
    const { markdown, plans } = reviewAgenda(report, { messages: MESSAGES_DE });
    expect(markdown).toContain('Stark im Verzug');
    expect(markdown).not.toContain('Progress');
    // The plans' remedies and the problems' causes come from the German catalogue too.
    const cause = plans[0]?.causeId;
    expect(plans[0]?.remedies.join('\n')).toBe(MESSAGES_DE[`cause.${cause}.remedies`]);
    expect(plans[0]?.causeTitle).toBe(MESSAGES_DE[`cause.${cause}.title`]);
    expect(markdown).toContain(`${MESSAGES_DE['cause.target.too-aggressive.title']} (Möglich)`);
  });
});

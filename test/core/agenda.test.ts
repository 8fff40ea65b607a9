import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  type CatalogEntry,
  type ObjectiveInput,
  type Report,
  reviewAgenda,
  type SuggestionRule,
} from '../../src/core';
import { escapeMarkdown } from '../../src/core/agenda';
import { MESSAGES_DE } from '../../src/locales/de';
import { COMPANY, COMPANY_NOW, MARKETING, MARKETING_NOW, Q1_2026 } from '../fixtures/scenarios';

// Every agenda is built inside its test, so a change that makes `reviewAgenda` throw fails the
// tests rather than the file's collection.
const marketing = () => reviewAgenda(analyzeOkrs(MARKETING, { now: MARKETING_NOW }));

const SOCIAL_REMEDIES = [
  'Name one owner who reports on it every week.',
  'Split the remaining work into steps with dates.',
  'Have the leader give feedback at every check-in.',
];
const CAPACITY_REMEDIES = [
  'Move people from the objective that is ahead to the one that lags.',
  'Review how people are split at every review meeting.',
  'Estimate the effort of each objective before staffing it.',
];

describe('reviewAgenda', () => {
  it('lists every objective with its progress, status and movement', () => {
    const agenda = marketing();
    expect(agenda.progress.map((item) => [item.objectiveId, item.status])).toEqual([
      ['awareness', 'on-track'],
      ['engagement', 'ahead'],
      ['social', 'behind'],
      ['leads', 'ahead'],
      ['seo', 'off-track'],
      ['content', 'on-track'],
    ]);
    expect(agenda.progress[0]).toEqual({
      objectiveId: 'awareness',
      title: 'Increase brand awareness',
      progress: 0.5,
      status: 'on-track',
      movement: expect.closeTo(0.05, 12),
    });
    expect(agenda.progress[2]?.movement).toBe(0);
  });

  it('plans with the remedies of the strongest suggested cause', () => {
    expect(marketing().plans).toEqual([
      {
        objectiveId: 'social',
        title: 'Improve social media branding',
        status: 'behind',
        causeId: 'leader.no-follow-through',
        causeTitle: 'Does not follow through',
        remedies: SOCIAL_REMEDIES,
      },
      {
        objectiveId: 'seo',
        title: 'Enhance on-page SEO',
        status: 'off-track',
        causeId: 'team.capacity-imbalance',
        causeTitle: 'Over or under capacity',
        remedies: CAPACITY_REMEDIES,
      },
    ]);
  });

  it('lists the problems with their likely causes, strong ones first', () => {
    expect(marketing().problems).toEqual([
      {
        objectiveId: 'seo',
        title: 'Enhance on-page SEO',
        status: 'off-track',
        causes: [
          {
            causeId: 'team.capacity-imbalance',
            title: 'Over or under capacity',
            strength: 'strong',
          },
          {
            causeId: 'process.no-meeting-cadence',
            title: 'No set meeting frequency',
            strength: 'strong',
          },
          { causeId: 'target.too-aggressive', title: 'Too aggressive', strength: 'possible' },
        ],
      },
    ]);
  });

  it('writes Markdown ready to paste', () => {
    expect(marketing().markdown).toBe(
      [
        '# OKR review: Q1 2026',
        '',
        '## Progress',
        '',
        '- Increase brand awareness: 50%, On track (+5 points since the previous check-in)',
        '- Boost customer engagement: 70%, Exceeding (+10 points since the previous check-in)',
        '- Improve social media branding: 38%, Lagging (0 points since the previous check-in)',
        '- Establish a lead generation engine: 80%, Exceeding (+10 points since the previous check-in)',
        '- Enhance on-page SEO: 12%, Severely lagging (+7 points since the previous check-in)',
        '- Streamline content creation: 48%, On track (+6 points since the previous check-in)',
        '',
        '## Plans',
        '',
        '- **Improve social media branding** (Lagging): Does not follow through',
        ...SOCIAL_REMEDIES.map((remedy) => `  - ${remedy}`),
        '- **Enhance on-page SEO** (Severely lagging): Over or under capacity',
        ...CAPACITY_REMEDIES.map((remedy) => `  - ${remedy}`),
        '',
        '## Problems',
        '',
        '- **Enhance on-page SEO** (Severely lagging): Likely causes: Over or under capacity (Strong signal); No set meeting frequency (Strong signal); Too aggressive (Possible)',
        '',
      ].join('\n'),
    );
  });

  it('says when a section is empty and escapes host text', () => {
    const report = analyzeOkrs(
      { cycle: Q1_2026, objectives: [{ id: 'x', title: 'Ship *v2* [beta] <now>', progress: 0.5 }] },
      { now: '2026-02-15' },
    );
    const { markdown, plans, problems } = reviewAgenda(report);
    expect(plans).toEqual([]);
    expect(problems).toEqual([]);
    expect(markdown).toBe(
      [
        '# OKR review: Q1 2026',
        '',
        '## Progress',
        '',
        '- Ship \\*v2\\* \\[beta\\] \\<now\\>: 50%, On track',
        '',
        '## Plans',
        '',
        'Nothing to discuss here.',
        '',
        '## Problems',
        '',
        'Nothing to discuss here.',
        '',
      ].join('\n'),
    );
  });

  it('speaks the host’s language', () => {
    const report = analyzeOkrs(COMPANY, { now: COMPANY_NOW, locale: 'de', messages: MESSAGES_DE });
    const { markdown, plans } = reviewAgenda(report, { messages: MESSAGES_DE });
    expect(markdown).toContain('Stark im Verzug');
    expect(markdown).not.toContain('Progress');
    // The plans' remedies and the problems' causes come from the German catalogue too.
    expect(plans[0]).toEqual({
      objectiveId: 'customers',
      title: 'Delight our customers',
      status: 'off-track',
      causeId: 'team.capacity-imbalance',
      causeTitle: 'Über- oder Unterbesetzung',
      remedies: [
        'Personal von dem Objective, das vorne liegt, zu dem verlagern, das zurückliegt.',
        'In jedem Review-Meeting prüfen, wie die Mitarbeitenden verteilt sind.',
        'Den Aufwand jedes Objectives abschätzen, bevor es besetzt wird.',
      ],
    });
    expect(markdown).toContain(
      '- **Delight our customers** (Stark im Verzug): Über- oder Unterbesetzung',
    );
    expect(markdown).toContain('Zu hoch gesteckt (Möglich)');
  });
});

describe('reviewAgenda on a report whose suggestions are given', () => {
  // Mid-February (t ≈ 0.5): the progress below gives each status named in its id.
  const objectives: ObjectiveInput[] = [
    { id: 'on-track', title: 'On track', progress: 0.5 },
    { id: 'behind', title: 'Behind', progress: 0.39 },
    { id: 'at-risk', title: 'At risk', progress: 0.5, confidence: 0.2 },
    { id: 'off-track', title: 'Off track', progress: 0.1 },
  ];
  const rule = (findings: [string, 'strong' | 'possible', string[]][]): SuggestionRule => ({
    id: 'given',
    evaluate: () =>
      findings.map(([causeId, strength, objectiveIds]) => ({
        causeId,
        strength,
        objectiveIds,
        evidence: { id: 'evidence.stale', values: { title: 'x', days: 1 } },
      })),
  });
  const report = (findings: [string, 'strong' | 'possible', string[]][]): Report =>
    analyzeOkrs(
      { cycle: Q1_2026, objectives },
      { now: '2026-02-15', suggestionRules: [rule(findings)] },
    );

  it('plans for every objective behind or worse and lists those at risk or worse as problems', () => {
    const given = report([]);
    expect(given.objectives.map((o) => o.status)).toEqual([
      'on-track',
      'behind',
      'at-risk',
      'off-track',
    ]);
    const agenda = reviewAgenda(given);
    expect(agenda.plans).toEqual(
      ['behind', 'at-risk', 'off-track'].map((id) => ({
        objectiveId: id,
        title: objectives.find((o) => o.id === id)?.title,
        status: id,
        causeId: null,
        causeTitle: null,
        remedies: [],
      })),
    );
    expect(agenda.problems).toEqual([
      { objectiveId: 'at-risk', title: 'At risk', status: 'at-risk', causes: [] },
      { objectiveId: 'off-track', title: 'Off track', status: 'off-track', causes: [] },
    ]);
    const noCause = 'No cause stands out in the data; go through the checklist together.';
    expect(agenda.markdown).toContain(`- **Behind** (Lagging): ${noCause}\n`);
    expect(agenda.markdown).toContain(`- **At risk** (At risk): ${noCause}\n`);
    expect(agenda.markdown.endsWith(`- **Off track** (Severely lagging): ${noCause}\n`)).toBe(true);
  });

  it('puts strong causes first, keeps the suggestions’ order otherwise, skips unknown causes', () => {
    const agenda = reviewAgenda(
      report([
        ['target.too-aggressive', 'possible', ['at-risk', 'off-track']],
        ['host.unknown', 'strong', ['at-risk']],
        ['target.wrong-kpi', 'possible', ['at-risk']],
        ['process.no-meeting-cadence', 'strong', ['at-risk']],
        ['leader.shifts-focus', 'strong', ['at-risk']],
      ]),
    );
    // `suggestCauses` already lists strong ones first; the agenda sorts again per objective.
    expect(agenda.problems[0]?.causes.map((c) => [c.causeId, c.strength])).toEqual([
      ['process.no-meeting-cadence', 'strong'],
      ['leader.shifts-focus', 'strong'],
      ['target.too-aggressive', 'possible'],
      ['target.wrong-kpi', 'possible'],
    ]);
    expect(agenda.plans.map((plan) => [plan.objectiveId, plan.causeId])).toEqual([
      ['behind', null],
      ['at-risk', 'process.no-meeting-cadence'],
      ['off-track', 'target.too-aggressive'],
    ]);
  });

  it('sorts a report’s possible-first suggestions strong-first for each objective', () => {
    const given = report([]);
    const reordered: Report = {
      ...given,
      suggestions: [
        {
          causeId: 'target.wrong-kpi',
          strength: 'possible',
          objectiveIds: ['off-track'],
          evidence: [],
        },
        {
          causeId: 'target.too-aggressive',
          strength: 'possible',
          objectiveIds: ['off-track'],
          evidence: [],
        },
        {
          causeId: 'process.no-meeting-cadence',
          strength: 'strong',
          objectiveIds: ['off-track'],
          evidence: [],
        },
        {
          causeId: 'leader.shifts-focus',
          strength: 'possible',
          objectiveIds: ['off-track'],
          evidence: [],
        },
      ],
    };
    expect(reviewAgenda(reordered).problems[1]?.causes.map((c) => c.causeId)).toEqual([
      'process.no-meeting-cadence',
      'target.wrong-kpi',
      'target.too-aggressive',
      'leader.shifts-focus',
    ]);
  });

  it('takes cause titles and remedies from the host’s catalogue', () => {
    const catalog: CatalogEntry[] = [
      {
        id: 'host.budget',
        area: 'host',
        title: 'No *budget*',
        description: 'The money ran out.',
        questions: [],
        remedies: ['Ask for [more]', 'Cut scope'],
      },
    ];
    const agenda = reviewAgenda(report([['host.budget', 'possible', ['off-track']]]), { catalog });
    expect(agenda.plans[2]).toEqual({
      objectiveId: 'off-track',
      title: 'Off track',
      status: 'off-track',
      causeId: 'host.budget',
      causeTitle: 'No *budget*',
      remedies: ['Ask for [more]', 'Cut scope'],
    });
    expect(agenda.markdown).toContain(
      '- **Off track** (Severely lagging): No \\*budget\\*\n  - Ask for \\[more\\]\n  - Cut scope\n',
    );
    expect(agenda.markdown).toContain(
      '- **Off track** (Severely lagging): Likely causes: No \\*budget\\* (Possible)\n',
    );
  });

  it('writes in the locale given, else in the report’s', () => {
    const given = report([]);
    const line = (markdown: string) => markdown.split('\n').find((l) => l.startsWith('- On track'));
    expect(line(reviewAgenda(given).markdown)).toBe('- On track: 50%, On track');
    expect(line(reviewAgenda(given, { locale: 'de' }).markdown)).toBe(
      '- On track: 50\u00a0%, On track',
    );
    const german = analyzeOkrs({ cycle: Q1_2026, objectives }, { now: '2026-02-15', locale: 'de' });
    expect(line(reviewAgenda(german).markdown)).toBe('- On track: 50\u00a0%, On track');
  });

  it('writes an agenda with nothing in it for a report of input it could not read', () => {
    const { markdown, progress } = reviewAgenda(analyzeOkrs(null, { now: '2026-02-15' }));
    expect(progress).toEqual([]);
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# OKR review:',
      '',
      '## Progress',
      '',
      'Nothing to discuss here.',
    ]);
  });

  it('leaves the heading without a cycle label when the cycle has none', () => {
    const unlabelled = analyzeOkrs(
      { cycle: { start: '2026-01-01', end: '2026-04-01' }, objectives },
      { now: '2026-02-15' },
    );
    expect(reviewAgenda(unlabelled).markdown.split('\n')[0]).toBe('# OKR review:');
  });
});

describe('escapeMarkdown', () => {
  it('escapes every inline marker and turns each line break into a space', () => {
    expect(escapeMarkdown('\\ ` * _ [ ] < > | ~')).toBe('\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\| \\~');
    // A renderer shows a run of white space as one space; the line breaks must not start a block.
    expect(escapeMarkdown('one  \n\t two\nthree')).toBe('one   \t two three');
    expect(escapeMarkdown('plain text, 100% (ok)')).toBe('plain text, 100% (ok)');
  });
});

describe('reviewAgenda since an earlier report', () => {
  const cycle = { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' };
  const goal = (id: string, progress: number) => ({ id, title: `Goal ${id}`, progress });
  const earlier = () =>
    analyzeOkrs(
      { cycle, objectives: [goal('a', 0.5), goal('b', 0.5), goal('c', 0.3), goal('gone', 0.3)] },
      { now: '2026-02-15' },
    );
  const later = () =>
    analyzeOkrs(
      { cycle, objectives: [goal('a', 0.52), goal('b', 0.1), goal('c', 0.5), goal('new', 0.1)] },
      { now: '2026-03-01' },
    );

  it('says what got worse first, how far each moved, what it was, and what is gone', () => {
    const agenda = reviewAgenda(later(), { since: earlier() });
    const progress = agenda.markdown.split('## ')[1];
    expect(progress).toBe(
      [
        'Progress',
        '',
        'Since Feb 15, 2026: 2 worse, 1 better, 1 new, 1 gone, 0 unchanged.',
        '',
        '- Goal b: 10%, Severely lagging (-40 points since Feb 15, 2026, was On track)',
        '- Goal a: 52%, Lagging (+2 points since Feb 15, 2026, was On track)',
        '- Goal c: 50%, Lagging (+20 points since Feb 15, 2026, was At risk)',
        '- Goal new: 10%, Severely lagging (new since Feb 15, 2026)',
        '- Goal gone: no longer in the report (was 30%, At risk)',
        '',
        '',
      ].join('\n'),
    );
    expect(agenda.progress.map((item) => [item.objectiveId, item.change])).toEqual([
      ['b', 'worsened'],
      ['a', 'worsened'],
      ['c', 'improved'],
      ['new', 'added'],
    ]);
    expect(agenda.changes?.objectives.map((c) => c.id)).toEqual(['b', 'a', 'c', 'new', 'gone']);
  });

  it('names the moved points alone when the status stayed', () => {
    const same = analyzeOkrs({ cycle, objectives: [goal('a', 0.6)] }, { now: '2026-02-15' });
    const agenda = reviewAgenda(same, { since: earlier() });
    expect(agenda.markdown).toContain('- Goal a: 60%, On track (+10 points since Feb 15, 2026)');
  });

  it('has no changes and the movement since the previous check-in without since', () => {
    const agenda = reviewAgenda(later());
    expect(agenda.changes).toBeNull();
    expect(agenda.progress.every((item) => item.change === undefined)).toBe(true);
    expect(agenda.markdown).not.toContain('Since');
  });
});

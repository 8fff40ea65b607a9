import { describe, expect, it } from 'vitest';
import { analyzeOkrs, analyzeOrg } from '../../src/core';
import { parseOkrCsv } from '../../src/import';
import { fixture, Q1 } from './helpers';

const NOW = '2026-02-15';
const errorsOf = (issues: readonly { severity: string }[]) =>
  issues.filter((issue) => issue.severity === 'error');

describe('sample files: European, tab-separated, long and wide', () => {
  it('reads a semicolon file with a BOM, decimal commas, grouped thousands and dd.mm.yyyy dates', () => {
    const text = fixture('european.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const result = parseOkrCsv(text);
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual({
      cycle: { start: '2026-01-01', end: '2026-04-01' },
      objectives: [
        {
          id: 'revenue',
          title: 'Grow recurring revenue',
          team: 'Sales',
          keyResults: [
            {
              id: '1',
              title: 'ARR (k€)',
              start: 1000.5,
              target: 1500,
              current: 1250.25,
              weight: 2,
            },
            {
              id: '2',
              title: 'Net retention; all plans',
              start: 0.9,
              target: 1.1,
              current: 0.95,
              weight: 1,
            },
          ],
        },
        {
          id: 'customers',
          title: 'Delight our customers',
          team: 'Support',
          keyResults: [{ id: '1', title: 'NPS', start: 20, target: 45, current: 25 }],
        },
      ],
      teams: [
        { id: 'Sales', name: 'Sales', parentId: 'Company' },
        { id: 'Company', name: 'Company' },
        { id: 'Support', name: 'Support', parentId: 'Company' },
      ],
    });
    expect(result.mapping).toMatchObject({ delimiter: ';', format: 'long', dateOrder: 'dmy' });
    expect(result.mapping.fields).toEqual({
      objectiveId: 'Objective ID',
      objective: 'Objective',
      keyResult: 'Key result',
      start: 'Start',
      target: 'Target',
      current: 'Current',
      weight: 'Weight',
      team: 'Team',
      parentTeam: 'Parent team',
      startDate: 'Start date',
      endDate: 'End date',
    });
    expect(result.mapping.unused).toEqual([]);
  });

  it('reads a tab-separated file with a quoted tab in a title and month-first dates', () => {
    const result = parseOkrCsv(fixture('tab.tsv'));
    expect(result.issues).toEqual([]);
    expect(result.mapping).toMatchObject({ delimiter: '\t', dateOrder: 'mdy' });
    expect(result.value).toEqual({
      cycle: { start: '2026-01-15', end: '2026-04-15' },
      objectives: [
        {
          id: 'Ship the mobile app',
          title: 'Ship the mobile app',
          owner: 'ana',
          keyResults: [
            { id: '1', title: 'Beta\tfor 200 testers', progress: 0.5 },
            { id: '2', title: 'App store rating', progress: 0.25 },
          ],
        },
        {
          id: 'Hire well',
          title: 'Hire well',
          owner: 'bo',
          keyResults: [{ id: '1', title: 'Two senior engineers', progress: 1 }],
        },
      ],
    });
  });

  it('groups a long file by objective title, with percentages, types, teams and parent teams', () => {
    const result = parseOkrCsv(fixture('long.csv'));
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual({
      cycle: { start: '2026-01-01', end: '2026-04-01' },
      objectives: [
        {
          id: 'Grow revenue, profitably',
          title: 'Grow revenue, profitably',
          team: 'Sales',
          type: 'committed',
          keyResults: [
            { id: '1', title: 'New logos', start: 0, target: 40, current: 30 },
            {
              id: '2',
              title: 'Expansion revenue (k$)',
              start: 1000,
              target: 1500,
              current: 1200.5,
            },
          ],
        },
        {
          id: 'Launch the partner program',
          title: 'Launch the partner program',
          team: 'Partnerships',
          type: 'aspirational',
          keyResults: [
            { id: '1', title: 'Partners signed', progress: 0.6 },
            { id: '2', title: 'Partner-sourced deals', progress: 0.25 },
          ],
        },
        {
          id: 'Cut infrastructure cost',
          title: 'Cut infrastructure cost',
          team: 'Platform',
          keyResults: [
            { id: '1', title: 'Monthly cloud bill (k$)', start: 120, target: 90, current: 105 },
          ],
        },
      ],
      teams: [
        { id: 'Sales', name: 'Sales', parentId: 'Go to market' },
        { id: 'Go to market', name: 'Go to market' },
        { id: 'Partnerships', name: 'Partnerships', parentId: 'Go to market' },
        { id: 'Platform', name: 'Platform' },
      ],
    });
  });

  it('reads a wide file: numbered key-result columns and spreadsheet serial days for the cycle', () => {
    const result = parseOkrCsv(fixture('wide.csv'));
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual({
      cycle: { start: '2026-01-01', end: '2026-04-01' },
      objectives: [
        {
          id: 'seo',
          title: 'Enhance on-page SEO',
          owner: 'Mia',
          confidence: 0.4,
          keyResults: [
            {
              id: '1',
              title: 'Pages with meta descriptions',
              start: 100,
              target: 400,
              current: 160,
            },
            { id: '2', title: 'Core web vitals passing', target: 1, current: 0.5 },
          ],
        },
        {
          id: 'content',
          title: 'Streamline content creation',
          owner: 'Noah',
          confidence: 0.8,
          keyResults: [{ id: '1', title: 'Articles a week', start: 2, target: 5, current: 3.5 }],
        },
      ],
    });
    expect(result.mapping.format).toBe('wide');
    expect(result.mapping.keyResults).toEqual([
      {
        keyResult: 'key_result_1_title',
        start: 'key_result_1_start',
        target: 'key_result_1_target',
        current: 'key_result_1_current',
      },
      {
        keyResult: 'key_result_2_title',
        target: 'key_result_2_target',
        current: 'key_result_2_current',
      },
    ]);
  });
});

describe('documented export shapes of OKR tools', () => {
  it('Betterworks: name, type, progress (0–100), start_date, end_date, owner_email', () => {
    const result = parseOkrCsv(fixture('betterworks.csv'));
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual({
      cycle: { start: '2026-01-01', end: '2026-04-01' },
      objectives: [
        {
          id: "Become the market's leading choice",
          title: "Become the market's leading choice",
          owner: 'lea@example.com',
          progress: 0.8,
          keyResults: [
            { id: '1', title: 'Win three analyst awards', progress: 1 },
            { id: '2', title: 'Reach 30% market share', progress: 0.6 },
          ],
        },
        {
          id: 'Improve brand engagement',
          title: 'Improve brand engagement',
          owner: 'kim@example.com',
          progress: 0.35,
        },
      ],
    });
    expect(result.mapping.fields).toEqual({
      objective: 'name',
      type: 'type',
      progress: 'progress',
      startDate: 'start_date',
      endDate: 'end_date',
      owner: 'owner_email',
    });
  });

  it('Culture Amp: key_result_N_title and key_result_N_completion (0–100)', () => {
    const result = parseOkrCsv(fixture('cultureamp.csv'), { cycle: Q1 });
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual({
      cycle: Q1,
      objectives: [
        {
          id: '101',
          title: 'Boost customer engagement',
          owner: 'Ava',
          keyResults: [
            { id: '1', title: 'Weekly active users +20%', progress: 0.7 },
            { id: '2', title: 'Session length +10%', progress: 0.45 },
          ],
        },
        {
          id: '102',
          title: 'Increase brand awareness',
          owner: 'Leo',
          keyResults: [{ id: '1', title: 'Share of voice 25%', progress: 0.5 }],
        },
      ],
    });
    expect(result.mapping.keyResults).toEqual([
      { keyResult: 'key_result_1_title', progress: 'key_result_1_completion' },
      { keyResult: 'key_result_2_title', progress: 'key_result_2_completion' },
    ]);
  });

  it('Atlassian Goals: sub-goals become key results, a done status counts as complete', () => {
    const result = parseOkrCsv(fixture('atlassian.csv'), { cycle: Q1 });
    expect(result.value).toEqual({
      cycle: Q1,
      objectives: [
        {
          id: 'G-1',
          title: 'Launch an action center for notifications',
          owner: 'u-17',
          keyResults: [
            { id: 'G-2', title: 'Ship the notification inbox', progress: 1 },
            { id: 'G-3', title: 'Reach 50% opt-in', progress: 0 },
          ],
        },
        { id: 'G-4', title: 'Modernise the design system', owner: 'u-30' },
      ],
    });
    expect(
      result.issues.map(({ code, row, column, message }) => ({ code, row, column, message })),
    ).toEqual([
      {
        code: 'no-value',
        row: 4,
        column: undefined,
        message:
          'row 4: key result "Reach 50% opt-in" has no target and current, nor a progress; it counts as 0',
      },
      {
        code: 'unknown-parent',
        row: 5,
        column: 'parent_goal_id',
        message:
          'row 5, column "parent_goal_id": no row has the id "G-9"; the row is read as an objective',
      },
    ]);
    // options.cycle wins, so the goals' target dates are read by nothing, and said so.
    expect(result.mapping.unused).toEqual(['targeted_at']);
    expect(result.mapping.fields).toEqual({
      objectiveId: 'goal_id',
      objective: 'name',
      owner: 'owner_id',
      parent: 'parent_goal_id',
      status: 'status',
    });
  });

  it('Peoplebox: rows under a parent row are its key results, with starting, target and current values', () => {
    const result = parseOkrCsv(fixture('peoplebox.csv'), { cycle: Q1 });
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual({
      cycle: Q1,
      objectives: [
        {
          id: '1',
          title: 'Establish a lead generation engine',
          keyResults: [
            {
              id: '2',
              title: 'Marketing-qualified leads a month',
              start: 200,
              target: 500,
              current: 440,
            },
            { id: '3', title: 'Cost per lead ($)', start: 80, target: 50, current: 56 },
          ],
        },
        {
          id: '4',
          title: 'Improve social media branding',
          keyResults: [{ id: '5', title: 'Followers (k)', start: 10, target: 20, current: 13.8 }],
        },
      ],
    });
  });
});

describe('what the core reads', () => {
  it.each([
    ['european.csv', {}],
    ['tab.tsv', {}],
    ['long.csv', {}],
    ['wide.csv', {}],
    ['betterworks.csv', {}],
    ['cultureamp.csv', { cycle: Q1 }],
    ['atlassian.csv', { cycle: Q1 }],
    ['peoplebox.csv', { cycle: Q1 }],
  ])('analyzeOkrs reads %s with no error and leaves no objective out', (name, options) => {
    const result = parseOkrCsv(fixture(name), options);
    expect(result.ok).toBe(true);
    const report = analyzeOkrs(result.value, { now: NOW });
    expect(errorsOf(report.issues)).toEqual([]);
    expect(report.objectives.map(({ id }) => id)).toEqual(
      result.value?.objectives.map(({ id }) => id),
    );
  });

  it('analyses the long file as an organisation: teams under their parent teams', () => {
    const result = parseOkrCsv(fixture('long.csv'));
    const org = analyzeOrg(result.value, { now: NOW });
    expect(errorsOf(org.issues)).toEqual([]);
    const units = Object.fromEntries(org.units.map((unit) => [unit.id, unit]));
    expect(units['Go to market']?.childIds).toEqual(['Sales', 'Partnerships']);
    expect(units.Sales?.objectiveIds).toEqual(['Grow revenue, profitably']);
    expect(units.Platform?.parentId).toBe(org.rootId);
    expect(units.Sales?.progress).toBeCloseTo((30 / 40 + 200.5 / 500) / 2, 10);
  });

  it('gives the European file the progress its decimal commas mean', () => {
    const report = analyzeOkrs(parseOkrCsv(fixture('european.csv')).value, { now: NOW });
    const [revenue, customers] = report.objectives;
    // ARR: (1250.25 − 1000.5) / (1500 − 1000.5) = 0.5; retention: (0.95 − 0.9) / 0.2 = 0.25.
    expect(revenue?.progress).toBeCloseTo((0.5 * 2 + 0.25) / 3, 10);
    expect(customers?.progress).toBeCloseTo(0.2, 10);
  });
});

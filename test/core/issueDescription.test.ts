import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  analyzeOrg,
  createFormatter,
  describeIssue,
  ISSUE_PROBLEMS,
  type Issue,
  unitReport,
} from '../../src/core';
import { MESSAGES_DE } from '../../src/locales/de';
import { issueText } from '../../src/react/board/issueText';

const issue = (path: string, code: string, severity: Issue['severity'] = 'error'): Issue => ({
  path,
  code,
  severity,
  message: '',
});
const okrs = { objectives: [{ title: '  Grow revenue ' }, { title: 42 }, {}] };

describe('describeIssue', () => {
  it('names an objective by its title in the input, trimmed, with its position and field', () => {
    expect(describeIssue(issue('objectives[0].progress', 'not-a-number', 'warning'), okrs)).toEqual(
      {
        area: 'objective',
        objective: 1,
        team: null,
        title: 'Grow revenue',
        keyResult: null,
        checkIn: null,
        field: 'progress',
        problem: 'invalid',
        outcome: 'repaired',
      },
    );
  });

  it('falls back to the position where the title is not text, missing, or the input is unreadable', () => {
    expect(describeIssue(issue('objectives[1].id', 'missing'), okrs).title).toBeNull();
    expect(describeIssue(issue('objectives[2].id', 'missing'), okrs).title).toBeNull();
    expect(describeIssue(issue('objectives[7].id', 'missing'), okrs)).toMatchObject({
      objective: 8,
      title: null,
    });
    const throwing = {
      get objectives(): never {
        throw new Error('no');
      },
    };
    expect(describeIssue(issue('objectives[0].id', 'missing'), throwing).title).toBeNull();
    expect(describeIssue(issue('objectives[0].id', 'missing'), null).title).toBeNull();
  });

  it('shortens a long title to 80 characters with an ellipsis', () => {
    const title = describeIssue(issue('objectives[0].id', 'missing'), {
      objectives: [{ title: 'x'.repeat(200) }],
    }).title;
    expect(title).toBe(`${'x'.repeat(79)}…`);
  });

  it('names the key result and check-in inside an objective, counted from 1', () => {
    expect(
      describeIssue(issue('objectives[0].keyResults[2].target', 'missing'), okrs),
    ).toMatchObject({
      objective: 1,
      keyResult: 3,
      checkIn: null,
      field: 'target',
      outcome: 'left-out',
    });
    expect(
      describeIssue(issue('objectives[0].checkIns[0].date', 'invalid-date'), okrs),
    ).toMatchObject({ keyResult: null, checkIn: 1, field: 'date', problem: 'date' });
  });

  it('tells the cycle, the options and the data as a whole apart, and what was done', () => {
    expect(describeIssue(issue('cycle.end', 'cycle-order'), okrs)).toMatchObject({
      area: 'cycle',
      field: 'end',
      problem: 'date',
      outcome: 'nothing',
    });
    expect(
      describeIssue(issue('options.thresholds.onTrack', 'negative', 'warning'), okrs),
    ).toMatchObject({ area: 'options', field: 'onTrack', outcome: 'default' });
    expect(describeIssue(issue('', 'invalid-input'), null)).toMatchObject({
      area: 'data',
      field: '',
      problem: 'unreadable',
      outcome: 'nothing',
    });
    // No objectives is a warning, but nothing is shown.
    expect(describeIssue(issue('objectives', 'no-objectives', 'warning'), okrs)).toMatchObject({
      area: 'data',
      field: '',
      problem: 'no-objectives',
      outcome: 'nothing',
    });
    expect(describeIssue(issue('objectives', 'zero-weights', 'warning'), okrs)).toMatchObject({
      problem: 'zero-weights',
      outcome: 'repaired',
    });
    // A whole objective has no field.
    expect(describeIssue(issue('objectives[1]', 'wrong-type'), okrs).field).toBe('');
  });

  it('groups every issue code the analysis gives into a kind, and unknown codes into other', () => {
    expect(describeIssue(issue('x', 'something-new'), okrs).problem).toBe('other');
    expect(describeIssue(issue('x', 'toString'), okrs).problem).toBe('other');
    const report = analyzeOkrs(
      {
        cycle: { start: '2026-01-01', end: '2026-04-01' },
        objectives: [
          { title: 'no id', progress: 0.2 },
          { id: 'a', title: 'A', progress: Number.NaN, confidence: 7 },
          { id: 'a', title: 'B', progress: 0.1, keyResults: [{ id: 'k', title: 'K', start: 0 }] },
          { id: 'c', title: 'C', progress: 0.1, createdAt: 'soon' },
        ],
      },
      { now: '2026-02-15' },
    );
    const kinds = report.issues.map((i) => describeIssue(i, null).problem);
    expect(kinds.length).toBeGreaterThan(4);
    for (const kind of kinds) expect(ISSUE_PROBLEMS).toContain(kind);
    expect(kinds).not.toContain('other');
  });
});

describe('describeIssue in an organisation', () => {
  // Every structure problem of §8 at once: a cycle (web ↔ app), a repeated id, an unknown
  // parent, a team without an id, one that is no object, one without a name, a parent that is
  // no text, an objective of an unknown team, and empty teams.
  const org = {
    cycle: { start: '2026-01-01', end: '2026-04-01' },
    teams: [
      { id: 'eng', name: 'Engineering' },
      { id: 'web', name: 'Web', parentId: 'app' },
      { id: 'app', name: 'App', parentId: 'web' },
      { id: 'eng', name: 'Engineering again' },
      { id: 'ops', name: ' Operations ', parentId: 'nowhere' },
      { name: 'No id' },
      7,
      { id: 'legal' },
      { id: 'hr', name: 'People', parentId: 5 },
    ],
    objectives: [
      { id: 'o1', title: 'Ship it', progress: 0.4, team: 'eng' },
      { id: 'o2', title: 'Launch app', progress: 0.4, team: 'mobile' },
      { id: 'o3', title: 'Run it', progress: 0.4, team: 'ops' },
      { id: 'o4', title: 'Web', progress: 0.4, team: 'web' },
      { id: 'o5', title: 'App', progress: 0.4, team: 'app' },
    ],
  };
  const en = createFormatter();
  const de = createFormatter({ locale: 'de-DE', messages: MESSAGES_DE });
  const sentences = (input: unknown, options = {}) =>
    analyzeOrg(input, { now: '2026-02-15', ...options }).issues.map((i) => [
      i.path,
      issueText(en, describeIssue(i, input)),
    ]);

  it('says where each structure problem is, what it is and what was done, in plain words', () => {
    expect(sentences(org)).toEqual([
      ['teams[3].id', 'Team ‘Engineering again’: its id is used by an earlier team too. Left out.'],
      ['teams[5].id', 'Team ‘No id’: ‘id’ is missing. Left out.'],
      ['teams[6]', 'Team 7: the entry has a value that cannot be used. Left out.'],
      ['teams[7].name', 'Team ‘legal’: ‘name’ is missing. Its id is used as its name.'],
      [
        'teams[8].parentId',
        'Team ‘People’: ‘parentId’ has a value that cannot be used. Placed directly under the organisation.',
      ],
      [
        'teams[4].parentId',
        'Team ‘Operations’: its parent team does not exist. Placed directly under the organisation.',
      ],
      [
        'teams[2].parentId',
        'Team ‘App’: its parent teams lead back to it in a cycle. Placed directly under the organisation.',
      ],
      [
        'objectives[1].team',
        '‘Launch app’: ‘team’ names a team that is not in the list of teams. Shown under ‘Unassigned’.',
      ],
      [
        'teams[7]',
        'Team ‘legal’: it has no objectives, in it or beneath it. Shown as ‘No objectives’.',
      ],
      [
        'teams[8]',
        'Team ‘People’: it has no objectives, in it or beneath it. Shown as ‘No objectives’.',
      ],
    ]);
  });

  it('says the same in German', () => {
    const issues = analyzeOrg(org, { now: '2026-02-15' }).issues;
    const german = (path: string) => {
      const found = issues.find((i) => i.path === path) as Issue;
      return issueText(de, describeIssue(found, org));
    };
    expect(german('teams[3].id')).toBe(
      'Team „Engineering again“: seine ID hat auch ein früheres Team. Weggelassen.',
    );
    expect(german('teams[2].parentId')).toBe(
      'Team „App“: seine übergeordneten Teams führen im Kreis zu ihm zurück. Direkt unter die Organisation gestellt.',
    );
    expect(german('objectives[1].team')).toBe(
      '„Launch app“: „team“ nennt ein Team, das nicht in der Liste der Teams steht. Unter „Nicht zugeordnet“ angezeigt.',
    );
    expect(german('teams[7]')).toBe(
      'Team „legal“: es hat keine Objectives, weder selbst noch darunter. Angezeigt als „Keine Objectives“.',
    );
  });

  it('names a team by its position, its name (trimmed, shortened) or else its id', () => {
    expect(describeIssue(issue('teams[4].parentId', 'unknown-parent', 'warning'), org)).toEqual({
      area: 'team',
      objective: null,
      team: 5,
      title: 'Operations',
      keyResult: null,
      checkIn: null,
      field: 'parentId',
      problem: 'unknown-parent',
      outcome: 'under-organisation',
    });
    expect(describeIssue(issue('teams[7].name', 'missing', 'warning'), org).title).toBe('legal');
    expect(describeIssue(issue('teams[6]', 'wrong-type'), org)).toMatchObject({
      team: 7,
      title: null,
      field: '',
    });
    const long = { teams: [{ id: 'x', name: 'n'.repeat(100) }] };
    expect(describeIssue(issue('teams[0]', 'empty-unit', 'warning'), long).title).toBe(
      `${'n'.repeat(79)}…`,
    );
    const throwing = {
      teams: [
        {
          get name(): never {
            throw new Error('no');
          },
        },
      ],
    };
    expect(describeIssue(issue('teams[0].id', 'missing'), throwing).title).toBeNull();
    expect(describeIssue(issue('teams[0].id', 'missing'), null).title).toBeNull();
    expect(issueText(en, describeIssue(issue('teams[2].id', 'missing'), null))).toBe(
      'Team 3: ‘id’ is missing. Left out.',
    );
  });

  it('tells each outcome for a team apart', () => {
    const outcome = (path: string, code: string, severity: Issue['severity'] = 'warning') =>
      describeIssue(issue(path, code, severity), org).outcome;
    expect(outcome('teams[1].parentId', 'parent-cycle', 'error')).toBe('under-organisation');
    expect(outcome('teams[1].parentId', 'wrong-type')).toBe('under-organisation');
    expect(outcome('teams[1].name', 'empty')).toBe('id-as-name');
    expect(outcome('teams[1]', 'empty-unit')).toBe('shown-empty');
    expect(outcome('teams[1].id', 'duplicate-id')).toBe('left-out');
    expect(outcome('teams[1].id', 'wrong-type', 'error')).toBe('left-out');
    expect(outcome('teams[1]', 'unreadable', 'error')).toBe('left-out');
    expect(outcome('teams', 'unreadable')).toBe('teams-ignored');
    expect(outcome('objectives[1].team', 'unknown-team')).toBe('unassigned');
    // The objective could not be found again in the input: still unassigned.
    expect(outcome('objectives', 'unknown-team')).toBe('unassigned');
  });

  it('describes an unusable list of teams as a whole, not as a team', () => {
    for (const teams of ['x', { length: 2 }]) {
      const input = { ...org, teams };
      expect(sentences(input)).toEqual([
        [
          'teams',
          'The list of teams: it is not a list. Each objective’s team is shown as a team directly under the organisation.',
        ],
      ]);
    }
    expect(describeIssue(issue('teams', 'unreadable', 'warning'), org)).toEqual({
      area: 'team',
      objective: null,
      team: null,
      title: null,
      keyResult: null,
      checkIn: null,
      field: '',
      problem: 'unreadable',
      outcome: 'teams-ignored',
    });
    expect(issueText(en, describeIssue(issue('teams', 'unreadable', 'warning'), org))).toBe(
      'The list of teams: it cannot be read. Each objective’s team is shown as a team directly under the organisation.',
    );
    // Only the list itself: a path that merely starts with "teams" is no team.
    expect(describeIssue(issue('teamsX', 'missing'), org).area).toBe('data');
  });

  it('words the organisation’s settings and unit look-ups', () => {
    const input = { ...org, teams: undefined };
    expect(sentences(input, { rollup: 'median', orgName: 5 })).toEqual([
      [
        'options.rollup',
        'A setting: ‘rollup’ has a value that cannot be used. The default is used instead.',
      ],
      [
        'options.orgName',
        'A setting: ‘orgName’ has a value that cannot be used. The default is used instead.',
      ],
    ]);
    const threw = () => {
      throw new Error('no');
    };
    expect(sentences(input, { rollup: threw })).toEqual([
      ['options.rollup', 'A setting: ‘rollup’ cannot be used. The default is used instead.'],
    ]);
    const report = analyzeOrg(input, { now: '2026-02-15' });
    const unknown = unitReport(report, 'nope').issues;
    expect(unknown.map((i) => issueText(en, describeIssue(i, input)))).toEqual([
      'The data: ‘unitId’ names no unit of this organisation. Nothing can be shown.',
    ]);
    const invalid = unitReport({} as never, 'nope').issues;
    expect(invalid.map((i) => issueText(en, describeIssue(i, input)))).toEqual([
      'The data: it cannot be read. Nothing can be shown.',
    ]);
  });

  it('keeps an objective’s repeated id apart from a team’s', () => {
    expect(
      issueText(en, describeIssue(issue('objectives[0].id', 'duplicate-id', 'warning'), org)),
    ).toBe('‘Ship it’: its id is used by another objective too. Corrected and shown.');
    expect(describeIssue(issue('teams[6]', 'wrong-type'), org).problem).toBe('invalid');
  });

  it('groups every issue code of the organisation analysis into a kind, never other', () => {
    const codes = ['unknown-parent', 'parent-cycle', 'unknown-team', 'empty-unit', 'unknown-unit'];
    const kinds = codes.map((code) => describeIssue(issue('x', code), null).problem);
    expect(kinds).toEqual([
      'unknown-parent',
      'parent-cycle',
      'unknown-team',
      'empty-team',
      'unknown-unit',
    ]);
    for (const kind of kinds) expect(ISSUE_PROBLEMS).toContain(kind);
    expect(describeIssue(issue('org', 'invalid-org'), null).problem).toBe('unreadable');
    expect(describeIssue(issue('options.rollup', 'unknown-rollup'), null).problem).toBe('invalid');
  });
});

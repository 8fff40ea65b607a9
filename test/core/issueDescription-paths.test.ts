// describeIssue at the edges of what it reads: paths it must not take for an objective or a
// team, positions past 9, titles at the length limit or of white space only, a path that is no
// text. (The words for each kind are in issueDescription.test.ts.)
import { describe, expect, it } from 'vitest';
import { describeIssue, type Issue } from '../../src/core';

const issue = (path: unknown, code = 'missing'): Issue =>
  ({ path, code, severity: 'error', message: '' }) as Issue;

describe('describeIssue reads positions from the start of the path only', () => {
  it('counts objectives and teams past the ninth', () => {
    const okrs = {
      objectives: Array.from({ length: 13 }, (_, i) => ({ title: `Objective ${i + 1}` })),
      teams: Array.from({ length: 11 }, (_, i) => ({ id: `t${i}`, name: `Team ${i + 1}` })),
    };
    expect(describeIssue(issue('objectives[12].title'), okrs)).toMatchObject({
      area: 'objective',
      objective: 13,
      title: 'Objective 13',
      field: 'title',
    });
    expect(describeIssue(issue('teams[10].name'), okrs)).toMatchObject({
      area: 'team',
      team: 11,
      title: 'Team 11',
    });
  });

  it('does not take a list named deeper in the path for the input’s objectives or teams', () => {
    const okrs = { objectives: [{ title: 'Grow' }], teams: [{ id: 't', name: 'Sales' }] };
    expect(describeIssue(issue('options.objectives[0]'), okrs)).toMatchObject({
      area: 'options',
      objective: null,
      team: null,
      title: null,
    });
    expect(describeIssue(issue('options.teams[0].name'), okrs)).toMatchObject({
      area: 'options',
      team: null,
      title: null,
      field: 'name',
    });
  });

  it('reads a path that is no text as the data as a whole', () => {
    for (const path of [42, null, undefined, { toString: () => 'objectives[0]' }]) {
      expect(describeIssue(issue(path), { objectives: [{ title: 'Grow' }] })).toMatchObject({
        area: 'data',
        objective: null,
        title: null,
        field: '',
      });
    }
  });
});

describe('describeIssue quotes a title as the input has it', () => {
  it('keeps a title of 80 characters whole and cuts one of 81', () => {
    const at = (title: string) =>
      describeIssue(issue('objectives[0].id'), { objectives: [{ title: ` ${title} ` }] }).title;
    expect(at('t'.repeat(80))).toBe('t'.repeat(80));
    expect(at('u'.repeat(81))).toBe(`${'u'.repeat(79)}…`);
  });

  it('has no title for a title of white space only, and then none of a team’s name either', () => {
    expect(
      describeIssue(issue('objectives[0].id'), { objectives: [{ title: ' \t\n ' }] }).title,
    ).toBeNull();
    // A team's blank name: its id instead.
    expect(
      describeIssue(issue('teams[0].parentId'), { teams: [{ id: 'sales', name: '  ' }] }).title,
    ).toBe('sales');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeOkrs, describeIssue, ISSUE_PROBLEMS, type Issue } from '../../src/core';

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

import { describe, expect, it } from 'vitest';
import { CAUSE_AREAS, CAUSES, findEntry, RED_FLAG_AREAS, RED_FLAGS } from '../../src/core';

describe('the cause catalogue', () => {
  it('has four causes in each of the four areas, in the spec’s order', () => {
    expect(CAUSES).toHaveLength(16);
    for (const area of CAUSE_AREAS) {
      expect(CAUSES.filter((c) => c.area === area)).toHaveLength(4);
    }
    expect(CAUSES.map((c) => c.id).slice(0, 4)).toEqual([
      'leader.shifts-focus',
      'leader.no-follow-through',
      'leader.lacks-expertise',
      'leader.not-trusted',
    ]);
    expect(CAUSES.every((c) => c.id.startsWith(`${c.area}.`))).toBe(true);
  });

  it('lists the six red flags in three areas', () => {
    expect(RED_FLAGS.map((f) => f.id)).toEqual([
      'red-flag.vanity-metric',
      'red-flag.no-growth-link',
      'red-flag.short-termism',
      'red-flag.rigid',
      'red-flag.misaligned',
      'red-flag.performance-review',
    ]);
    expect(RED_FLAGS.every((f) => (RED_FLAG_AREAS as readonly string[]).includes(f.area))).toBe(
      true,
    );
  });

  it('gives every entry a description of a few sentences, questions and remedies', () => {
    const titles = new Set<string>();
    for (const entry of [...CAUSES, ...RED_FLAGS]) {
      expect(
        entry.description.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0).length,
        entry.id,
      ).toBeGreaterThanOrEqual(3);
      expect(entry.questions.length, entry.id).toBeGreaterThanOrEqual(2);
      expect(
        entry.questions.every((q) => q.endsWith('?')),
        entry.id,
      ).toBe(true);
      expect(entry.remedies.length, entry.id).toBeGreaterThanOrEqual(2);
      titles.add(entry.title);
    }
    expect(titles.size).toBe(22);
  });

  it('finds an entry by id', () => {
    expect(findEntry(CAUSES, 'team.capacity-imbalance')?.area).toBe('team');
    expect(findEntry(CAUSES, 'red-flag.rigid')).toBeUndefined();
  });
});

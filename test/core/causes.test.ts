import { describe, expect, it } from 'vitest';
import {
  CAUSE_AREAS,
  CAUSES,
  type CatalogEntry,
  findEntry,
  localizeEntry,
  RED_FLAG_AREAS,
  RED_FLAGS,
} from '../../src/core';
import { MESSAGES_DE } from '../../src/locales/de';

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

describe('the catalogue in another language', () => {
  const entry = CAUSES[0] as CatalogEntry;
  const key = (field: string) => `cause.${entry.id}.${field}`;

  it('takes each text from its message, lists one item per line, and keeps the rest', () => {
    const localized = localizeEntry(entry, {
      [key('title')]: 'Titel',
      [key('remedies')]: 'Eins\nZwei',
    });
    expect(localized).toEqual({ ...entry, title: 'Titel', remedies: ['Eins', 'Zwei'] });
    expect(entry.title).toBe('Shifts focus often');
  });

  it('gives back the entry itself without messages for it, and reads no inherited key', () => {
    expect(localizeEntry(entry)).toBe(entry);
    expect(localizeEntry(entry, { 'cause.other.title': 'x' })).toBe(entry);
    const own = { id: 'toString', area: 'x', title: 'Mine', description: '' };
    expect(localizeEntry(own, {})).toBe(own);
  });

  it('has German for every text of every cause and red flag, item for item', () => {
    for (const original of [...CAUSES, ...RED_FLAGS]) {
      const german = localizeEntry(original, MESSAGES_DE);
      for (const field of ['title', 'description', 'questions', 'remedies'] as const) {
        expect(MESSAGES_DE[`cause.${original.id}.${field}`], `${original.id} ${field}`).toBeTypeOf(
          'string',
        );
      }
      expect(german.title, original.id).not.toBe(original.title);
      expect(german.questions, original.id).toHaveLength(original.questions.length);
      expect(german.remedies, original.id).toHaveLength(original.remedies.length);
      for (const text of [
        german.title,
        german.description,
        ...german.questions,
        ...german.remedies,
      ]) {
        expect(text.trim(), original.id).not.toBe('');
        expect(text, original.id).not.toMatch(/[{}\n]/);
      }
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSES, orderChecklist, type SuggestionStrength } from '../../src/core';

const strengths = (pairs: [string, SuggestionStrength][]) =>
  new Map(pairs.map(([id, strength]) => [id, { strength }]));

describe('orderChecklist', () => {
  it('puts the company scenario’s suggestions first, strong before possible, then the rest by area', () => {
    const order = orderChecklist(
      CAUSES,
      strengths([
        ['target.too-aggressive', 'possible'],
        ['team.capacity-imbalance', 'strong'],
        ['target.no-clear-plan', 'possible'],
        ['target.too-conservative', 'possible'],
      ]),
    );
    expect(order.suggested.map((index) => CAUSES[index]?.id)).toEqual([
      'team.capacity-imbalance',
      'target.too-aggressive',
      'target.too-conservative',
      'target.no-clear-plan',
    ]);
    expect(order.areas.map(({ area, items }) => [area, items])).toEqual([
      ['leader', [0, 1, 2, 3]],
      ['team', [4, 6, 7]],
      ['target', [10]],
      ['process', [12, 13, 14, 15]],
    ]);
    expect(CAUSES[10]?.id).toBe('target.wrong-kpi');
  });

  it('keeps the catalogue order among entries of the same strength', () => {
    const entries = [
      { id: 'a', area: 'x' },
      { id: 'b', area: 'x' },
      { id: 'c', area: 'y' },
      { id: 'd', area: 'y' },
    ];
    const order = orderChecklist(
      entries,
      strengths([
        ['d', 'strong'],
        ['c', 'possible'],
        ['b', 'strong'],
      ]),
    );
    expect(order).toEqual({ suggested: [1, 3, 2], areas: [{ area: 'x', items: [0] }] });
  });

  it('leaves out an area whose entries are all suggested', () => {
    const order = orderChecklist(
      [
        { id: 'a', area: 'x' },
        { id: 'b', area: 'y' },
      ],
      strengths([['a', 'possible']]),
    );
    expect(order).toEqual({ suggested: [0], areas: [{ area: 'y', items: [1] }] });
  });

  it('groups everything by area when nothing is suggested, areas in first-seen order', () => {
    const order = orderChecklist(
      [
        { id: 'a', area: 'y' },
        { id: 'b', area: 'x' },
        { id: 'c', area: 'y' },
      ],
      new Map(),
    );
    expect(order).toEqual({
      suggested: [],
      areas: [
        { area: 'y', items: [0, 2] },
        { area: 'x', items: [1] },
      ],
    });
  });

  it('returns nothing for an empty catalogue, whatever is suggested', () => {
    expect(orderChecklist([], strengths([['a', 'strong']]))).toEqual({ suggested: [], areas: [] });
  });

  it('shows an entry of an unknown strength after the possible ones instead of dropping it', () => {
    const order = orderChecklist(
      [
        { id: 'odd', area: 'x' },
        { id: 'maybe', area: 'x' },
      ],
      strengths([
        ['odd', 'certain' as SuggestionStrength],
        ['maybe', 'possible'],
      ]),
    );
    expect(order).toEqual({ suggested: [1, 0], areas: [] });
  });

  it('places every position exactly once, suggested ones first by strength, the rest under their area', () => {
    const entry = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__'),
      area: fc.constantFrom('x', 'y', 'z'),
    });
    const marks = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__'),
      fc.constantFrom<SuggestionStrength>('strong', 'possible'),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), marks, (entries, record) => {
        const suggested = strengths(Object.entries(record));
        const order = orderChecklist(entries, suggested);
        const all = [...order.suggested, ...order.areas.flatMap(({ items }) => items)];
        expect([...all].sort((a, b) => a - b)).toEqual(entries.map((_, index) => index));
        const rank = (index: number) =>
          suggested.get(entries[index]?.id ?? '')?.strength === 'strong' ? 0 : 1;
        expect(order.suggested.every((index) => suggested.has(entries[index]?.id ?? ''))).toBe(
          true,
        );
        const ranks = order.suggested.map(rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const { area, items } of order.areas) {
          expect(items.every((index) => entries[index]?.area === area)).toBe(true);
          expect(items).toEqual([...items].sort((a, b) => a - b));
        }
        expect(new Set(order.areas.map(({ area }) => area)).size).toBe(order.areas.length);
      }),
    );
  });
});

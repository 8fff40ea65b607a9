import { describe, expect, it } from 'vitest';
import type { RollupChild } from '../../src/core/org/orgTypes';
import { type RollupItem, rollUp } from '../../src/core/org/rollup';

// The roll-up rules on hand-made children, where each number can be checked by hand.
const item = (id: string, fields: Partial<RollupItem> = {}): RollupItem => ({
  id,
  title: id.toUpperCase(),
  progress: 0.5,
  attainment: 0.5,
  weight: 1,
  status: 'on-track',
  bar: 1,
  ...fields,
});

describe('weighted mean', () => {
  it('weights each child by its own weight when no weight function is given', () => {
    const result = rollUp(
      [item('a', { progress: 0.2, attainment: 0.2, weight: 3 }), item('b', { progress: 0.6 })],
      'weighted-mean',
    );
    // (0.2 × 3 + 0.6 × 1) / 4
    expect(result.progress).toBeCloseTo(0.3, 12);
    expect(result.messageId).toBe('org.explain.weighted-mean');
  });
});

describe('lowest child named in the explanation', () => {
  it('names the child with the smaller id when two are equally low, in either order', () => {
    const low = { progress: 0.1 };
    for (const items of [
      [item('b', low), item('a', low), item('c')],
      [item('a', low), item('b', low), item('c')],
    ]) {
      expect(rollUp(items, 'mean').values.lowest).toBe('A');
    }
  });
});

describe('weakest link', () => {
  it('takes the lowest attainment first, even against lower progress', () => {
    const result = rollUp(
      [
        item('a', { progress: 0.2, attainment: 0.8, bar: 0.25 }),
        item('b', { progress: 0.4, attainment: 0.4 }),
      ],
      'weakest',
    );
    expect(result.values.lowest).toBe('B');
    expect(result.progress).toBe(0.4);
  });

  it('takes the lower progress when attainments tie', () => {
    const tie = { attainment: 0.5 };
    for (const items of [
      [item('a', { ...tie, progress: 0.5 }), item('b', { ...tie, progress: 0.3, bar: 0.6 })],
      [item('b', { ...tie, progress: 0.3, bar: 0.6 }), item('a', { ...tie, progress: 0.5 })],
    ]) {
      expect(rollUp(items, 'weakest').values.lowest).toBe('B');
    }
  });

  it('takes the worse status when attainment and progress tie', () => {
    for (const items of [
      [item('a', { status: 'behind' }), item('b', { status: 'at-risk' })],
      [item('b', { status: 'at-risk' }), item('a', { status: 'behind' })],
    ]) {
      const result = rollUp(items, 'weakest');
      expect(result.values.lowest).toBe('B');
      expect(result.status).toBe('at-risk');
    }
  });

  it('takes the smaller id when everything ties', () => {
    for (const items of [
      [item('b'), item('a')],
      [item('a'), item('b')],
    ]) {
      expect(rollUp(items, 'weakest').values.lowest).toBe('A');
    }
  });
});

describe('a host function', () => {
  const two = [item('a', { progress: 0.2, bar: 0.8 }), item('b', { progress: 0.6, bar: 0.8 })];

  it('gives the progress, and the attainment is that progress over the mean bar', () => {
    const result = rollUp(two, () => 0.4);
    expect(result.progress).toBe(0.4);
    // 0.4 / 0.8
    expect(result.attainment).toBe(0.5);
    expect(result.messageId).toBe('org.explain.function');
    expect(result.failed).toBeUndefined();
  });

  it('may give 0, and a negative zero reads as 0', () => {
    expect(rollUp(two, () => 0).failed).toBeUndefined();
    expect(rollUp(two, () => 0).progress).toBe(0);
    expect(Object.is(rollUp(two, () => -0).progress, 0)).toBe(true);
  });

  it.each([
    ['a string', '0.4'],
    ['NaN', Number.NaN],
    ['a negative number', -0.1],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('is replaced by the weighted mean when it gives %s', (_, value) => {
    const result = rollUp(two, () => value as number);
    expect(result.failed).toBe('callback-result');
    expect(result.messageId).toBe('org.explain.weighted-mean');
    expect(result.progress).toBeCloseTo(0.4, 12);
  });

  it('is replaced by the weighted mean when it throws', () => {
    const result = rollUp(two, () => {
      throw new Error('no');
    });
    expect(result.failed).toBe('callback-threw');
    expect(result.messageId).toBe('org.explain.weighted-mean');
  });

  it('gets each child with its capped progress, kind and weight', () => {
    let seen: readonly RollupChild[] = [];
    rollUp(
      [item('t', { kind: 'unit', progress: 1.4, weight: 5 }), item('o')],
      (children) => {
        seen = children;
        return 0;
      },
      (child) => child.weight * 2,
    );
    expect(seen.map((c) => [c.id, c.name, c.kind, c.progress, c.weight])).toEqual([
      ['t', 'T', 'unit', 1, 10],
      ['o', 'O', 'objective', 0.5, 2],
    ]);
  });
});

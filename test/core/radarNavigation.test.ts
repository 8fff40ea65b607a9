import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { navigateRadar, type RadarNavigationEvent } from '../../src/core';

const IDS = ['a', 'b', 'c', 'd'];
const none = { activeId: null, selectedId: null };
const key = (name: string, extra: Partial<{ repeat: boolean; modified: boolean }> = {}) =>
  ({ type: 'key', key: name, ...extra }) as const;

describe('navigateRadar', () => {
  it('shows where the keyboard is on the first arrow press, then moves and wraps round', () => {
    expect(navigateRadar(IDS, none, key('ArrowRight'))).toEqual({
      activeId: 'a',
      selectedId: null,
      handled: true,
    });
    expect(navigateRadar(IDS, { ...none, activeId: 'a' }, key('ArrowRight')).activeId).toBe('b');
    expect(navigateRadar(IDS, { ...none, activeId: 'd' }, key('ArrowDown')).activeId).toBe('a');
    expect(navigateRadar(IDS, { ...none, activeId: 'a' }, key('ArrowLeft')).activeId).toBe('d');
    expect(navigateRadar(IDS, { ...none, activeId: 'c' }, key('ArrowUp')).activeId).toBe('b');
  });

  it('starts from the selected objective when nothing is active', () => {
    expect(navigateRadar(IDS, { activeId: null, selectedId: 'c' }, key('ArrowLeft')).activeId).toBe(
      'c',
    );
    expect(navigateRadar(IDS, { activeId: null, selectedId: 'c' }, key('Home')).activeId).toBe('a');
  });

  it('goes to the first and last objective with Home and End', () => {
    expect(navigateRadar(IDS, { ...none, activeId: 'c' }, key('Home')).activeId).toBe('a');
    expect(navigateRadar(IDS, { ...none, activeId: 'b' }, key('End')).activeId).toBe('d');
    expect(navigateRadar(IDS, none, key('End')).activeId).toBe('d');
  });

  it('toggles the active objective’s selection with Enter and Space, once per press', () => {
    const on = navigateRadar(IDS, { activeId: 'b', selectedId: null }, key('Enter'));
    expect(on).toEqual({ activeId: 'b', selectedId: 'b', handled: true });
    expect(navigateRadar(IDS, { activeId: 'b', selectedId: 'b' }, key(' ')).selectedId).toBeNull();
    expect(navigateRadar(IDS, { activeId: 'b', selectedId: 'a' }, key(' ')).selectedId).toBe('b');
    // A held key repeats: it selects once, not on and off.
    const held = navigateRadar(
      IDS,
      { activeId: 'b', selectedId: null },
      key('Enter', { repeat: true }),
    );
    expect(held).toEqual({ activeId: 'b', selectedId: null, handled: true });
    // Nothing active: nothing to select, but Space must still not scroll the page.
    expect(navigateRadar(IDS, none, key(' '))).toEqual({ ...none, handled: true });
  });

  it('leaves Alt, Ctrl and Meta shortcuts and unknown keys to the browser', () => {
    const state = { activeId: 'b', selectedId: null };
    expect(navigateRadar(IDS, state, key('ArrowRight', { modified: true }))).toEqual({
      ...state,
      handled: false,
    });
    expect(navigateRadar(IDS, state, key('Tab'))).toEqual({ ...state, handled: false });
    // Key names that are Object.prototype's own must not be taken for moves.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(navigateRadar(IDS, state, key(name))).toEqual({ ...state, handled: false });
    }
  });

  it('leaves the points with Escape and on blur, keeping the selection', () => {
    const state = { activeId: 'b', selectedId: 'c' };
    expect(navigateRadar(IDS, state, key('Escape'))).toEqual({
      activeId: null,
      selectedId: 'c',
      handled: false,
    });
    expect(navigateRadar(IDS, state, { type: 'blur' }).activeId).toBeNull();
  });

  it('activates on focus the point the pointer left, else the selected one, else the first', () => {
    expect(navigateRadar(IDS, { activeId: 'c', selectedId: 'b' }, { type: 'focus' }).activeId).toBe(
      'c',
    );
    expect(
      navigateRadar(IDS, { activeId: null, selectedId: 'b' }, { type: 'focus' }).activeId,
    ).toBe('b');
    expect(navigateRadar(IDS, none, { type: 'focus' }).activeId).toBe('a');
    // A selection that is no longer on the chart does not count.
    expect(
      navigateRadar(IDS, { activeId: null, selectedId: 'gone' }, { type: 'focus' }).activeId,
    ).toBe('a');
    expect(navigateRadar([], none, { type: 'focus' }).activeId).toBeNull();
  });

  it('follows the pointer, and keeps a point the keyboard holds when the pointer leaves', () => {
    expect(navigateRadar(IDS, none, { type: 'pointer-enter', id: 'c' }).activeId).toBe('c');
    const hovered = { activeId: 'c', selectedId: null };
    expect(
      navigateRadar(IDS, hovered, { type: 'pointer-leave', id: 'c', focused: false }).activeId,
    ).toBeNull();
    expect(
      navigateRadar(IDS, hovered, { type: 'pointer-leave', id: 'c', focused: true }).activeId,
    ).toBe('c');
    // Leaving another point (the pointer already entered the next one) changes nothing.
    expect(
      navigateRadar(IDS, hovered, { type: 'pointer-leave', id: 'b', focused: false }).activeId,
    ).toBe('c');
    expect(navigateRadar(IDS, none, { type: 'pointer-enter', id: 'gone' }).activeId).toBeNull();
  });

  it('selects and activates a clicked point, and unselects it on a second click', () => {
    expect(navigateRadar(IDS, none, { type: 'click', id: 'd' })).toEqual({
      activeId: 'd',
      selectedId: 'd',
      handled: false,
    });
    expect(
      navigateRadar(IDS, { activeId: 'd', selectedId: 'd' }, { type: 'click', id: 'd' }),
    ).toEqual({ activeId: 'd', selectedId: null, handled: false });
  });

  it('treats an active id that left the chart as none, and does nothing without objectives', () => {
    expect(
      navigateRadar(IDS, { activeId: 'gone', selectedId: null }, key('ArrowRight')).activeId,
    ).toBe('a');
    expect(navigateRadar([], none, key('ArrowRight'))).toEqual({ ...none, handled: false });
    expect(navigateRadar([], none, key('Enter'))).toEqual({ ...none, handled: false });
  });

  it('always leaves the active point on the chart or none, whatever happens', () => {
    const events = fc.oneof(
      fc.constantFrom(
        ...[
          'ArrowRight',
          'ArrowLeft',
          'ArrowUp',
          'ArrowDown',
          'Home',
          'End',
          'Enter',
          ' ',
          'Escape',
          'x',
        ].map((name) => key(name)),
      ),
      fc.constantFrom<RadarNavigationEvent>({ type: 'focus' }, { type: 'blur' }),
      fc.record({ type: fc.constant('click' as const), id: fc.constantFrom(...IDS, 'gone') }),
      fc.record({
        type: fc.constant('pointer-enter' as const),
        id: fc.constantFrom(...IDS, 'gone'),
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.array(events, { maxLength: 30 }),
        (n, list) => {
          const ids = IDS.concat(['e', 'f']).slice(0, n);
          let state: { activeId: string | null; selectedId: string | null } = none;
          for (const event of list) {
            state = navigateRadar(ids, state, event);
            if (state.activeId !== null) expect(ids).toContain(state.activeId);
            if (state.selectedId !== null) expect(ids).toContain(state.selectedId);
          }
        },
      ),
    );
  });
});

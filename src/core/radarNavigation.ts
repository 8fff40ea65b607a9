// The radar's keyboard and pointer behaviour as a pure function of the objectives on the chart,
// what is active and selected, and one event: the React view only dispatches events and
// applies the result, so every rule here is tested without a DOM.

/** What the radar holds between events: the point under the pointer or keyboard, the selection. */
export interface RadarNavigationState {
  activeId: string | null;
  selectedId: string | null;
}

/** Something a person did on the chart. */
export type RadarNavigationEvent =
  | {
      type: 'key';
      key: string;
      /** A key held down repeats: Enter and Space then select once, not on and off. */
      repeat?: boolean;
      /** Alt, Ctrl or Meta held: those shortcuts are the browser's and the system's. */
      modified?: boolean;
    }
  | { type: 'focus' }
  | { type: 'blur' }
  | { type: 'pointer-enter'; id: string }
  /** `focused`: the chart has keyboard focus, which keeps its active point. */
  | { type: 'pointer-leave'; id: string; focused: boolean }
  | { type: 'click'; id: string };

/** The state after an event, and whether the event was the chart's own. */
export interface RadarNavigationResult extends RadarNavigationState {
  /** The view prevents the browser's default action (scrolling on Space and arrows). */
  handled: boolean;
}

const MOVES: Readonly<Record<string, (from: number, count: number) => number>> = {
  ArrowRight: (from) => from + 1,
  ArrowDown: (from) => from + 1,
  ArrowLeft: (from) => from - 1,
  ArrowUp: (from) => from - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * One step of the radar's navigation. Arrow keys move the active point round the chart
 * (wrapping), Home and End go to the first and last; the first arrow press after focus shows the
 * point where the keyboard is without moving. Enter and Space toggle the selection of the active
 * point; Escape leaves the points. Focus activates the point the pointer left active, else the
 * selected one, else the first. An id that is no longer on the chart counts as none.
 */
export function navigateRadar(
  ids: readonly string[],
  state: RadarNavigationState,
  event: RadarNavigationEvent,
): RadarNavigationResult {
  const activeIndex = state.activeId === null ? -1 : ids.indexOf(state.activeId);
  const activeId = activeIndex === -1 ? null : state.activeId;
  const unchanged = { activeId, selectedId: state.selectedId, handled: false };
  const toggle = (id: string) => (id === state.selectedId ? null : id);
  switch (event.type) {
    case 'focus': {
      const start = state.selectedId !== null && ids.includes(state.selectedId);
      return { ...unchanged, activeId: activeId ?? (start ? state.selectedId : (ids[0] ?? null)) };
    }
    case 'blur':
      return { ...unchanged, activeId: null };
    case 'pointer-enter':
      return ids.includes(event.id) ? { ...unchanged, activeId: event.id } : unchanged;
    case 'pointer-leave':
      return activeId === event.id && !event.focused ? { ...unchanged, activeId: null } : unchanged;
    case 'click':
      return ids.includes(event.id)
        ? { activeId: event.id, selectedId: toggle(event.id), handled: false }
        : unchanged;
    case 'key':
      break;
  }
  const count = ids.length;
  if (count === 0 || event.modified) return unchanged;
  const { key } = event;
  const move = Object.hasOwn(MOVES, key) ? MOVES[key] : undefined;
  if (move) {
    const selectedIndex = state.selectedId === null ? -1 : ids.indexOf(state.selectedId);
    const from = activeIndex === -1 ? Math.max(selectedIndex, 0) : activeIndex;
    const to = activeIndex === -1 && key.startsWith('Arrow') ? from : move(from, count);
    return { ...unchanged, activeId: ids[(to + count) % count] ?? null, handled: true };
  }
  if (key === 'Enter' || key === ' ') {
    const selectedId = activeId !== null && !event.repeat ? toggle(activeId) : state.selectedId;
    return { ...unchanged, selectedId, handled: true };
  }
  if (key === 'Escape') return { ...unchanged, activeId: null };
  return unchanged;
}

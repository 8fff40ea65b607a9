import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import type { RadarAxis } from '../../core';
import type { UseRadarStateResult } from './useRadarState';

/**
 * The radar's behaviour layer: the listbox's and each point's ARIA and event props, from the
 * state layer. One tab stop (the listbox), the points as its options through
 * `aria-activedescendant`, arrow keys, Enter and Space, hover and click.
 */
export function useRadarInteraction(
  { geometry, selectedId, activeId, dispatch }: UseRadarStateResult,
  idPrefix: string,
) {
  const optionId = (index: number) => `${idPrefix}-option-${index}`;
  const activeIndex =
    activeId === null ? -1 : geometry.axes.findIndex((axis) => axis.id === activeId);
  // The view writes role="listbox" and tabIndex={0} itself, where a linter can see them.
  const listboxProps = {
    'aria-activedescendant': activeIndex === -1 ? undefined : optionId(activeIndex),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const handled = dispatch({
        type: 'key',
        key: event.key,
        repeat: event.repeat,
        modified: event.altKey || event.ctrlKey || event.metaKey,
      });
      // Space never scrolls the page from the chart, nor do the arrows.
      if (handled) event.preventDefault();
    },
    onFocus: (_event: FocusEvent<HTMLElement>) => {
      dispatch({ type: 'focus' });
    },
    onBlur: (_event: FocusEvent<HTMLElement>) => {
      dispatch({ type: 'blur' });
    },
  } as const;
  const pointProps = (axis: RadarAxis, index: number) =>
    ({
      id: optionId(index),
      role: 'option',
      'aria-selected': axis.id === selectedId,
      onPointerEnter: () => {
        dispatch({ type: 'pointer-enter', id: axis.id });
      },
      onPointerLeave: (event: PointerEvent<Element>) => {
        // Keyboard focus keeps the point; asked of the page, not of remembered state, which
        // misses a focus lost when the listbox went away with an empty report.
        const listbox = event.currentTarget.closest('[role="listbox"]');
        const page = event.currentTarget.getRootNode() as Document | ShadowRoot;
        const focused = listbox !== null && listbox === page.activeElement;
        dispatch({ type: 'pointer-leave', id: axis.id, focused });
      },
      onClick: () => {
        dispatch({ type: 'click', id: axis.id });
      },
    }) as const;
  return { listboxProps, pointProps, activeIndex };
}

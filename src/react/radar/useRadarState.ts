import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type CheckedObjective,
  computeRadarGeometry,
  navigateRadar,
  RADAR_ASPECT,
  type RadarGeometry,
  type RadarNavigationEvent,
} from '../../core';
import { useControllableState } from '../internal/useControllableState';

/** What `useRadarState` needs: the checked objectives, the drawing's size and the selection. */
export interface UseRadarStateOptions {
  objectives: readonly CheckedObjective[];
  width: number;
  grid: 'polygon' | 'circle';
  comparison: Readonly<Record<string, number>> | undefined;
  selectedId: string | null | undefined;
  defaultSelectedId: string | null;
  onSelectedIdChange: ((id: string | null) => void) | undefined;
  /** Bounds the drawing's height (`maxHeight`); none when undefined. */
  maxHeight?: number | undefined;
  /** Called when the point under the pointer or keyboard changes, `null` when none is. */
  onActiveIdChange?: ((id: string | null) => void) | undefined;
}

/** The radar's state: its geometry, the selection and the active point, and one way to change them. */
export interface UseRadarStateResult {
  geometry: RadarGeometry;
  selectedId: string | null;
  activeId: string | null;
  /** Applies a person's action (`navigateRadar`); `true` when the event was the chart's own. */
  dispatch: (event: RadarNavigationEvent) => boolean;
}

/**
 * The radar's state layer: the geometry for the objectives and width (new values for the same
 * objectives keep the label layout, so labels do not jump), the selection (controlled or not)
 * and the point under the pointer or keyboard, by objective id — after new data it stays on its
 * objective, or goes away with it. Every change goes through the core's `navigateRadar`.
 */
export function useRadarState({
  objectives,
  width,
  grid,
  comparison,
  selectedId: selectedIdProp,
  defaultSelectedId,
  onSelectedIdChange,
  maxHeight,
  onActiveIdChange,
}: UseRadarStateOptions): UseRadarStateResult {
  const [selectedId, setSelectedId] = useControllableState(
    selectedIdProp,
    defaultSelectedId,
    onSelectedIdChange,
    'OkrRadar selectedId',
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const drawn = useRef<RadarGeometry | undefined>(undefined);
  const geometry = useMemo(
    () =>
      computeRadarGeometry(objectives, {
        width,
        grid,
        ...(maxHeight !== undefined && maxHeight > 0
          ? { height: Math.min(maxHeight, width * RADAR_ASPECT) }
          : {}),
        ...(comparison ? { comparison } : {}),
        ...(drawn.current ? { previous: drawn.current } : {}),
      }),
    [objectives, width, grid, comparison, maxHeight],
  );
  useEffect(() => {
    drawn.current = geometry;
  }, [geometry]);
  // The latest state, read by events that arrive before the next render (a pointer leaving one
  // point and entering the next in the same frame).
  const ids = useMemo(() => geometry.axes.map((axis) => axis.id), [geometry]);
  const latest = useRef({ ids, activeId, selectedId, onActiveIdChange });
  latest.current.onActiveIdChange = onActiveIdChange;
  latest.current.activeId = activeId;
  latest.current.selectedId = selectedId;
  latest.current.ids = ids;
  const dispatch = useCallback(
    (event: RadarNavigationEvent) => {
      const state = latest.current;
      const next = navigateRadar(state.ids, state, event);
      if (next.activeId !== state.activeId) {
        state.activeId = next.activeId;
        setActiveId(next.activeId);
        state.onActiveIdChange?.(next.activeId);
      }
      if (next.selectedId !== state.selectedId) {
        state.selectedId = next.selectedId;
        setSelectedId(next.selectedId);
      }
      return next.handled;
    },
    [setSelectedId],
  );
  const shownActive = activeId !== null && ids.includes(activeId);
  return { geometry, selectedId, activeId: shownActive ? activeId : null, dispatch };
}

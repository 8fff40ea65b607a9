import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in a browser, `useEffect` on a server: a layout effect does nothing there,
 * and React 18's server renderer warns of every one.
 */
export const useLayoutEffectOnClient =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;

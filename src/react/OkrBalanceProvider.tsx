import { createContext, type ReactNode, useMemo } from 'react';
import type { FormatOptions } from '../core';

/** What widgets read from the nearest `OkrBalanceProvider`. */
export const FormatContext = createContext<FormatOptions>({});

/** Props of `OkrBalanceProvider`. */
export interface OkrBalanceProviderProps extends FormatOptions {
  children?: ReactNode;
}

/**
 * Sets the locale and message catalogue of every widget inside it; a widget's own `locale` and
 * `messages` props still win.
 */
export function OkrBalanceProvider({ locale, messages, children }: OkrBalanceProviderProps) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <FormatContext.Provider value={value}>{children}</FormatContext.Provider>;
}

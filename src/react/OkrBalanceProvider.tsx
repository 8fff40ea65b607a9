import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { FormatOptions } from '../core';

/** What widgets read from the nearest `OkrBalanceProvider`. */
export const FormatContext = /* @__PURE__ */ createContext<FormatOptions>({});

/** Props of `OkrBalanceProvider`. */
export interface OkrBalanceProviderProps extends FormatOptions {
  children?: ReactNode;
}

/**
 * Sets the locale and message catalogue of every widget inside it; a widget's own `locale` and
 * `messages` props still win, and what this provider leaves unset comes from an outer one.
 */
export function OkrBalanceProvider({ locale, messages, children }: OkrBalanceProviderProps) {
  const outer = useContext(FormatContext);
  const resolvedLocale = locale ?? outer.locale;
  const resolvedMessages = messages ?? outer.messages;
  const value = useMemo(
    () => ({ locale: resolvedLocale, messages: resolvedMessages }),
    [resolvedLocale, resolvedMessages],
  );
  return <FormatContext.Provider value={value}>{children}</FormatContext.Provider>;
}

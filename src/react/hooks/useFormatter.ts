import { useContext, useMemo } from 'react';
import { createFormatter, type FormatOptions, type Formatter } from '../../core';
import { FormatContext } from '../OkrBalanceProvider';

/** The formatter for a widget: its own `locale`/`messages`, else the provider's, else English. */
export function useFormatter({ locale, messages }: FormatOptions): Formatter {
  const context = useContext(FormatContext);
  const resolvedLocale = locale ?? context.locale;
  const resolvedMessages = messages ?? context.messages;
  return useMemo(
    () => createFormatter({ locale: resolvedLocale, messages: resolvedMessages }),
    [resolvedLocale, resolvedMessages],
  );
}

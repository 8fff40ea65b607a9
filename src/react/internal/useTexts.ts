import { useContext } from 'react';
import {
  type DefaultMessages,
  type FormatOptions,
  type Formatter,
  formatterWith,
  type Messages,
} from '../../core';
import { FormatContext } from '../OkrBalanceProvider';

/**
 * Formatters shared by every widget with the same texts, locale and messages: a page of fifty
 * charts builds its `Intl` objects and compiles each template once, not fifty times.
 */
const shared = new WeakMap<
  DefaultMessages,
  WeakMap<Messages | typeof NONE, Map<string, Formatter>>
>();
const NONE = {};

/**
 * The formatter for a widget: its own `locale`/`messages`, else the provider's, else English.
 * `defaults` names the English texts the widget shows; it must be a module-level constant.
 */
export function useTexts(
  { locale, messages }: FormatOptions,
  defaults: DefaultMessages,
): Formatter {
  const context = useContext(FormatContext);
  const resolvedLocale = locale ?? context.locale ?? '';
  const resolvedMessages = messages ?? context.messages ?? NONE;
  let byMessages = shared.get(defaults);
  if (!byMessages) {
    byMessages = new WeakMap();
    shared.set(defaults, byMessages);
  }
  let byLocale = byMessages.get(resolvedMessages);
  if (!byLocale) {
    byLocale = new Map();
    byMessages.set(resolvedMessages, byLocale);
  }
  let formatter = byLocale.get(resolvedLocale);
  if (!formatter) {
    formatter = formatterWith(
      { locale: resolvedLocale || undefined, messages: messages ?? context.messages },
      defaults,
    );
    byLocale.set(resolvedLocale, formatter);
  }
  return formatter;
}

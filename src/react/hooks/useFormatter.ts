import { type FormatOptions, type Formatter, MESSAGES_EN } from '../../core';
import { useTexts } from '../internal/useTexts';

const ALL_TEXTS = [MESSAGES_EN];

/**
 * A formatter for texts of your own around the widgets: the given `locale`/`messages`, else the
 * nearest `OkrBalanceProvider`'s, with the whole English catalogue as the fallback.
 */
export function useFormatter(options: FormatOptions = {}): Formatter {
  return useTexts(options, ALL_TEXTS);
}

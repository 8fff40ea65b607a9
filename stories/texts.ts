import { createFormatter, type Formatter, type MessageValues } from 'okr-balance/core';
import { MESSAGES_DE } from 'okr-balance/locales/de';

const ENGLISH = createFormatter({ locale: 'en' });
const GERMAN = createFormatter({ locale: 'de-DE', messages: MESSAGES_DE });

/**
 * The texts a story's play function looks for, in the language the toolbar chose: the
 * interaction stories then pass in English and in German, as people see them.
 */
export function textsFor(globals: Record<string, unknown> | undefined): Formatter {
  return globals?.locale === 'de' ? GERMAN : ENGLISH;
}

/** A message as a pattern that matches it at the start of a name (for accessible names). */
export function startsWith(texts: Formatter, id: string, values?: MessageValues): RegExp {
  const text = texts.format(id, values);
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

import type { Explanation, Formatter } from '../../core';

/**
 * An explanation in the widget's language; where the widget does not carry its message (a team's
 * roll-up in a radar of `unitReport` rows: the organisation's texts stay out of the radar's
 * bundle), the text the analysis wrote, in the analysis's language.
 */
export function explanationText(format: Formatter, explanation: Partial<Explanation>): string {
  const { id, values, text } = explanation;
  if (typeof id !== 'string') return typeof text === 'string' ? text : '';
  const formatted = format.format(id, values ?? {});
  return formatted === id && typeof text === 'string' ? text : formatted;
}

/** The delimiters a file may use. */
export const DELIMITERS = [',', ';', '\t'] as const;
/** A comma, a semicolon (European spreadsheets, whose decimal mark is the comma) or a tab. */
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter of a file, from its first 20 records: each candidate is counted outside quoted
 * text; the one the header holds that most records hold as often wins (ties: tab, semicolon,
 * comma). A comma by default, for a file of one column.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines: number[][] = [];
  let counts = [0, 0, 0];
  let quoted = false;
  for (let at = 0; at < text.length && lines.length < 20; at++) {
    const char = text[at];
    if (char === '"') quoted = !quoted;
    // A line ends in \n, \r\n or a lone \r (Excel's "CSV (Macintosh)").
    else if (!quoted && (char === '\n' || (char === '\r' && text[at + 1] !== '\n'))) {
      lines.push(counts);
      counts = [0, 0, 0];
    } else if (!quoted) {
      const index = DELIMITERS.indexOf(char as Delimiter);
      if (index >= 0) counts[index] = (counts[index] as number) + 1;
    }
  }
  lines.push(counts);
  let best = 0;
  let bestScore = 0;
  for (const index of [2, 1, 0]) {
    const header = (lines[0] as number[])[index] as number;
    const score = header && lines.filter((line) => line[index] === header).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return DELIMITERS[best] as Delimiter;
}

// How wide a text is and how it wraps, without measuring: servers have no fonts, and a
// layout worked out on the server must be the one the browser shows.

/**
 * An estimate of the width of text in a sans-serif font, without measuring (servers have no
 * fonts): an average letter is about 0.55 em; wide scripts (CJK) take a full em.
 */
export function textWidthOf(text: string, fontSize: number): number {
  return (hundredthsOf(text) * fontSize) / 100;
}

// Widths are added up in hundredths of an em, as integers: a line's width is then exactly the
// sum of its words' widths, so wrapping can add them up instead of measuring again.
function hundredthsOf(text: string): number {
  let sum = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A surrogate pair is one character (and a wide one).
    if (code >= 0xd800 && code < 0xdc00) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next < 0xe000) index++;
    }
    sum += charHundredths(code);
  }
  return sum;
}

function charHundredths(code: number): number {
  if (code >= 0x2e80) return 100;
  // Capitals and the wide lower-case letters and signs.
  if ((code >= 65 && code <= 90) || code === 64 || code === 37 || code === 109 || code === 119) {
    return 72;
  }
  // Spaces, and the narrow letters and punctuation: i l . , ' ’ | !
  if (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 105 ||
    code === 108 ||
    code === 46 ||
    code === 44 ||
    code === 39 ||
    code === 0x2019 ||
    code === 124 ||
    code === 33
  ) {
    return 30;
  }
  return 55;
}

/** Wraps text into at most `maxLines` lines of `maxWidth`, cutting the last with an ellipsis. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const { lines, truncated } = wrapLines(text, maxWidth, fontSize, maxLines);
  return { lines, truncated };
}

/**
 * `wrapText`, and the width of its widest line. `keep`, an end of the text, stays whole after
 * the ellipsis when the text is cut ("Ship the…(EU)"): what tells two similar titles apart.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  keep = '',
): { lines: string[]; truncated: boolean; width: number } {
  // The room in hundredths of an em, the unit widths are summed in.
  const room = (maxWidth * 100) / fontSize;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const space = charHundredths(32);
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  let tooWide = false;
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index] as string;
    const wordWidth = hundredthsOf(word);
    const candidateWidth = current ? currentWidth + space + wordWidth : wordWidth;
    if (candidateWidth <= room) {
      current = current ? `${current} ${word}` : word;
      currentWidth = candidateWidth;
      continue;
    }
    if (current) {
      lines.push(current);
      tooWide ||= currentWidth > room;
    }
    current = word;
    currentWidth = wordWidth;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    tooWide ||= currentWidth > room;
    current = '';
    index = words.length;
  }
  const more = index < words.length || current !== '';
  const last = lines.length - 1;
  if (!more && !tooWide) return { lines, truncated: false, width: widest(lines, fontSize) };
  // The last line takes as much of the rest as fits, as a browser's text-overflow would:
  // "Grow recur…" tells more than "Grow…".
  const tail = index < words.length ? ` ${words.slice(index).join(' ')}` : '';
  if (last >= 0) {
    const rest = `${lines[last] as string}${tail}`;
    lines[last] =
      keep && rest.length > keep.length && rest.endsWith(keep)
        ? `${ellipsis(rest.slice(0, -keep.length).trimEnd(), room - hundredthsOf(keep))}${keep}`
        : ellipsis(rest, room);
  }
  for (let i = 0; i < last; i++) lines[i] = ellipsis(lines[i] as string, room, false);
  return { lines, truncated: true, width: widest(lines, fontSize) };
}

function widest(lines: readonly string[], fontSize: number): number {
  let hundredths = 0;
  for (const line of lines) hundredths = Math.max(hundredths, hundredthsOf(line));
  return (hundredths * fontSize) / 100;
}

/**
 * Cuts a line to fit `room` (hundredths of an em) with an ellipsis; `always` adds one anyway.
 * A word cut to fewer than three letters goes whole ("Grow r…" reads as a typo), unless it is
 * the line's first word, which would leave nothing.
 */
function ellipsis(line: string, room: number, always = true): string {
  let width = hundredthsOf(line);
  if (!always && width <= room) return line;
  const chars = [...line];
  const mark = charHundredths(0x2026);
  let end = chars.length;
  while (end > 1 && width + mark > room) {
    end -= 1;
    width -= hundredthsOf(chars[end] as string);
  }
  // Back to the word's start where the cut leaves fewer than three of its letters.
  let start = end;
  while (start > 0 && chars[start - 1] !== ' ') start -= 1;
  const cutInWord = end < chars.length && chars[end] !== ' ';
  if (cutInWord && start > 0 && end - start < 3) end = start;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

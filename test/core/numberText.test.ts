// The core's reading of numbers written as text (src/core/numberText.ts), at its edges: how long
// a text with separators may be and still be named, and how an issue quotes a long text.
import { describe, expect, it } from 'vitest';
import { readNumberText, shownText } from '../../src/core/numberText';

describe('readNumberText', () => {
  it('names grouped digits and commas up to 40 characters, and reads nothing longer', () => {
    const grouped = `1${'.234'.repeat(9)}.56`; // 40 characters
    expect(grouped).toHaveLength(40);
    expect(readNumberText(grouped)).toEqual({ kind: 'digit-grouping' });
    expect(readNumberText(`${grouped}5`)).toBeNull();
    const comma = `${'1'.repeat(38)},5`; // 40 characters
    expect(readNumberText(comma)).toEqual({ kind: 'decimal-comma' });
    expect(readNumberText(`1${comma}`)).toBeNull();
  });

  it('measures the length without the white space around it and the percent sign', () => {
    const grouped = `1${'.234'.repeat(9)}.56`;
    expect(readNumberText(`  ${grouped} % `)).toEqual({ kind: 'digit-grouping' });
  });

  it('reads plain numbers of any length as numbers', () => {
    expect(readNumberText(`${'0'.repeat(60)}1`)).toEqual({ kind: 'number', value: 1 });
  });
});

describe('shownText', () => {
  it('quotes a text of up to 40 characters whole, trimmed', () => {
    const forty = 'x'.repeat(40);
    expect(shownText(`  ${forty}\t`)).toBe(forty);
    expect(shownText(' 1,5 ')).toBe('1,5');
  });

  it('cuts a longer text to 39 characters and an ellipsis', () => {
    expect(shownText(`${'abc'.repeat(13)}de`)).toBe(`${'abc'.repeat(13)}…`);
    expect(shownText('y'.repeat(41))).toHaveLength(40);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  createFormatter,
  type Evidence,
  type FormatOptions,
  formatMessage,
  MESSAGES_EN,
} from '../../src/core';
import { formatterWith } from '../../src/core/messages';
import { MESSAGES_DE } from '../../src/locales/de';
import { COMPANY, COMPANY_NOW } from '../fixtures/scenarios';

describe('formatMessage', () => {
  it('formats percentages, numbers and dates for the locale', () => {
    const messages = { t: '{a, percent} · {b, number} · {c, date} · {d}' };
    const values = { a: 0.425, b: 1234.5678, c: Date.UTC(2026, 1, 24), d: 'text' };
    expect(formatMessage('t', values, { messages })).toBe('43% · 1,234.57 · Feb 24, 2026 · text');
    expect(formatMessage('t', values, { messages, locale: 'de-DE' })).toBe(
      '43\u00a0% · 1.234,57 · 24.02.2026 · text',
    );
  });

  it('chooses plural forms by the locale’s rules', () => {
    const messages = { t: '{n, plural, =0 {none} one {# day} other {# days}}' };
    expect([0, 1, 2].map((n) => formatMessage('t', { n }, { messages }))).toEqual([
      'none',
      '1 day',
      '2 days',
    ]);
  });

  it('shows a signed change in points', () => {
    expect(formatMessage('agenda.movement', { delta: 0.07 })).toBe(
      '+7 points since the previous check-in',
    );
    expect(formatMessage('agenda.movement', { delta: -0.1 })).toBe(
      '-10 points since the previous check-in',
    );
  });

  it('names another message through a text value with a kind', () => {
    expect(formatMessage('t', { s: 'at-risk' }, { messages: { t: 'is {s, status}' } })).toBe(
      'is At risk',
    );
  });

  it('falls back to English, then to the id, and never prints NaN', () => {
    expect(formatMessage('status.done', {}, { messages: {} })).toBe('Done');
    expect(formatMessage('no.such.id')).toBe('no.such.id');
    expect(formatMessage('t', { x: Number.NaN }, { messages: { t: '{x, percent}' } })).toBe('–');
    expect(formatMessage('t', {}, { messages: { t: 'keeps {missing} and { unbalanced' } })).toBe(
      'keeps {missing} and { unbalanced',
    );
  });

  it('formats numbers exactly as Intl does, reused results included', () => {
    const format = createFormatter({
      locale: 'en',
      messages: { p: '{v, percent}', n: '{v, number}' },
    });
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
    const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    const values = fc.oneof(
      fc.double({ min: -20, max: 20, noNaN: true }),
      fc.integer({ min: -2000, max: 2000 }).map((n) => n / 1000 + 0.005),
    );
    fc.assert(
      fc.property(values, (v) => {
        expect(format.format('p', { v })).toBe(percent.format(v));
        expect(format.format('n', { v })).toBe(plain.format(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('survives an ill-formed locale tag', () => {
    expect(createFormatter({ locale: 'en_US' }).locale).toBe('en');
  });

  it('resolves the locale to one Intl supports, English by default', () => {
    expect(createFormatter().locale).toBe('en');
    expect(createFormatter({ locale: '' }).locale).toBe('en');
    expect(createFormatter({ locale: 'de-DE' }).locale).toBe('de-DE');
    expect(createFormatter({ locale: 'zz' }).locale).toBe('en');
  });

  it('formats points exactly as Intl does, zero unsigned, reused results included', () => {
    const format = createFormatter({ messages: { d: '{v, points}' } });
    const points = new Intl.NumberFormat('en', {
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    });
    expect(
      [0.07, -0.1, 0, -0, -0.001, 0.004, 0.125, 1e14].map((v) => format.format('d', { v })),
    ).toEqual(['+7', '-10', '0', '0', '0', '0', '+13', '+10,000,000,000,000,000']);
    const values = fc.oneof(
      fc.double({ min: -20, max: 20, noNaN: true }),
      fc.integer({ min: -2000, max: 2000 }).map((n) => n / 1000 + 0.005),
      fc.double({ min: 1e12, max: 1e20, noNaN: true }),
    );
    fc.assert(
      fc.property(values, (v) => {
        expect(format.format('d', { v })).toBe(points.format(v * 100));
      }),
      { numRuns: 1000 },
    );
  });

  it('shows a tiny negative share as -0% and a huge one in full', () => {
    const format = createFormatter({ messages: { p: '{v, percent}', n: '{v, number}' } });
    expect(format.format('p', { v: -0.001 })).toBe('-0%');
    expect(format.format('p', { v: -0 })).toBe('-0%');
    expect(format.format('p', { v: 0 })).toBe('0%');
    expect(format.format('p', { v: 2e13 })).toBe('2,000,000,000,000,000%');
    expect(format.format('n', { v: 1e15 })).toBe('1,000,000,000,000,000');
    // The same value again comes from the memo and reads the same.
    expect(format.format('n', { v: 0.5 })).toBe('0.5');
    expect(format.format('n', { v: 0.5 })).toBe('0.5');
    expect(format.format('p', { v: 0.5 })).toBe('50%');
  });

  it('formats a date in UTC whatever the machine’s zone', () => {
    const messages = { t: '{at, date}' };
    expect(formatMessage('t', { at: Date.UTC(2026, 1, 24, 23, 30) }, { messages })).toBe(
      'Feb 24, 2026',
    );
    expect(formatMessage('t', { at: Date.UTC(2026, 1, 24, 0, 30) }, { messages })).toBe(
      'Feb 24, 2026',
    );
  });

  it('chooses an exact plural choice first, then the category, then other, else nothing', () => {
    const messages = {
      t: '{n, plural, =1 {just one} one {# item} other {# items}}',
      none: '[{n, plural, one {# item}}]',
      nested: '{n, plural, other {{n, number} of {total, number}: # left}}',
    };
    const format = createFormatter({ messages });
    expect([1, 2, 1.5].map((n) => format.format('t', { n }))).toEqual([
      'just one',
      '2 items',
      '1.5 items',
    ]);
    expect(format.format('none', { n: 1 })).toBe('[1 item]');
    expect(format.format('none', { n: 2 })).toBe('[]');
    expect(format.format('nested', { n: 3, total: 10 })).toBe('3 of 10: 3 left');
    expect(format.format('t', { n: Number.POSITIVE_INFINITY })).toBe('–');
  });

  it('reads placeholders with spaces, an unknown kind as a number, commas inside a choice', () => {
    const messages = {
      t: '{ x } / { y , weird } / {n, plural, one {a, b} other {c, d}}',
    };
    expect(formatMessage('t', { x: 'X', y: 1.234, n: 1 }, { messages })).toBe('X / 1.23 / a, b');
    expect(formatMessage('t', { x: 'X', y: 1.235, n: 2 }, { messages })).toBe('X / 1.24 / c, d');
  });

  it('falls back to the other choice for a category the message does not name', () => {
    const messages = {
      t: '{n, plural, other {# things}}',
      trailing: '{n, plural, one {one} other {#} } and',
    };
    expect(formatMessage('t', { n: 1 }, { messages })).toBe('1 things');
    // Text after the last choice is left out.
    expect(formatMessage('trailing', { n: 1 }, { messages })).toBe('one and');
    expect(formatMessage('trailing', { n: 4 }, { messages })).toBe('4 and');
  });

  it('keeps text around placeholders and a placeholder whose value is missing', () => {
    const messages = { t: 'a {x} b {y, number} c {z, status}' };
    expect(formatMessage('t', { x: 'X', y: 2 }, { messages })).toBe('a X b 2 c {z, status}');
    expect(formatMessage('t', { x: 'X', y: 2, z: 'done' }, { messages })).toBe('a X b 2 c Done');
  });

  it('looks an id up in the host’s messages, then in each default catalogue in order', () => {
    const format = formatterWith({ messages: { b: 'host b' } }, [
      { a: 'first a', b: 'first b' },
      { a: 'second a', c: 'second c' },
    ]);
    expect(['a', 'b', 'c', 'd'].map((id) => format.format(id))).toEqual([
      'first a',
      'host b',
      'second c',
      'd',
    ]);
  });
});

describe('the German catalogue', () => {
  it('translates every English message and keeps its placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const [id, english] of Object.entries(MESSAGES_EN)) {
      const german = (MESSAGES_DE as Record<string, string>)[id];
      expect(german, id).toBeTypeOf('string');
      expect(placeholders(german ?? ''), id).toEqual(placeholders(english));
    }
  });

  it('gives a whole report in German', () => {
    const report = analyzeOkrs(COMPANY, {
      now: COMPANY_NOW,
      locale: 'de-DE',
      messages: MESSAGES_DE,
    });
    expect(report.locale).toBe('de-DE');
    expect(report.objectives[0]?.explanation.text).toContain('33\u00a0%');
    expect(report.objectives[0]?.explanation.text).not.toContain('Projected');
    expect(
      said(report.suggestions[0]?.evidence[0], { locale: 'de-DE', messages: MESSAGES_DE }),
    ).toContain('„');
  });
});

/** The text of a piece of evidence, as a widget would word it. */
function said(evidence: Evidence | undefined, options: FormatOptions = {}): string {
  return evidence ? formatMessage(evidence.id, evidence.values, options) : '';
}

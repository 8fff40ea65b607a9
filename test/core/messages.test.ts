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

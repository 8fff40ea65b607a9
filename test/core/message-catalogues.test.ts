import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  createFormatter,
  formatMessage,
  MAX_MESSAGE_DEPTH,
  type Messages,
} from '../../src/core';
import { COMPANY, COMPANY_NOW, Q1_2026 } from '../fixtures/scenarios';
import { expectClean } from './helpers';

describe('message catalogues with values that are not text', () => {
  it.each([
    ['a number', 5],
    ['null', null],
    ['an object', { text: 'x' }],
    ['an array', ['x']],
    ['a function', () => 'x'],
    ['true', true],
  ])('falls back to English for %s', (_, value) => {
    const messages = { 'status.done': value } as unknown as Messages;
    expect(formatMessage('status.done', {}, { messages })).toBe('Done');
  });

  it('falls back to the id where English has no message either', () => {
    const messages = { 'my.text': 42 } as unknown as Messages;
    expect(formatMessage('my.text', {}, { messages })).toBe('my.text');
  });

  it('ignores a catalogue that is not an object, and a locale that is not text', () => {
    expect(formatMessage('status.done', {}, { messages: 'de' as never })).toBe('Done');
    expect(createFormatter({ locale: 42 as never }).locale).toBe('en');
  });

  it('reads English where a catalogue getter throws', () => {
    const messages = {
      get 'status.done'(): string {
        throw new Error('no');
      },
    };
    expect(formatMessage('status.done', {}, { messages })).toBe('Done');
  });

  it('writes the status names of a report in English when the host catalogue holds numbers', () => {
    const messages = { 'status.at-risk': 1, 'explain.projection': {} } as unknown as Messages;
    const report = analyzeOkrs(
      { cycle: Q1_2026, objectives: [{ id: 'a', title: 'A', progress: 0.2 }] },
      { now: '2026-02-15', messages },
    );
    expect(report.objectives[0]?.explanation.text).toBe(
      'Projected to reach 40% by the end of the cycle; success is 100% (projection rule).',
    );
  });
});

describe('messages that refer to themselves', () => {
  it('stops a message that names itself through its own kind', () => {
    const messages = { 'status.at-risk': 'At risk ({status, status})' };
    const text = formatMessage('status.at-risk', { status: 'at-risk' }, { messages });
    // The message, then MAX_MESSAGE_DEPTH more levels, then the value as written.
    expect(text).toBe(
      `${'At risk ('.repeat(MAX_MESSAGE_DEPTH + 1)}at-risk${')'.repeat(MAX_MESSAGE_DEPTH + 1)}`,
    );
  });

  it('stops two messages that name each other through a plural', () => {
    const messages = {
      'a.x': '{n, plural, one {# a {k, b}} other {# as {k, b}}}',
      'b.x': '<{k, a}>',
    };
    const text = formatMessage('a.x', { n: 1, k: 'x' }, { messages });
    expect(text.startsWith('1 a <1 a <')).toBe(true);
    expect(text.length).toBeLessThan(200);
  });

  it('analyses with a status message that names the status, as the explanation of a confidence does', () => {
    const messages = { 'status.at-risk': 'At risk: {status, status}' };
    const set = {
      cycle: Q1_2026,
      objectives: [{ id: 'a', title: 'A', progress: 0.5, confidence: 0.1 }],
    };
    const report = analyzeOkrs(set, { now: '2026-02-15', messages });
    expect(report.objectives[0]?.rule).toBe('confidence');
    expect(report.objectives[0]?.explanation.text).toContain('At risk: At risk: At risk:');
    expectClean(report);
  });

  it('keeps plural choices nested deeper than the cap as text instead of overflowing', () => {
    const depth = 5000;
    const template = `${'{n, plural, other {'.repeat(depth)}end${'}}'.repeat(depth)}`;
    const text = formatMessage('t', { n: 2 }, { messages: { t: template } });
    expect(text.startsWith('{n, plural, other {')).toBe(true);
    expect(text).toContain('{n, plural, other {end}}');
  });
});

describe('dates outside the range of Date', () => {
  it.each([[8.64e15 + 1], [-8.64e15 - 1], [1e20], [Number.MAX_VALUE]])(
    'shows a dash for %d instead of throwing',
    (value) => {
      expect(formatMessage('t', { d: value }, { messages: { t: 'on {d, date}' } })).toBe('on –');
    },
  );

  it('formats the first and last moments a Date holds', () => {
    const messages = { t: '{d, date}' };
    expect(formatMessage('t', { d: 8.64e15 }, { messages })).toBe('Sep 13, 275760');
    expect(formatMessage('t', { d: 0 }, { messages })).toBe('Jan 1, 1970');
  });
});

describe('formatters share what they can', () => {
  it('formats the same in a second formatter of the same locale', () => {
    const first = createFormatter({ locale: 'de' }).format('gauge.scale', { value: 0.42 });
    const second = createFormatter({ locale: 'de' }).format('gauge.scale', { value: 0.42 });
    expect(first).toBe('42\u00a0%');
    expect(second).toBe(first);
  });

  it('keeps one host catalogue out of the next formatter', () => {
    const custom = createFormatter({ messages: { 'status.done': 'Finished' } });
    expect(custom.format('status.done')).toBe('Finished');
    expect(createFormatter().format('status.done')).toBe('Done');
  });

  it('words a report the same in two analyses in a row', () => {
    const first = analyzeOkrs(COMPANY, { now: COMPANY_NOW, locale: 'de' });
    const second = analyzeOkrs(COMPANY, { now: COMPANY_NOW, locale: 'de' });
    expect(second).toEqual(first);
  });
});

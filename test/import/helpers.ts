import { readFileSync } from 'node:fs';

/** A sample file of test/fixtures/import, as a host would read it (UTF-8, BOM kept). */
export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** Q1 2026, for files that carry no cycle of their own. */
export const Q1 = { start: '2026-01-01', end: '2026-04-01' };

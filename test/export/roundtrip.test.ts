import fc from 'fast-check';
import { analyzeOkrs, type ObjectiveInput } from 'okr-balance/core';
import { toCsv } from 'okr-balance/export';
import { parseOkrCsv } from 'okr-balance/import';
import { describe, expect, it } from 'vitest';

const CYCLE = { start: '2026-01-01', end: '2026-04-01' };
/** A title as people write them: formula characters, quotes, delimiters, any letter; not blank. */
const title = fc
  .string({
    minLength: 1,
    maxLength: 30,
    unit: fc.constantFrom(...'=+-@ ,;"\'\tabcÄß€1.%'.split('')),
  })
  .map((text) => text.trim().replace(/\s+/g, ' '))
  .filter((text) => text.length > 0);
const objectives = fc.uniqueArray(
  fc.record({ title, progress: fc.integer({ min: 0, max: 150 }).map((n) => n / 100) }),
  { minLength: 1, maxLength: 8, selector: (o) => o.title },
);

describe('parseOkrCsv(toCsv(report))', () => {
  it('reproduces every objective’s title and progress, in order', () => {
    fc.assert(
      fc.property(
        objectives,
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        (given, delimiter, bom) => {
          const input: ObjectiveInput[] = given.map((o, index) => ({ id: `o${index}`, ...o }));
          const report = analyzeOkrs({ cycle: CYCLE, objectives: input }, { now: '2026-02-15' });
          const csv = toCsv(report, { delimiter: delimiter as ',' | ';' | '\t', bom });
          // Progress is written 0–1 (above 1 when exceeded): the file says which scale only to
          // someone who knows it, so the reader is told.
          const back = parseOkrCsv(csv, { cycle: CYCLE, progressScale: 1 });
          expect(back.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
          expect(back.value?.objectives.map((o) => [o.title, o.progress])).toEqual(
            report.objectives.map((o) => [o.title, o.progress]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads the guarded formula text back without its guard', () => {
    const report = analyzeOkrs(
      {
        cycle: CYCLE,
        objectives: [
          { id: 'a', title: '=HYPERLINK("http://x")', progress: 0.5 },
          { id: 'b', title: '@SUM(1)', progress: 0.25 },
          { id: 'c', title: '+1 more', progress: 0 },
          { id: 'd', title: "'Tis the season", progress: 0.1 },
        ],
      },
      { now: '2026-02-15' },
    );
    const csv = toCsv(report);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`''Tis the season`);
    const back = parseOkrCsv(csv, { cycle: CYCLE });
    expect(back.value?.objectives.map((o) => o.title)).toEqual([
      '=HYPERLINK("http://x")',
      '@SUM(1)',
      '+1 more',
      "'Tis the season",
    ]);
  });
});

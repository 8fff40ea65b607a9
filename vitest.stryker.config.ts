import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The core's (and the importer's) tests as one flat project, for Stryker (`npm run test:mutation`); its vitest runner
// does not find tests through `projects`. Left out:
// - `properties.test.ts`: Stryker runs tests in worker threads, where `TZ` has no effect, so its
//   time-zone property runs only under `npm test`.
// - `agenda-scale.test.ts`: the agenda of 150,000 objectives, a test of size rather than logic,
//   past any timeout under Stryker's instrumentation.
// A test file must not call the core while it is collected (at the top level or in a `describe`
// body): Stryker takes every mutant such a call reaches as "static" and runs it against every
// test (1,266 of 2,241 mutants and 95 % of the time when scenarios.test.ts did), and a mutant that
// makes the call throw empties the file instead of failing a test. Analyse in the test, or in a
// `beforeEach`.
export default defineConfig({
  resolve: {
    alias: {
      'okr-balance/core': fileURLToPath(new URL('./src/core/index.ts', import.meta.url)),
      'okr-balance/locales/de': fileURLToPath(new URL('./src/locales/de.ts', import.meta.url)),
      'okr-balance/import': fileURLToPath(new URL('./src/import/index.ts', import.meta.url)),
      'okr-balance/export': fileURLToPath(new URL('./src/export/index.ts', import.meta.url)),
    },
  },
  test: {
    // The importer's tests and the exporter's CSV tests too (issue 18); the SVG exports are
    // geometry and drawing, like the widgets', and are not mutated.
    include: [
      'test/core/**/*.test.ts',
      'test/import/**/*.test.ts',
      'test/export/{csv,roundtrip}.test.ts',
    ],
    exclude: ['test/core/properties.test.ts', 'test/core/agenda-scale.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});

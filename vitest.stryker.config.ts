import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The core's tests as one flat project, for Stryker (`npm run test:mutation`); its vitest runner
// does not find tests through `projects`. Stryker runs them in worker threads, where `TZ` has no
// effect, so `properties.test.ts` (whose time-zone property changes `TZ`) runs only under
// `npm test`.
export default defineConfig({
  resolve: {
    alias: {
      'okr-balance/core': fileURLToPath(new URL('./src/core/index.ts', import.meta.url)),
      'okr-balance/locales/de': fileURLToPath(new URL('./src/locales/de.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/core/**/*.test.ts'],
    // agenda-scale writes the agenda of 150,000 objectives: a test of size, not of logic, and
    // past any timeout under Stryker's instrumentation. `npm test` runs both.
    exclude: ['test/core/properties.test.ts', 'test/core/agenda-scale.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});

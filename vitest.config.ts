import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Examples and stories import the package by its public name, as a user would.
const alias: Record<string, string> = {
  'okr-balance/core': fileURLToPath(new URL('./src/core/index.ts', import.meta.url)),
  'okr-balance/import': fileURLToPath(new URL('./src/import/index.ts', import.meta.url)),
  'okr-balance/export': fileURLToPath(new URL('./src/export/index.ts', import.meta.url)),
  'okr-balance/locales/de': fileURLToPath(new URL('./src/locales/de.ts', import.meta.url)),
  'okr-balance': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
};
// OKR_REACT=18 runs the widget tests on React 18, installed apart in .ci/react18 (CI does).
const react18 = process.env.OKR_REACT === '18';
if (react18) {
  for (const name of ['react', 'react-dom', '@testing-library/react', '@testing-library/dom']) {
    alias[name] = fileURLToPath(new URL(`./.ci/react18/node_modules/${name}`, import.meta.url));
  }
}

const setupFiles = ['test/setup.ts'];
// The core must not depend on the machine's time zone: all its tests run again in two zones on
// opposite sides of UTC, one with a half-hour offset (offsets on 1 January 2026, minutes west of
// UTC, which test/zone.setup.ts checks are in effect).
const zones = [
  { zone: 'America/Los_Angeles', offset: 480 },
  { zone: 'Asia/Kolkata', offset: -330 },
];

export default defineConfig({
  resolve: { alias },
  test: {
    // visx and TanStack Virtual are loaded through Vite on React 18, so their React is 18 too
    // (Node would hand it the root's React 19, whose elements React 18 does not render).
    ...(react18 ? { server: { deps: { inline: [/@visx\//, /@tanstack\//] } } } : {}),
    projects: [
      // The core, and the importer that reads dates, in the machine's zone and in both others.
      ...(['core', 'import'] as const).flatMap((dir) => [
        {
          extends: true as const,
          test: {
            name: dir,
            include: [`test/${dir}/**/*.test.ts`],
            environment: 'node',
            setupFiles,
          },
        },
        ...zones.map(({ zone, offset }) => ({
          extends: true as const,
          test: {
            name: `${dir} ${zone}`,
            include: [`test/${dir}/**/*.test.ts`],
            environment: 'node',
            setupFiles: [...setupFiles, 'test/zone.setup.ts'],
            env: { TZ: zone, OKR_TEST_ZONE: zone, OKR_TEST_OFFSET: String(offset) },
          },
        })),
      ]),
      {
        extends: true as const,
        test: {
          name: 'export',
          include: ['test/export/**/*.test.ts'],
          environment: 'node',
          setupFiles,
        },
      },
      {
        extends: true as const,
        test: {
          name: 'react',
          include: ['test/react/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [...setupFiles, 'test/react-version.setup.ts', 'test/react/setup.ts'],
        },
      },
      {
        extends: true as const,
        test: {
          name: 'react strict',
          include: ['test/react/**/*.test.tsx'],
          exclude: ['test/react/ssr.test.tsx'],
          environment: 'jsdom',
          setupFiles: [
            ...setupFiles,
            'test/react-version.setup.ts',
            'test/react/setup.ts',
            'test/react/strict.setup.ts',
          ],
        },
      },
      {
        extends: true as const,
        test: {
          name: 'package',
          include: ['test/*.test.ts'],
          environment: 'node',
          setupFiles,
        },
      },
    ],
  },
});

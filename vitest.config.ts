import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Examples and stories import the package by its public name, as a user would.
const alias: Record<string, string> = {
  'okr-balance/core': fileURLToPath(new URL('./src/core/index.ts', import.meta.url)),
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
// The core must not depend on the machine's time zone: its tests run again in two zones on
// opposite sides of UTC, one with a half-hour offset.
const zones = ['America/Los_Angeles', 'Asia/Kolkata'];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true as const,
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts'],
          environment: 'node',
          setupFiles,
        },
      },
      ...zones.map((zone) => ({
        extends: true as const,
        test: {
          name: `core ${zone}`,
          include: ['test/core/**/*.test.ts'],
          exclude: ['test/core/properties.test.ts'],
          environment: 'node',
          setupFiles,
          env: { TZ: zone },
        },
      })),
      {
        extends: true as const,
        test: {
          name: 'react',
          include: ['test/react/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [...setupFiles, 'test/react/setup.ts'],
        },
      },
      {
        extends: true as const,
        test: {
          name: 'react strict',
          include: ['test/react/**/*.test.tsx'],
          exclude: ['test/react/ssr.test.tsx'],
          environment: 'jsdom',
          setupFiles: [...setupFiles, 'test/react/setup.ts', 'test/react/strict.setup.ts'],
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

import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_LAUNCH } from './scripts/chromium';

export default defineConfig({
  test: {
    projects: [
      // Every story as a test in headless Chromium (Debian's, CHROMIUM_PATH to use another):
      // it must render without console errors and pass axe (the a11y addon's test: 'error').
      {
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: CHROMIUM_LAUNCH,
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      // Pages served from Node to the same Chromium, e.g. the board under a strict
      // Content-Security-Policy (test/page/csp.page.ts).
      {
        test: {
          name: 'page',
          environment: 'node',
          include: ['test/page/**/*.page.ts'],
        },
      },
    ],
  },
});

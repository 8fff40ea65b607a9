import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_LAUNCH } from './scripts/chromium';

// Every story as a test in headless Chromium (Debian's, CHROMIUM_PATH to use another): it must
// render without console errors and pass axe (the a11y addon's test: 'error'), and its play
// function must pass. Once per toolbar language: the setup file sets the `locale` global, as
// the toolbar does, so every text (and every name a play function looks for) is German in the
// second run.
const stories = (name: string, storyLocale: 'en' | 'de'): TestProjectInlineConfiguration => ({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name,
    setupFiles: ['.storybook/vitest.setup.ts'],
    provide: { storyLocale },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: CHROMIUM_LAUNCH }),
      instances: [{ browser: 'chromium' }],
    },
  },
});

export default defineConfig({
  test: {
    projects: [
      stories('storybook', 'en'),
      stories('storybook (de)', 'de'),
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

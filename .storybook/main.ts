import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.tsx', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // Stories import the package by its public name, as users do.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      alias: {
        'okr-balance/core': fileURLToPath(new URL('../src/core/index.ts', import.meta.url)),
        'okr-balance/locales/de': fileURLToPath(new URL('../src/locales/de.ts', import.meta.url)),
        'okr-balance/styles.css': fileURLToPath(
          new URL('../src/styles/index.css', import.meta.url),
        ),
        'okr-balance': fileURLToPath(new URL('../src/index.ts', import.meta.url)),
      },
    },
  }),
};

export default config;

import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.tsx', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // No onboarding checklist in the sidebar: this Storybook documents a package, it is no tutorial.
  features: { sidebarOnboardingChecklist: false },
  // The canvas (iframe.html) names no icon, so a browser showing it in a tab of its own (the
  // toolbar's "open canvas in new tab") asks for /favicon.ico, which does not exist: a 404 in
  // the console. Point it at the favicon Storybook serves for the manager.
  previewHead: (head) => `${head}\n<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
  typescript: {
    // The Docs pages' prop tables from the components' TypeScript types (react-docgen reads
    // neither memo(forwardRef(...)) with its props interface nor imported union types such as
    // Status): each widget's own props with their types, JSDoc and @default.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      // Unions as their members ('sm' | 'md'), not as an alias's name.
      shouldExtractLiteralValuesFromEnum: true,
      shouldExtractValuesFromUnion: false,
      shouldRemoveUndefinedFromOptional: true,
      // The widgets' own props and the formatting options they share, declared in this package; not
      // the hundreds of HTML attributes every widget also takes from React's types.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  // Stories import the package by its public name, as users do.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      alias: {
        'okr-balance/core': fileURLToPath(new URL('../src/core/index.ts', import.meta.url)),
        'okr-balance/locales/de': fileURLToPath(new URL('../src/locales/de.ts', import.meta.url)),
        'okr-balance/import': fileURLToPath(new URL('../src/import/index.ts', import.meta.url)),
        'okr-balance/export': fileURLToPath(new URL('../src/export/index.ts', import.meta.url)),
        'okr-balance/styles.css': fileURLToPath(
          new URL('../src/styles/index.css', import.meta.url),
        ),
        'okr-balance': fileURLToPath(new URL('../src/index.ts', import.meta.url)),
      },
    },
  }),
};

export default config;

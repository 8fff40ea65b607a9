import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, beforeEach, inject, vi } from 'vitest';
import { tagTestsWithProject } from '../test/tagProject';
import * as projectAnnotations from './preview';

declare module 'vitest' {
  interface ProvidedContext {
    /** The toolbar locale the stories run in: `storybook` in English, `storybook (de)` in German. */
    storyLocale: 'en' | 'de';
  }
}

// Stories run with the same decorators and parameters as in Storybook, axe included, in the
// project's language: the same as choosing it in the toolbar.
const storyLocale = inject('storyLocale');
// For the story that checks this setup (stories/docs/Language.stories.tsx).
globalThis.__OKR_STORY_LOCALE__ = storyLocale;
setProjectAnnotations([
  a11yAddonAnnotations,
  projectAnnotations,
  {
    initialGlobals: { ...projectAnnotations.default.initialGlobals, locale: storyLocale },
  },
]);

// Every test carries its project's name into the JSON report, so CI can tell that both
// languages ran.
tagTestsWithProject();

// A console error while a story renders fails its test. (Warnings pass: the invalid-data
// stories show the development warning about bad data on purpose.)
let calls: unknown[][] = [];
beforeEach(() => {
  calls = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`console was called: ${calls.map(String).join('; ')}`);
});

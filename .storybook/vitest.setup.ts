import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import type { RunnerTestFile, RunnerTestSuite } from 'vitest';
import { afterEach, beforeEach, inject, vi } from 'vitest';
import * as projectAnnotations from './preview';

declare module 'vitest' {
  interface ProvidedContext {
    /** The toolbar locale the stories run in: `storybook` in English, `storybook (de)` in German. */
    storyLocale: 'en' | 'de';
  }
  interface TaskMeta {
    /** The vitest project that ran the test, for the CI's count per project. */
    project?: string;
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

// Every test carries its project's name into the JSON report (which names only files), so CI
// can tell that both languages ran (scripts/check-test-report.mjs).
const tagged = new WeakSet<RunnerTestFile>();
beforeEach(({ task }) => {
  const file = task.file;
  if (tagged.has(file)) return;
  tagged.add(file);
  const tag = (suite: RunnerTestSuite | RunnerTestFile) => {
    for (const child of suite.tasks) {
      child.meta.project = file.projectName ?? '';
      if (child.type === 'suite') tag(child);
    }
  };
  tag(file);
});

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

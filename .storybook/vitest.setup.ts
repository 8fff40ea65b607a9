import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, beforeEach, vi } from 'vitest';
import * as projectAnnotations from './preview';

// Stories run with the same decorators and parameters as in Storybook, axe included.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);

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

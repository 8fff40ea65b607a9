import { afterEach, beforeEach, vi } from 'vitest';
import { tagTestsWithProject } from './tagProject';

tagTestsWithProject();

// A console error or warning during a test is a failure: it is what a host would see.
let spies: { mockRestore(): void; mock: { calls: unknown[][] } }[] = [];
beforeEach(() => {
  spies = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
});
afterEach(() => {
  const calls = spies.flatMap((spy) => spy.mock.calls);
  for (const spy of spies) spy.mockRestore();
  if (calls.length > 0) throw new Error(`console was called: ${calls.map(String).join('; ')}`);
});

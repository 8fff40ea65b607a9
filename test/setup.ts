import type { RunnerTestFile, RunnerTestSuite } from 'vitest';
import { afterEach, beforeEach, vi } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** The vitest project that ran the test, for the CI's count per project. */
    project?: string;
  }
}

// Every test of the file carries its project's name into the JSON report (which names only
// files), so `scripts/check-test-report.mjs` can count the tests of each project. Tagged from
// the first test that runs, so skipped and todo tests are counted too.
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

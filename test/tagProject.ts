import type { RunnerTestFile, RunnerTestSuite } from 'vitest';
import { beforeEach } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** The vitest project that ran the test, for the CI's count per project. */
    project?: string;
  }
}

/**
 * Every test of a file carries its project's name into the JSON report (which names only
 * files), so CI can count the tests of each project (`scripts/check-test-report.mjs`, and the
 * browser step's check that both languages ran). Tagged from the first test that runs, so
 * skipped and todo tests are counted too. Call once from a setup file.
 */
export function tagTestsWithProject(): void {
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
}

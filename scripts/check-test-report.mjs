#!/usr/bin/env node
// Reads a vitest JSON report (`--reporter=json --outputFile=…`) and fails unless every expected
// project ran at least its minimum number of tests and nothing failed. Skipped and todo tests
// are listed. A whole project or test file going missing then fails CI, where a check of the
// total alone (more than zero tests) let it pass.
//
//   node scripts/check-test-report.mjs <report.json> [project …]
//
// With no project named, all the projects below are expected. test/setup.ts writes each test's
// project into its `meta` (the report names only files).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

// Tests per project when these minimums were last set. Raise them as tests are added; lower
// one only when tests are removed on purpose.
const MINIMUM_TESTS = {
  core: 1110,
  'core America/Los_Angeles': 1110,
  'core Asia/Kolkata': 1110,
  import: 280,
  'import America/Los_Angeles': 280,
  'import Asia/Kolkata': 280,
  export: 108,
  react: 368,
  'react strict': 227,
  package: 13,
};

const [file, ...named] = process.argv.slice(2);
if (!file) {
  console.error('usage: check-test-report.mjs <report.json> [project …]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
// `project=n` names a project and lowers its minimum for this report alone (the React 18 run
// skips one server-rendering test on purpose).
for (const entry of named) {
  const [project, minimum] = entry.split('=');
  if (minimum !== undefined) MINIMUM_TESTS[project] = Number(minimum);
}
const expected =
  named.length > 0 ? named.map((entry) => entry.split('=')[0]) : Object.keys(MINIMUM_TESTS);
const problems = [];

const counts = new Map();
const count = (project, status) => {
  const entry = counts.get(project) ?? { total: 0, passed: 0, failed: 0, skipped: 0, todo: 0 };
  entry.total += 1;
  entry[status in entry ? status : 'skipped'] += 1;
  counts.set(project, entry);
};
const notRun = [];
for (const result of report.testResults ?? []) {
  const name = relative(process.cwd(), result.name);
  // A file's tests are tagged from the first one that runs; one whose every test was skipped
  // takes its project from none of them.
  const tagged = result.assertionResults.find((test) => test.meta?.project !== undefined);
  const fileProject = tagged?.meta.project ?? '(unknown project)';
  if (result.status === 'failed' && result.assertionResults.every((t) => t.status !== 'failed')) {
    problems.push(`${name} [${fileProject}] failed: ${result.message || 'no message'}`);
  }
  for (const test of result.assertionResults) {
    const project = test.meta?.project ?? fileProject;
    count(project, test.status);
    if (test.status === 'failed') problems.push(`failed [${project}] ${name}: ${test.fullName}`);
    if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') {
      notRun.push(`${test.status} [${project}] ${name}: ${test.fullName}`);
    }
  }
}

for (const project of expected) {
  const minimum = MINIMUM_TESTS[project];
  const entry = counts.get(project);
  if (minimum === undefined) problems.push(`no minimum is set for project "${project}"`);
  else if (!entry)
    problems.push(`project "${project}" ran no tests (expected at least ${minimum})`);
  else if (entry.passed < minimum) {
    problems.push(
      `project "${project}" passed ${entry.passed} tests, expected at least ${minimum}`,
    );
  }
}
for (const project of counts.keys()) {
  if (!expected.includes(project)) problems.push(`tests ran in an unexpected project "${project}"`);
}
if (report.success !== true) problems.push('vitest reports the run as unsuccessful');

for (const [project, entry] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
  const minimum = MINIMUM_TESTS[project] ?? '?';
  const rest = ['failed', 'skipped', 'todo'].map((s) => (entry[s] ? `, ${entry[s]} ${s}` : ''));
  console.log(`${project}: ${entry.passed} passed (minimum ${minimum})${rest.join('')}`);
}
if (notRun.length > 0) {
  console.log(`\n${notRun.length} tests did not run:`);
  for (const line of notRun) console.log(`  ${line}`);
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problems:`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}

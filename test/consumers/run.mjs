// The package as consumers install it (issue #6): builds and packs okr-balance, installs the
// tarball into a throwaway consumer outside the repo, and checks it there the way apps use it —
// ESM and CJS in Node, server rendering without a DOM, tsc under "bundler" and "node16", and a
// Vite production build that must leave out the widgets it does not use.
//
//   npm run test:consumers            (OKR_KEEP_CONSUMERS=1 keeps the temp dir for debugging)
//
// Every check runs in its own child process inside the consumer, so the repo's node_modules
// can never stand in for what the tarball failed to bring.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const keep = process.env.OKR_KEEP_CONSUMERS === '1';
const started = performance.now();

// The child environment, without: the npm_* variables `npm run` sets for this script (one of
// them, npm_config_local_prefix, would point a nested `npm install` back at the repo); NODE_PATH,
// which could let the consumer find modules it did not install; and colours, which would garble
// the output shown for a failure.
const dropped =
  /^(npm_(package_|lifecycle_|command$|config_local_prefix$)|INIT_CWD$|NODE_PATH$|FORCE_COLOR$)/i;
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !dropped.test(name))),
  NO_COLOR: '1',
};

// The children still running, so an interrupt can stop them before removing their directory.
const children = new Set();
// On POSIX each child leads its own process group, and stopping it stops the whole group:
// `npm run build` runs tsup through a shell, and killing npm alone would leave tsup running.
const groups = process.platform !== 'win32';
function stop(child) {
  try {
    if (groups) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Runs a command; resolves (never rejects) with its exit status, output and duration. */
function run(command, args, { cwd, timeout = 120_000 }) {
  return new Promise((resolve) => {
    const begin = performance.now();
    const child = spawn(command, args, {
      cwd,
      env,
      detached: groups,
      // Windows runs `npm` through its .cmd shim only in a shell.
      shell: process.platform === 'win32' && command === 'npm',
    });
    children.add(child);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child);
    }, timeout);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const finish = (code, signal, error) => {
      clearTimeout(timer);
      children.delete(child);
      const notes = [
        error?.message,
        timedOut && `stopped after the ${timeout / 1000}s time limit`,
      ].filter(Boolean);
      resolve({
        ok: code === 0,
        code,
        signal,
        stdout,
        stderr: [stderr, ...notes].join('\n'),
        ms: performance.now() - begin,
      });
    };
    child.on('error', (error) => finish(null, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

// The npm that started this script when there is one (`npm run`), else whatever `npm` is.
function npm(args, options) {
  const cli = process.env.npm_execpath;
  return cli && /npm-cli\.[cm]?js$/.test(cli)
    ? run(process.execPath, [cli, ...args], options)
    : run('npm', args, options);
}

const node = (args, options) => run(process.execPath, args, options);

let failures = 0;
let passed = 0;

/** Prints one result line, and for a failure what the child said (its last lines). */
function report(title, result) {
  const seconds = `${(result.ms / 1000).toFixed(1)}s`;
  if (result.ok) {
    passed++;
    // A check may end its stdout with a one-line summary (the Vite build reports its sizes).
    const summary = result.summary ? ` — ${result.stdout.trim().split('\n').at(-1)}` : '';
    console.log(`✓ ${title}${summary} (${seconds})`);
    return;
  }
  failures++;
  const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
  console.log(`✗ ${title} (${seconds}, ${how})`);
  for (const [name, text] of [
    ['stderr', result.stderr],
    ['stdout', result.stdout],
  ]) {
    // npm's notice about an unknown "nodedir" setting is noise on this machine, not a cause.
    const lines = text
      .split('\n')
      .filter((line) => line.trim() && !/Unknown (user|global) config "nodedir"/.test(line));
    if (lines.length === 0) continue;
    const shown = lines.slice(-60);
    console.log(
      `    ${name}${shown.length < lines.length ? ` (last ${shown.length} lines)` : ''}:`,
    );
    // One long line (minified code, markup) must not bury the rest.
    for (const line of shown) {
      console.log(`      ${line.length > 500 ? `${line.slice(0, 500)}…` : line}`);
    }
  }
}

/** A failed step in the parent itself (no child), shaped like a child's result. */
const failed = (message, ms = 0) => ({
  ok: false,
  code: 1,
  signal: null,
  stdout: '',
  stderr: message,
  ms,
});

const tmp = mkdtempSync(join(tmpdir(), 'okr-balance-consumers-'));
function cleanUp() {
  if (keep) console.log(`  (kept ${tmp})`);
  else rmSync(tmp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) stop(child);
    cleanUp();
    process.exit(130);
  });
}

/** Builds, packs and installs; returns the consumer directory, or null after a failure. */
async function prepare() {
  const build = await npm(['run', 'build'], { cwd: repo, timeout: 300_000 });
  report('npm run build', build);
  if (!build.ok) return null;

  const pack = await npm(['pack', '--json', '--pack-destination', tmp], { cwd: repo });
  let tarball;
  let packTitle = 'npm pack';
  if (pack.ok) {
    try {
      const [info] = JSON.parse(pack.stdout);
      tarball = join(tmp, info.filename);
      const paths = new Set(info.files.map((file) => file.path));
      // Every file the exports map (and the node10 stub) points at must be in the tarball.
      const needed = [
        'package.json',
        'core/package.json',
        'locales/de/package.json',
        'dist/styles.css',
        'dist/styles.d.css.ts',
        'LICENSE',
        ...['index', 'core', 'locales/de'].flatMap((name) =>
          ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => `dist/${name}${ext}`),
        ),
      ];
      const missing = needed.filter((path) => !paths.has(path));
      packTitle = `npm pack → ${info.filename} (${info.entryCount} files, ${(info.size / 1024).toFixed(0)} kB)`;
      if (missing.length > 0) {
        Object.assign(pack, failed(`missing: ${missing.join(', ')}`, pack.ms));
      }
    } catch (error) {
      Object.assign(pack, failed(`could not read npm pack --json: ${error.message}`, pack.ms));
    }
  }
  report(packTitle, pack);
  if (!pack.ok) return null;

  // The consumer gets React from the same versions the repo has, so the npm cache serves them;
  // the package's own dependencies must come in through the tarball's dependency list.
  const version = (name) =>
    JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
  // (@types/node only for the CommonJS consumer's require().)
  const peers = ['react', 'react-dom', '@types/react', '@types/node'].map(
    (name) => `${name}@${version(name)}`,
  );
  const consumer = join(tmp, 'consumer');
  cpSync(fixtures, consumer, { recursive: true });
  // "type": "module", as a Vite app has it: .js and .tsx are ESM, .cjs and .cts CommonJS.
  writeFileSync(
    join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'okr-balance-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  const install = await npm(
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...peers],
    { cwd: consumer, timeout: 300_000 },
  );
  let installTitle = `npm install <tarball> ${peers.join(' ')}`;
  if (install.ok) {
    const installed = join(consumer, 'node_modules', 'okr-balance');
    const { dependencies = {} } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    // npm may hoist a dependency or nest it under the package; either way it must be there.
    const found = Object.keys(dependencies).map((name) => {
      const dir = [
        join(consumer, 'node_modules', name),
        join(installed, 'node_modules', name),
      ].find((candidate) => existsSync(join(candidate, 'package.json')));
      return { name, dir };
    });
    const missing = found.filter(({ dir }) => !dir).map(({ name }) => name);
    const brought = found
      .filter(({ dir }) => dir)
      .map(
        ({ name, dir }) => `${name}@${JSON.parse(readFileSync(join(dir, 'package.json'))).version}`,
      );
    installTitle += ` → ${brought.join(', ')} via the tarball's dependencies`;
    if (missing.length > 0) {
      Object.assign(install, failed(`not installed: ${missing.join(', ')}`, install.ms));
    }
  }
  report(installTitle, install);
  return install.ok ? consumer : null;
}

/** Runs tasks at most `limit` at a time, in order. */
function limiter(limit) {
  let active = 0;
  const waiting = [];
  return async (task) => {
    if (active >= limit) await new Promise((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

// The repo's own TypeScript (what node_modules/.bin/tsc runs), started with this Node so it
// works the same where .bin holds shell shims.
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * Type-checks a consumer project and checks which of the package's declaration files the
 * program used: a clean compile is only worth something if it went through the files each
 * module system should get (`expected`), and not through the others (`unexpected`).
 */
async function typecheck(cwd, config, expected, unexpected) {
  const result = await node([tsc, '-p', config, '--listFiles'], { cwd });
  // --listFiles prints absolute paths; everything else is a diagnostic, kept for the report.
  const lines = result.stdout.split('\n');
  const used = lines.map((line) => line.trim()).filter((line) => isAbsolute(line));
  result.stdout = lines.filter((line) => !isAbsolute(line.trim())).join('\n');
  // Paths below dist/, with forward slashes: `core.d.ts`, `locales/de.d.ts`.
  const fromDist = used
    .map((path) => path.match(/[\\/]node_modules[\\/]okr-balance[\\/]dist[\\/](.+)$/)?.[1])
    .filter((path) => path !== undefined)
    .map((path) => path.replaceAll('\\', '/'));
  const dist = (file) => fromDist.includes(file);
  const problems = [
    ...expected.filter((file) => !dist(file)).map((file) => `dist/${file} was not used`),
    ...unexpected.filter(dist).map((file) => `dist/${file} was used`),
  ];
  if (problems.length > 0) {
    result.ok = false;
    result.stderr += `${problems.join('\n')}\n`;
  }
  return result;
}

async function check(consumer) {
  // The repo's Vite, resolved from here; the build itself resolves everything from the consumer.
  const vite = import.meta.resolve('vite');
  const at = { cwd: consumer };
  const checks = [
    // The slowest first, so the two cores stay busy to the end.
    [
      'Vite production build of StatusBadge + ProgressSpreadGauge + styles.css: no OkrRadar, CauseChecklist or OkrBalanceBoard code in the JS, nor the radar geometry or cause catalogue they alone need, used widgets present, badge CSS emitted',
      async () => ({
        ...(await node(['vite-build.mjs', vite], { ...at, timeout: 180_000 })),
        summary: true,
      }),
    ],
    [
      'esbuild: StatusBadge, CauseChecklist, analyzeOkrs, parseOkrSet and reviewAgenda alone carry no d3 or visx module; OkrRadar and ProgressSpreadGauge do; d3-dsv only in okr-balance/import, the exporter only in okr-balance/export and ExportMenu (not the board)',
      async () => ({
        ...(await node(['leaks.mjs', import.meta.resolve('esbuild')], at)),
        summary: true,
      }),
    ],
    [
      '"use client" on every built file that reaches React, and on none that the core or the German catalogue reach',
      async () => ({ ...(await node(['directives.mjs'], at)), summary: true }),
    ],
    [
      'tsc, moduleResolution bundler (module esnext): app.tsx with OkrSet, Report, widget props and one @ts-expect-error',
      () =>
        typecheck(
          consumer,
          'tsconfig.bundler.json',
          ['index.d.ts', 'core.d.ts', 'locales/de.d.ts', 'import.d.ts', 'export.d.ts'],
          ['index.d.cts', 'core.d.cts', 'locales/de.d.cts', 'import.d.cts', 'export.d.cts'],
        ),
    ],
    [
      'tsc, moduleResolution node16: app.tsx as ESM ("type": "module") and cjs.cts as CommonJS, each with one @ts-expect-error',
      () =>
        typecheck(
          consumer,
          'tsconfig.node16.json',
          [
            ...['index', 'core', 'locales/de', 'import', 'export'].flatMap((name) => [
              `${name}.d.ts`,
              `${name}.d.cts`,
            ]),
          ],
          [],
        ),
    ],
    ...['bundler', 'node16'].map((resolution) => [
      `tsc, moduleResolution ${resolution}, noUncheckedSideEffectImports: import 'okr-balance/styles.css' resolves to the stylesheet's declaration`,
      () => typecheck(consumer, `tsconfig.styles-${resolution}.json`, ['styles.d.css.ts'], []),
    ]),
    [
      "ESM import 'okr-balance/core': analyzeOkrs (3 objectives, statuses, balance), parseOkrSet, reviewAgenda, no widgets, no German; 'okr-balance/locales/de' formats and writes the agenda in German",
      () => node(['esm-core.mjs'], at),
    ],
    [
      "ESM import 'okr-balance': the five widgets, hooks and provider; every core export re-exported by name from the same module (no export * under 'use client', which Next.js refuses)",
      () => node(['esm-react.mjs'], at),
    ],
    [
      "CJS require('okr-balance/core'): the same analysis and German catalogue, and React never loaded",
      () => node(['cjs-core.cjs'], at),
    ],
    [
      "ESM import 'okr-balance/import' and 'okr-balance/export': a European CSV in, the report out as CSV that reads back in and as standalone SVGs",
      () => node(['esm-data.mjs'], at),
    ],
    [
      "CJS require('okr-balance/import') and require('okr-balance/export'): the same, and React never loaded",
      () => node(['cjs-data.cjs'], at),
    ],
    [
      "CJS require('okr-balance'): the widgets, the shared core, StatusBadge rendered",
      () => node(['cjs-react.cjs'], at),
    ],
    [
      'renderToString(<OkrBalanceBoard>) in Node without a DOM: board, <svg> and titles, nothing logged',
      () => node(['ssr.mjs'], at),
    ],
  ];
  const limit = limiter(availableParallelism());
  const pending = checks.map(([title, task]) => [title, limit(task)]);
  for (const [title, result] of pending) report(title, await result);
}

try {
  const consumer = await prepare();
  if (consumer) await check(consumer);
  else console.log('  (the consumer checks did not run)');
} catch (error) {
  report('test/consumers/run.mjs itself', failed(error.stack ?? String(error)));
} finally {
  cleanUp();
}
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  failures === 0
    ? `${passed} checks passed in ${total}s`
    : `${failures} of ${passed + failures} checks failed in ${total}s`,
);
process.exitCode = failures === 0 ? 0 : 1;

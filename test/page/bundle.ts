import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** A path in the repository, from its root. */
export const repo = (path: string): string =>
  fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * esbuild options that bundle a test page's app (a path from the repository's root) for
 * Chromium as an app would, with the package's names resolved to its sources.
 */
export function appBuild(entry: string): BuildOptions {
  return {
    entryPoints: [repo(entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    alias: {
      'okr-balance/core': repo('src/core/index.ts'),
      'okr-balance/locales/de': repo('src/locales/de.ts'),
      'okr-balance': repo('src/index.ts'),
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    // Only errors: bundling warns that the entry's 'use client' directive is dropped.
    logLevel: 'error',
  };
}

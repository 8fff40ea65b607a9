import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const source = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

describe('module boundaries', () => {
  it('keeps the core free of React, the DOM and rendering code', () => {
    const offenders = source('src/core').filter(
      ({ text }) =>
        /from ['"](react|react-dom|@visx\/|d3-selection)/.test(text) ||
        /\b(window|document|navigator)\./.test(text),
    );
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it('keeps the importer and the exporter free of React and the DOM (they run in Node and workers)', () => {
    const offenders = [...source('src/import'), ...source('src/export')].filter(
      ({ file, text }) =>
        /from ['"](react|react-dom|@visx\/|d3-selection|\.\.\/react)/.test(text) ||
        // svgToPng alone draws in a browser, and says so.
        (file !== 'svgToPng.ts' && /\b(window|document|navigator)\./.test(text)),
    );
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it('imports the core from outside it (widgets, locales) only through its entry', () => {
    const reactFiles = source('src').filter(({ file }) => !file.startsWith('core'));
    const deep = reactFiles.filter(({ text }) => /from ['"][./]*core\/(?!index)/.test(text));
    expect(deep.map(({ file }) => file)).toEqual([]);
  });

  it('puts use client at the top of the main entry only', () => {
    expect(readFileSync('src/index.ts', 'utf8').startsWith("'use client';")).toBe(true);
    const directives = source('src/core').filter(({ text }) => /['"]use client['"]/.test(text));
    expect(directives).toEqual([]);
  });

  it('loads the core in Node with no DOM and no React', async () => {
    expect(typeof globalThis.document).toBe('undefined');
    const core = await import('../src/core');
    expect(typeof core.analyzeOkrs).toBe('function');
    await expect(import('../src/import')).resolves.toBeDefined();
    await expect(import('../src/export')).resolves.toBeDefined();
  });
});

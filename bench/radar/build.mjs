// esbuild bundles for the radar benchmark: the size entry, the server-render module and the
// browser page of each chart, all from the same chart module.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const HERE = import.meta.dirname;

export const RADARS = [
  // okr-balance's radars need its stylesheet to size their SVG; the others size themselves.
  { id: 'okr', name: 'okr-balance OkrRadar', module: './okr.jsx', stylesheet: true },
  { id: 'nivo', name: '@nivo/radar Radar', module: './nivo.jsx' },
  { id: 'recharts', name: 'recharts RadarChart', module: './recharts.jsx' },
  { id: 'bare', name: 'bare SVG (floor)', module: './bare.jsx' },
];

// Libraries drop their development checks in production builds, and every consumer's bundler
// sets this; the comparison is of what ships.
const PRODUCTION = { 'process.env.NODE_ENV': '"production"' };

export async function bundle(contents, options) {
  const result = await build({
    stdin: { contents, resolveDir: HERE, loader: 'jsx', sourcefile: 'entry.jsx' },
    bundle: true,
    write: false,
    jsx: 'automatic',
    loader: { '.jsx': 'jsx' },
    define: PRODUCTION,
    logLevel: 'silent',
    legalComments: 'none',
    ...options,
  });
  return result.outputFiles[0].text;
}

/**
 * What a chart adds to an app that already has React: an entry that renders just that chart,
 * minified, React and React DOM left out, everything else in; gzip at level 9.
 */
export async function gzipBytes(radar) {
  const code = await bundle(
    `import { createRoot } from 'react-dom/client';
import { Chart, dataSets } from '${radar.module}';
createRoot(document.getElementById('root')).render(<Chart {...dataSets[0]} />);`,
    {
      format: 'esm',
      platform: 'browser',
      minify: true,
      external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    },
  );
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** A CommonJS module for Node with its own production React, the chart and its data. */
export function serverModule(radar) {
  return bundle(
    `export { Chart, dataSets } from '${radar.module}';
export { createElement } from 'react';
export { renderToString } from 'react-dom/server';`,
    { format: 'cjs', platform: 'node', target: 'node20' },
  );
}

/** The browser page's script: React (production), the chart, its data and the harness. */
export function pageScript(radar) {
  return bundle(
    `import { Chart, dataSets } from '${radar.module}';
import { install } from './harness.jsx';
install(Chart, dataSets);`,
    { format: 'iife', platform: 'browser', minify: true },
  );
}

/** A browser page's script (production React): an entry module's `install()`, called. */
export function harnessScript(entry) {
  return bundle(`import { install } from '${entry}';\ninstall();`, {
    format: 'iife',
    platform: 'browser',
    minify: true,
  });
}

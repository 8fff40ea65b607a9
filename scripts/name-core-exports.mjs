// Next.js refuses `export *` in a 'use client' module, and the React entry re-exports the core
// from its sibling file. This names each of the core's exports instead, on the one line the
// `export *` took, so the source map still lines up. It runs after tsup builds the React entry.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const entry = new URL('../dist/index.js', import.meta.url);
const STAR = 'export * from "./core.js";';

// The core's export names, from its source: the build of dist/core.js may still be running.
const { metafile } = await build({
  entryPoints: [new URL('../src/core/index.ts', import.meta.url).pathname],
  bundle: true,
  write: false,
  metafile: true,
  format: 'esm',
  platform: 'neutral',
  packages: 'external',
  logLevel: 'error',
});
const names = Object.values(metafile.outputs).flatMap((output) => output.exports);

const text = readFileSync(entry, 'utf8');
if (text.split(STAR).length !== 2) {
  throw new Error(`dist/index.js should hold exactly one \`${STAR}\``);
}
writeFileSync(entry, text.replace(STAR, `export { ${names.sort().join(', ')} } from "./core.js";`));

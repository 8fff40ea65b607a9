import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/**
 * The React entry imports the core through '../core'; in the build that import points at the
 * core's own file, so the core's code ships once and both entries share it.
 */
const coreAsSibling: Plugin = {
  name: 'core-as-sibling',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /(^|\/)core(\/index)?$/ }, (args) =>
      args.importer.includes('/src/core/')
        ? undefined
        : { path: `./core${extension}`, external: true },
    );
  },
};

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
};

export default defineConfig([
  { ...shared, entry: { core: 'src/core/index.ts' }, clean: true },
  // Catalogues in other languages: data alone, imported only by an app that speaks them.
  { ...shared, entry: { 'locales/de': 'src/locales/de.ts' } },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    esbuildPlugins: [coreAsSibling],
    onSuccess: 'node scripts/build-css.mjs && node scripts/name-core-exports.mjs',
  },
]);

import { defineConfig } from 'tsup';

/**
 * Every public React module is an entry of its own, so code splitting puts each widget in its
 * own chunk: an app that imports `StatusBadge` from `okr-balance` reaches the badge's chunk
 * through the main entry's re-exports and never the radar's d3 and visx code. The core is an
 * entry too; the code it shares with the widgets lands in chunks that both import, so it ships
 * once. CJS is split the same way (tsup's CJS splitting).
 */
const WIDGETS = {
  OkrRadar: 'src/react/OkrRadar.tsx',
  StatusBadge: 'src/react/StatusBadge.tsx',
  ProgressSpreadGauge: 'src/react/ProgressSpreadGauge.tsx',
  CauseChecklist: 'src/react/CauseChecklist.tsx',
  OkrBalanceBoard: 'src/react/OkrBalanceBoard.tsx',
  OkrBalanceProvider: 'src/react/OkrBalanceProvider.tsx',
  OrgTable: 'src/react/OrgTable.tsx',
  ChangeList: 'src/react/ChangeList.tsx',
  ProgressTrend: 'src/react/ProgressTrend.tsx',
  ExportMenu: 'src/react/ExportMenu.tsx',
  useOkrBalance: 'src/react/hooks/useOkrBalance.ts',
  useFormatter: 'src/react/hooks/useFormatter.ts',
};

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    // Data in and out (issue 18): entries of their own, so neither adds a byte to the widgets.
    import: 'src/import/index.ts',
    export: 'src/export/index.ts',
    // Catalogues in other languages: data alone, imported only by an app that speaks them.
    'locales/de': 'src/locales/de.ts',
    ...Object.fromEntries(Object.entries(WIDGETS).map(([name, file]) => [`react/${name}`, file])),
  },
  format: ['esm', 'cjs'],
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  // The stylesheet, then "use client" on every chunk that holds React code (and on no other).
  onSuccess: 'node scripts/build-css.mjs && node scripts/mark-client-chunks.mjs',
});

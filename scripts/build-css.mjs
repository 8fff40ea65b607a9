// Builds dist/styles.css: the theme tokens first, then each widget's styles, in name order,
// minified (the comments explain the source in src/styles; a page needs none of them).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';

const dir = new URL('../src/styles/', import.meta.url);
const parts = readdirSync(dir)
  .filter((file) => file.endsWith('.css') && file !== 'tokens.css' && file !== 'index.css')
  .sort();
const css = ['tokens.css', ...parts].map((file) => readFileSync(new URL(file, dir), 'utf8'));
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
const { code } = await transform(css.join('\n'), { loader: 'css', minify: true });
writeFileSync(new URL('../dist/styles.css', import.meta.url), code);

// Its type declaration: a module with no exports, so TypeScript accepts
// `import 'okr-balance/styles.css'` under noUncheckedSideEffectImports (TS2882 without one; the
// default from TypeScript 6). Named as TypeScript looks for a declaration of an arbitrary file
// (`styles.d.css.ts` beside `styles.css`), and the exports map points its `types` at it.
writeFileSync(
  new URL('../dist/styles.d.css.ts', import.meta.url),
  '// okr-balance/styles.css: a stylesheet, imported for its side effect. It exports nothing.\nexport {};\n',
);

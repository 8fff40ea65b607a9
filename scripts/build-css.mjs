// Builds dist/styles.css: the theme tokens first, then each widget's styles, in name order.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/styles/', import.meta.url);
const parts = readdirSync(dir)
  .filter((file) => file.endsWith('.css') && file !== 'tokens.css' && file !== 'index.css')
  .sort();
const css = ['tokens.css', ...parts].map((file) => readFileSync(new URL(file, dir), 'utf8'));
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/styles.css', import.meta.url), css.join('\n'));

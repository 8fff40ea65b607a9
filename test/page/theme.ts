// The default theme as a page links it: the stylesheets of src/styles, tokens first, in the
// order the build joins them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export async function themeCss(): Promise<string> {
  const styles = fileURLToPath(new URL('../../src/styles', import.meta.url));
  const parts = (await readdir(styles))
    .filter((file) => file.endsWith('.css') && file !== 'tokens.css' && file !== 'index.css')
    .sort();
  const css = await Promise.all(
    ['tokens.css', ...parts].map((file) => readFile(join(styles, file), 'utf8')),
  );
  return css.join('\n');
}

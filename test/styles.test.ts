import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the development stylesheet', () => {
  it('imports every partial, tokens first and the rest in the order the build joins them', () => {
    // Storybook and the examples load src/styles/index.css; the build joins the partials itself
    // (scripts/build-css.mjs), so a partial missing here is unstyled in Storybook alone.
    const partials = readdirSync('src/styles')
      .filter((file) => file.endsWith('.css') && file !== 'tokens.css' && file !== 'index.css')
      .sort();
    const imported = [
      ...readFileSync('src/styles/index.css', 'utf8').matchAll(/@import "\.\/([^"]+)"/g),
    ].map((match) => match[1]);
    expect(imported).toEqual(['tokens.css', ...partials]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_THEMES, THEME_COLOURS } from '../../src/export';
import { TOKENS } from '../../src/export/theme';

const CSS = readFileSync('src/styles/tokens.css', 'utf8');

/** The `--okr-*` values of the rule whose selector ends in `selector`, by name without `--okr-`. */
function tokensOf(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no rule for ${selector}`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map(
    [...block.matchAll(/--okr-([\w-]+):\s*([^;]+);/g)].map((m) => [m[1] as string, m[2] as string]),
  );
}

/** Where the export's table differs from the stylesheet: `theme token: table ≠ css`. */
function drift(css: string): string[] {
  const sheets = {
    light: tokensOf(css, ':where([data-okr-theme="light"])'),
    dark: tokensOf(css, ':where([data-okr-theme="dark"])'),
  };
  return EXPORT_THEMES.flatMap((theme) =>
    TOKENS.filter((token) => THEME_COLOURS[theme][token] !== sheets[theme].get(token)).map(
      (token) => `${theme} ${token}: ${THEME_COLOURS[theme][token]} ≠ ${sheets[theme].get(token)}`,
    ),
  );
}

describe('the export theme table', () => {
  it('holds the values of tokens.css for every token it paints with, light and dark', () => {
    expect(drift(CSS)).toEqual([]);
  });

  it('is reported as drifting when tokens.css changes a colour (negative control)', () => {
    const changed = CSS.replaceAll(
      '--okr-status-at-risk: #ffa657;',
      '--okr-status-at-risk: #ff0000;',
    );
    expect(changed).not.toBe(CSS);
    expect(drift(changed)).toEqual(['dark status-at-risk: #ffa657 ≠ #ff0000']);
  });

  it('has no custom property left: every value a literal colour', () => {
    for (const theme of EXPORT_THEMES) {
      for (const value of Object.values(THEME_COLOURS[theme])) {
        expect(value).toMatch(/^(#[0-9a-f]{6}|rgb\(\d+ \d+ \d+ \/ [\d.]+\))$/);
      }
    }
  });
});

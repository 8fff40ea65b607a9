// The colours of the exported drawings, written out: an SVG file has no stylesheet to take
// `--okr-*` custom properties from. Copied from src/styles/tokens.css (test/export/theme.test.ts
// fails when the two drift apart).

/** The themes an export can be drawn in. */
export const EXPORT_THEMES = ['light', 'dark'] as const;
/** `light` or `dark`: the default theme's tokens of that name. */
export type ExportTheme = (typeof EXPORT_THEMES)[number];

/** The tokens the exported drawings use, by their name in tokens.css without `--okr-`. */
export type ThemeColours = Readonly<Record<(typeof TOKENS)[number], string>>;

/** The tokens of tokens.css the export paints with. */
export const TOKENS = [
  'bg',
  'surface',
  'fg',
  'fg-muted',
  'border',
  'grid',
  'progress',
  'progress-fill',
  'expected',
  'compare',
  'status-done',
  'status-ahead',
  'status-on-track',
  'status-not-started',
  'status-behind',
  'status-at-risk',
  'status-off-track',
  'status-on-track-bg',
  'status-behind-bg',
  'status-off-track-bg',
  'level-balanced',
  'level-uneven',
  'level-unbalanced',
] as const;

/** The light and dark themes of tokens.css, as literal colours. */
export const THEME_COLOURS: Readonly<Record<ExportTheme, ThemeColours>> = {
  light: {
    bg: '#ffffff',
    surface: '#f6f8fa',
    fg: '#1f2328',
    'fg-muted': '#59636e',
    border: '#818b98',
    grid: '#818b98',
    progress: '#0969da',
    'progress-fill': 'rgb(9 105 218 / 0.16)',
    expected: '#6e7781',
    compare: '#bf3989',
    'status-done': '#6639ba',
    'status-ahead': '#0550ae',
    'status-on-track': '#116329',
    'status-not-started': '#59636e',
    'status-behind': '#7d4e00',
    'status-at-risk': '#bc4c00',
    'status-off-track': '#cf222e',
    'status-on-track-bg': '#dafbe1',
    'status-behind-bg': '#fff8c5',
    'status-off-track-bg': '#ffebe9',
    'level-balanced': '#116329',
    'level-uneven': '#7d4e00',
    'level-unbalanced': '#cf222e',
  },
  dark: {
    bg: '#0d1117',
    surface: '#161b22',
    fg: '#e6edf3',
    'fg-muted': '#9198a1',
    border: '#656c76',
    grid: '#6e7681',
    progress: '#58a6ff',
    'progress-fill': 'rgb(88 166 255 / 0.2)',
    expected: '#9198a1',
    compare: '#f778ba',
    'status-done': '#d2a8ff',
    'status-ahead': '#79c0ff',
    'status-on-track': '#56d364',
    'status-not-started': '#9198a1',
    'status-behind': '#e3b341',
    'status-at-risk': '#ffa657',
    'status-off-track': '#ff7b72',
    'status-on-track-bg': '#0f2d18',
    'status-behind-bg': '#2e2410',
    'status-off-track-bg': '#3d1517',
    'level-balanced': '#56d364',
    'level-uneven': '#e3b341',
    'level-unbalanced': '#ff7b72',
  },
};

/**
 * `okr-balance/export`: reports out to spreadsheets (CSV) and slides (standalone SVG, PNG)
 * (SPEC §11). Made without a DOM (Node and workers), except `svgToPng`, which needs a browser.
 *
 * - `toCsv(report, { bom, delimiter, decimal, locale, messages })`: a row per objective, or per
 *   unit and objective of `analyzeOrg`'s report (`CSV_COLUMNS`, `ORG_CSV_COLUMNS`).
 * - `radarToSvg`, `gaugeToSvg`, `boardToSvg(report, { theme, width, height, locale, messages })`:
 *   standalone SVG strings drawn from the widgets' geometry in the theme's literal colours. A
 *   report the widgets cannot show is drawn as their invalid-data message (`onIssues` gets the
 *   problems); `toCsv` throws for it instead.
 * - `svgToPng(svg, { pixelRatio })`: a PNG Blob in a browser (`img-src blob:` under a CSP).
 */
export { type BoardSvgOptions, boardToSvg } from './boardSvg';
export { CSV_COLUMNS, type CsvOptions, csvCell, ORG_CSV_COLUMNS, plainNumber, toCsv } from './csv';
export { type GaugeSvgOptions, gaugeToSvg } from './gaugeSvg';
export { type RadarSvgComparison, type RadarSvgOptions, radarToSvg } from './radarSvg';
export { FONT_STACK, type SvgOptions } from './svg';
export { type SvgToPngOptions, svgToPng } from './svgToPng';
export { EXPORT_THEMES, type ExportTheme, THEME_COLOURS, type ThemeColours } from './theme';

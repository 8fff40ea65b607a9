/**
 * `okr-balance/export`: reports out to spreadsheets (CSV) and slides (standalone SVG, PNG)
 * (SPEC §11). Made without a DOM (Node and workers), except `svgToPng`, which needs a browser.
 */
export { type BoardSvgOptions, boardToSvg } from './boardSvg';
export { CSV_COLUMNS, type CsvOptions, csvCell, ORG_CSV_COLUMNS, plainNumber, toCsv } from './csv';
export { type GaugeSvgOptions, gaugeToSvg } from './gaugeSvg';
export { type RadarSvgComparison, type RadarSvgOptions, radarToSvg } from './radarSvg';
export { FONT_STACK, type SvgOptions } from './svg';
export { type SvgToPngOptions, svgToPng } from './svgToPng';
export { EXPORT_THEMES, type ExportTheme, THEME_COLOURS, type ThemeColours } from './theme';

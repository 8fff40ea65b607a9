/**
 * `okr-balance/export`: reports out to spreadsheets (CSV) and slides (standalone SVG, PNG)
 * (SPEC §11). Made without a DOM (Node and workers), except `svgToPng`, which needs a browser.
 */
export { type BoardSvgOptions, boardToSvg } from './boardSvg';
export { type GaugeSvgOptions, gaugeToSvg } from './gaugeSvg';
export { type RadarSvgComparison, type RadarSvgOptions, radarToSvg } from './radarSvg';
export { FONT_STACK, type SvgOptions } from './svg';
export { EXPORT_THEMES, type ExportTheme, THEME_COLOURS, type ThemeColours } from './theme';

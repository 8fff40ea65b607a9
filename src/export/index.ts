/**
 * `okr-balance/export`: reports out to spreadsheets (CSV) and slides (standalone SVG, PNG)
 * (SPEC §11). Made without a DOM (Node and workers), except `svgToPng`, which needs a browser.
 */
export {};

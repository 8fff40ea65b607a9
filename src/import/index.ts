/**
 * `okr-balance/import`: OKRs from spreadsheets and OKR tools' CSV and TSV exports (SPEC §11).
 * Pure: no DOM, no React; runs in Node and in a worker.
 */
export {};

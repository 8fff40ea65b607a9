/**
 * `okr-balance/import`: OKRs from spreadsheets and OKR tools' CSV and TSV exports (SPEC §11).
 * Pure: no DOM, no React; runs in Node and in a worker.
 *
 * The parser is d3-dsv 3.0.2 (its record parser alone: 1.12 KiB min+gzip in this entry), not
 * Papa Parse 5.7.1 (7.17 KiB min+gzip for `Papa.parse` alone, over this entry's 6 KiB budget
 * before a line of ours). Papa Parse streams and d3-dsv does not; a whole file is read at once,
 * which `bench/import.mjs` measures: 100,000 long-format rows in 0.7–1.3 s, 10,000 in about
 * 0.1 s (Node 20 on a busy two-core machine). That blocks the thread it runs on, so a page keeps
 * responding by running the import in a Web Worker; its result is plain data, cheap to post:
 *
 * ```ts
 * // import.worker.ts
 * import { parseOkrCsv } from 'okr-balance/import';
 * self.onmessage = (event: MessageEvent<string>) => self.postMessage(parseOkrCsv(event.data));
 *
 * // the page
 * const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
 * worker.onmessage = (event) => show(event.data); // { ok, value, issues, mapping }: plain data
 * worker.postMessage(await file.text());
 * ```
 */
export {
  IMPORT_FIELDS,
  type ImportField,
  type KeyResultField,
  normalizeHeader,
} from './columns';
export { DELIMITERS, type Delimiter, detectDelimiter } from './delimiter';
export { IMPORT_MESSAGES, type ImportMessageId, type ImportMessages } from './messages';
export {
  type ImportIssue,
  type ImportMapping,
  type ParseOkrCsvOptions,
  type ParseOkrCsvResult,
  parseOkrCsv,
} from './parseOkrCsv';
export { type DateOrder, type DecimalMark, readDate, readNumber } from './values';

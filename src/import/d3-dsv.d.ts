// d3-dsv ships no types; the importer uses its record parser alone (the tests its writer too).
declare module 'd3-dsv' {
  /** A parser for one delimiter. */
  export function dsvFormat(delimiter: string): {
    /** Records as arrays of cells: quoted cells unquoted, `""` read as `"`, CRLF or LF. */
    parseRows(text: string): string[][];
    /** Records as text, cells quoted where they need it. */
    formatRows(rows: readonly (readonly string[])[]): string;
  };
}

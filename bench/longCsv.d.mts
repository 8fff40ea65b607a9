/** A long-format CSV of `rows` key results (four to an objective), the same on every run. */
export function longCsv(rows: number): string;

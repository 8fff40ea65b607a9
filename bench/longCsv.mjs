// The importer's large file, shared by its bench (bench/import.mjs) and the page test that
// parses it in a Web Worker (test/page/data.page.ts): a row per key result, four to an
// objective, teams under parent teams, decimal points, ISO dates.

/** A long-format CSV of `rows` key results, the same on every run. */
export function longCsv(rows) {
  const lines = [
    'Objective ID,Objective,Key result,Start,Target,Current,Team,Parent team,Start date,End date',
  ];
  for (let at = 0; at < rows; at++) {
    const objective = Math.floor(at / 4);
    const team = objective % 500;
    lines.push(
      [
        `o${objective}`,
        `"Objective ${objective}, grow"`,
        `Key result ${at}`,
        at % 7,
        100 + (at % 13),
        ((at * 37) % 1000) / 10,
        `Team ${team}`,
        `Group ${team % 20}`,
        '2026-01-01',
        '2026-03-31',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

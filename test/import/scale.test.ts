import { describe, expect, it } from 'vitest';
import { parseOkrCsv } from '../../src/import';

describe('a file of 100,000 rows', () => {
  it('imports every row, grouped into its objectives, within seconds', () => {
    const lines = ['Objective ID,Objective,Key result,Target,Current,Team,Start date,End date'];
    for (let at = 0; at < 100_000; at++)
      lines.push(
        `o${at >> 2},"Objective ${at >> 2}, grown",KR ${at},100,${at % 100},T${(at >> 2) % 300},2026-01-01,2026-03-31`,
      );
    const started = performance.now();
    const result = parseOkrCsv(lines.join('\n'));
    const seconds = (performance.now() - started) / 1000;
    expect(result.issues).toEqual([]);
    expect(result.value?.objectives).toHaveLength(25_000);
    expect(result.value?.teams).toHaveLength(300);
    expect(result.value?.objectives[24_999]).toEqual({
      id: 'o24999',
      title: 'Objective 24999, grown',
      team: 'T99',
      keyResults: [96, 97, 98, 99].map((current, at) => ({
        id: String(at + 1),
        title: `KR ${99_996 + at}`,
        target: 100,
        current,
      })),
    });
    // A generous bound for a busy machine; bench/import.mjs measures it properly.
    expect(seconds).toBeLessThan(10);
  });
});

// toCsv's files read back by parseOkrCsv as they are, with nothing but the cycle: its progress
// on 0–1 with an objective over 100 %, and an organisation's units and objectives. (The property
// over any titles is roundtrip.test.ts; this file is not mutated by Stryker.)
import { analyzeOkrs, analyzeOrg } from 'okr-balance/core';
import { toCsv } from 'okr-balance/export';
import { parseOkrCsv } from 'okr-balance/import';
import { describe, expect, it } from 'vitest';
import { SMALL_NOW, SMALL_ORGANISATION } from '../fixtures/organisation';

const CYCLE = { start: '2026-01-01', end: '2026-04-01' };

describe('toCsv’s file read back', () => {
  it('keeps each progress, one over 100 % too, with no scale given and no warning', () => {
    for (const progresses of [
      [0.5, 2.5],
      [0.4, 2],
      [0, 1],
    ]) {
      const report = analyzeOkrs(
        {
          cycle: CYCLE,
          objectives: progresses.map((progress, i) => ({ id: `o${i}`, title: `O${i}`, progress })),
        },
        { now: '2026-02-15' },
      );
      const back = parseOkrCsv(toCsv(report), { cycle: CYCLE });
      expect(back.issues).toEqual([]);
      expect(back.value?.objectives.map(({ progress }) => progress)).toEqual(progresses);
    }
  });

  it('gives an organisation back: its units as teams under their parents, its objectives in them', () => {
    const org = analyzeOrg(SMALL_ORGANISATION, { now: SMALL_NOW });
    const back = parseOkrCsv(toCsv(org), { cycle: SMALL_ORGANISATION.cycle });
    expect(back.issues).toEqual([]);
    const again = analyzeOrg(back.value, { now: SMALL_NOW });
    expect(again.issues).toEqual([]);
    // The tree and what is in it; the roll-ups differ, as the file holds no objective's weight.
    const shape = (report: typeof org) =>
      report.units.map(({ id, name, parentId, objectiveCount }) => ({
        id,
        name,
        parentId,
        objectiveCount,
      }));
    expect(shape(again)).toEqual(shape(org));
    // In the file a unit's objectives follow it: the same objectives, each in its team.
    const objectives = (report: typeof org) =>
      report.objectives
        .map(({ id, title, team, progress }) => [id, title, team, progress])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(objectives(again)).toEqual(objectives(org));
  });
});

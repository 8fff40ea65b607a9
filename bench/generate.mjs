// Deterministic OKR sets of any size for the benchmarks.
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

/** A deterministic pseudo-random generator (mulberry32), so every run times the same data. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An OKR set of `count` objectives with three key results and six weekly check-ins each. */
export function generate(count, seed = 1) {
  const next = random(seed);
  const objectives = [];
  for (let index = 0; index < count; index++) {
    const keyResults = [0, 1, 2].map((k) => {
      const target = 10 + Math.round(next() * 90);
      return {
        id: `kr-${k}`,
        title: `Key result ${k + 1}`,
        start: 0,
        target,
        current: next() * target * 1.1,
      };
    });
    let progress = 0;
    const checkIns = [];
    for (let week = 0; week < 6; week++) {
      progress = Math.min(1.2, progress + next() * 0.15);
      checkIns.push({ at: START + (3 + week * 7) * DAY, progress, confidence: next() });
    }
    objectives.push({
      id: `objective-${index}`,
      title: `Objective number ${index + 1}`,
      type: next() < 0.3 ? 'aspirational' : 'committed',
      weight: 1 + Math.round(next() * 2),
      keyResults,
      checkIns,
    });
  }
  return { cycle: { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' }, objectives };
}

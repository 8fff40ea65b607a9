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

/** The day the benchmarks analyse generated sets on (Q1 2026, six weeks of check-ins in). */
export const NOW = '2026-02-15';

/** Team levels below the organisation in `generateOrg`'s organisations (issue 16: six). */
export const ORG_DEPTH = 6;

/**
 * `count` objectives (as `generate` makes them) in `teamCount` teams, `ORG_DEPTH` levels deep:
 * each level about four times the one above it (5,000 teams: 3, 14, 58, 234, 937, 3,754), each
 * team under one of the level above, taken in turn; the objectives dealt to the teams in turn,
 * so every team has some (100k in 5,000 teams: 20 each). Deterministic, as `generate`.
 */
export function generateOrg(count, teamCount, seed = 1) {
  const set = generate(count, seed);
  const shares = Array.from({ length: ORG_DEPTH }, (_, level) => 4 ** level);
  const total = shares.reduce((sum, share) => sum + share, 0);
  const sizes = shares.map((share) => Math.max(1, Math.floor((teamCount * share) / total)));
  sizes[ORG_DEPTH - 1] = teamCount - sizes.slice(0, -1).reduce((sum, size) => sum + size, 0);
  if (sizes[ORG_DEPTH - 1] < 1) throw new Error(`${teamCount} teams cannot be ${ORG_DEPTH} deep`);
  const teams = [];
  let above = [];
  sizes.forEach((size, level) => {
    const here = [];
    for (let index = 0; index < size; index++) {
      const id = `team-${level + 1}-${index}`;
      const parentId = above.length > 0 ? above[index % above.length] : undefined;
      teams.push({ id, name: `Team ${level + 1}.${index + 1}`, ...(parentId && { parentId }) });
      here.push(id);
    }
    above = here;
  });
  set.objectives.forEach((objective, index) => {
    objective.team = teams[index % teams.length].id;
  });
  return { ...set, teams };
}

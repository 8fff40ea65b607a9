// The organisation's tree, built from the input's teams and the objectives' `team`, with the
// repairs of §8: an unknown parent puts the team under the organisation, a cycle of parents is
// cut where it closes, a repeated id keeps the first team, an objective of an unknown team goes
// to "Unassigned". Linear in teams and objectives: every map is built once.
import { hasText, isRecord } from '../parse';
import type { IssueSeverity } from '../types';

/** Reports a structure problem: path, issue code, severity, action, message values. */
export type StructureIssue = (
  path: string,
  code: string,
  severity: IssueSeverity,
  action: string,
  values?: Record<string, string>,
) => void;

/** The tree by unit index: 0 is the organisation. */
export interface OrgStructure {
  ids: string[];
  names: string[];
  /** The parent's index; -1 for the organisation. */
  parents: number[];
  /** The index of the team in the input's `teams`, or -1 (organisation, Unassigned, derived). */
  inputIndex: number[];
  children: number[][];
  /** Depth first from the organisation: parents before children. */
  order: number[];
  depth: number[];
  /** The indexes (in the report's objectives) of each unit's own objectives. */
  own: number[][];
  /** Report indexes of objectives that name a team the teams do not list. */
  unassigned: number[];
}

/** Names the structure reads: the organisation's and Unassigned's. */
export interface StructureNames {
  organisation: string;
  unassigned: string;
}

/**
 * Builds the tree. `teamOf(k)` is the `team` of the report's objective `k`. Never throws: an
 * unreadable `teams` counts as not given, an unreadable team as left out, each with its issue.
 */
export function buildOrgStructure(
  input: unknown,
  objectiveCount: number,
  teamOf: (index: number) => string | undefined,
  names: StructureNames,
  report: StructureIssue,
): OrgStructure {
  const ids: string[] = [''];
  const unitNames: string[] = [names.organisation];
  const parentIds: (string | undefined)[] = [undefined];
  const inputIndex: number[] = [-1];
  const byId = new Map<string, number>();
  const given = readTeams(input, report);
  if (given) {
    for (let index = 0; index < given.length; index++) {
      const team = readTeam(given, index, report);
      if (!team) continue;
      if (byId.has(team.id)) {
        report(`teams[${index}].id`, 'duplicate-id', 'warning', 'first-team-kept');
        continue;
      }
      byId.set(team.id, ids.length);
      ids.push(team.id);
      unitNames.push(team.name);
      parentIds.push(team.parentId);
      inputIndex.push(index);
    }
  }
  const parents = parentIds.map((parentId, unit) => {
    if (unit === 0) return -1;
    if (parentId === undefined) return 0;
    const parent = byId.get(parentId);
    if (parent !== undefined) return parent;
    report(
      `teams[${inputIndex[unit]}].parentId`,
      'unknown-parent',
      'warning',
      'placed-under-organisation',
    );
    return 0;
  });
  cutCycles(parents, unitNames, inputIndex, report);

  // Objectives to units; without teams, each distinct team value becomes a team.
  const own: number[][] = ids.map(() => []);
  const unassigned: number[] = [];
  let unassignedUnit = -1;
  const addUnit = (id: string, name: string) => {
    ids.push(id);
    unitNames.push(name);
    parents.push(0);
    inputIndex.push(-1);
    own.push([]);
    return ids.length - 1;
  };
  for (let index = 0; index < objectiveCount; index++) {
    const team = teamOf(index);
    let unit = 0;
    if (hasText(team)) {
      const known = byId.get(team);
      if (known !== undefined) unit = known;
      else if (!given) {
        unit = addUnit(team, team);
        byId.set(team, unit);
      } else {
        if (unassignedUnit < 0) unassignedUnit = addUnit('', names.unassigned);
        unit = unassignedUnit;
        unassigned.push(index);
      }
    }
    (own[unit] as number[]).push(index);
  }
  ids[0] = freeId('@org', byId);
  if (unassignedUnit >= 0) ids[unassignedUnit] = freeId('@unassigned', byId, ids[0]);

  const children: number[][] = ids.map(() => []);
  for (let unit = 1; unit < ids.length; unit++) {
    (children[parents[unit] as number] as number[]).push(unit);
  }
  const order: number[] = [];
  const depth: number[] = ids.map(() => 0);
  const stack = [0];
  while (stack.length > 0) {
    const unit = stack.pop() as number;
    order.push(unit);
    const below = children[unit] as number[];
    for (let at = below.length - 1; at >= 0; at--) {
      const child = below[at] as number;
      depth[child] = (depth[unit] as number) + 1;
      stack.push(child);
    }
  }
  return { ids, names: unitNames, parents, inputIndex, children, order, depth, own, unassigned };
}

function readTeams(input: unknown, report: StructureIssue): unknown[] | null {
  let given: unknown;
  try {
    given = isRecord(input) ? input.teams : undefined;
  } catch {
    report('teams', 'unreadable', 'warning', 'teams-ignored');
    return null;
  }
  if (given === undefined || given === null) return null;
  if (!Array.isArray(given)) {
    report('teams', 'wrong-type', 'warning', 'teams-ignored', { expected: 'array' });
    return null;
  }
  return given;
}

function readTeam(
  list: unknown[],
  index: number,
  report: StructureIssue,
): { id: string; name: string; parentId: string | undefined } | null {
  const path = `teams[${index}]`;
  let id: unknown;
  let name: unknown;
  let parentId: unknown;
  try {
    const team: unknown = list[index];
    if (!isRecord(team)) {
      report(path, 'wrong-type', 'error', 'team-left-out', { expected: 'object' });
      return null;
    }
    ({ id, name, parentId } = team);
  } catch {
    report(path, 'unreadable', 'error', 'team-left-out');
    return null;
  }
  if (!hasText(id)) {
    const code = id === undefined ? 'missing' : typeof id === 'string' ? 'empty' : 'wrong-type';
    report(`${path}.id`, code, 'error', 'team-left-out', { expected: 'string' });
    return null;
  }
  if (!hasText(name)) {
    const code = name === undefined ? 'missing' : typeof name === 'string' ? 'empty' : 'wrong-type';
    report(`${path}.name`, code, 'warning', 'id-as-name', { expected: 'string' });
    name = id;
  }
  // An empty cell of a spreadsheet means no parent.
  if (parentId === null || parentId === '') parentId = undefined;
  if (parentId !== undefined && typeof parentId !== 'string') {
    report(`${path}.parentId`, 'wrong-type', 'warning', 'placed-under-organisation', {
      expected: 'string',
    });
    parentId = undefined;
  }
  return { id, name: name as string, parentId: parentId as string | undefined };
}

/**
 * Follows each team's parents in input order; where a walk meets itself, the link that closes
 * the cycle is cut and that team sits under the organisation. Each team is walked once.
 */
function cutCycles(
  parents: number[],
  names: readonly string[],
  inputIndex: readonly number[],
  report: StructureIssue,
): void {
  // 0: not seen, 1: on the current walk, 2: done.
  const state = new Uint8Array(parents.length);
  const position = new Int32Array(parents.length);
  state[0] = 2;
  const walk: number[] = [];
  for (let start = 1; start < parents.length; start++) {
    let unit = start;
    walk.length = 0;
    while (state[unit] === 0) {
      state[unit] = 1;
      position[unit] = walk.length;
      walk.push(unit);
      unit = parents[unit] as number;
    }
    if (state[unit] === 1) {
      const cycle = walk.slice(position[unit]);
      const closing = walk[walk.length - 1] as number;
      // A long cycle is named by its first teams: the message stays readable.
      const shown = cycle.length > MAX_NAMED ? [...cycle.slice(0, MAX_NAMED - 1), -1] : cycle;
      const teams = [...shown, cycle[0] as number]
        .map((at) => (at < 0 ? '…' : `‘${names[at]}’`))
        .join(' → ');
      report(`teams[${inputIndex[closing]}].parentId`, 'parent-cycle', 'error', 'cycle-cut', {
        teams,
      });
      parents[closing] = 0;
    }
    for (const visited of walk) state[visited] = 2;
  }
}

/** How many teams of a cycle its issue names. */
const MAX_NAMED = 8;

/** `base`, or `base~2`, `base~3` …: the first that no team and not `taken` uses. */
function freeId(base: string, used: ReadonlyMap<string, number>, taken?: string): string {
  let id = base;
  for (let n = 2; used.has(id) || id === taken; n++) id = `${base}~${n}`;
  return id;
}

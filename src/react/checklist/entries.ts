import type { CatalogEntry, Formatter, Report, SuggestionStrength } from '../../core';

/** A catalogue entry cleaned of anything a host's data may get wrong. */
export type ChecklistEntry = CatalogEntry;

/** How the data points to one entry, worded for the reader. */
export interface Mark {
  strength: SuggestionStrength;
  evidence: string[];
  objectiveIds: string[];
}

const texts = (items: unknown): string[] =>
  Array.isArray(items) ? items.filter((item): item is string => typeof item === 'string') : [];

/** The entries of a catalogue with an id and an area, each id once, every text a string. */
export function cleanCatalog(catalog: unknown): ChecklistEntry[] {
  if (!Array.isArray(catalog)) return [];
  const seen = new Set<string>();
  const entries: ChecklistEntry[] = [];
  for (const item of catalog as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, area, title, description, questions, remedies } = item as Partial<
      Record<string, unknown>
    >;
    if (typeof id !== 'string' || id === '' || typeof area !== 'string' || seen.has(id)) continue;
    seen.add(id);
    entries.push({
      id,
      area,
      title: typeof title === 'string' && title !== '' ? title : id,
      description: typeof description === 'string' ? description : '',
      questions: texts(questions),
      remedies: texts(remedies),
    });
  }
  return entries;
}

/** The area's title from the messages; a host's own area without one shows its id. */
export function areaTitle(format: Formatter, area: string): string {
  const id = `area.${area}`;
  const title = format.format(id);
  return title === id ? area : title;
}

/** The title of each objective of the report, by id. */
export function objectiveTitles(report: Report | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  const objectives: unknown = report?.objectives;
  if (!Array.isArray(objectives)) return titles;
  for (const objective of objectives as unknown[]) {
    if (typeof objective !== 'object' || objective === null) continue;
    const { id, title } = objective as Partial<Record<string, unknown>>;
    if (typeof id === 'string' && typeof title === 'string') titles.set(id, title);
  }
  return titles;
}

/**
 * The suggestions of the report that name an entry of the catalogue (and the objective, when
 * focused), their evidence worded; a focused checklist keeps the evidence about its objective.
 */
export function collectMarks(
  report: Report | undefined,
  entries: ChecklistEntry[],
  objectiveId: string | undefined,
  format: Formatter,
): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  const suggestions: unknown = report?.suggestions;
  if (!Array.isArray(suggestions)) return marks;
  const known = new Set(entries.map((entry) => entry.id));
  for (const suggestion of suggestions as unknown[]) {
    if (typeof suggestion !== 'object' || suggestion === null) continue;
    const { causeId, strength, objectiveIds, evidence } = suggestion as Partial<
      Record<string, unknown>
    >;
    if (typeof causeId !== 'string' || !known.has(causeId)) continue;
    const ids = texts(objectiveIds);
    if (objectiveId !== undefined && !ids.includes(objectiveId)) continue;
    const items = Array.isArray(evidence)
      ? evidence.flatMap((item: unknown) => {
          if (typeof item !== 'object' || item === null) return [];
          const { id, values, objectiveIds: about } = item as Partial<Record<string, unknown>>;
          if (typeof id !== 'string') return [];
          // Evidence about the whole set (no objectives) stays next to the focused objective's.
          if (objectiveId !== undefined && Array.isArray(about) && about.length > 0) {
            if (!about.includes(objectiveId)) return [];
          }
          const clean =
            typeof values === 'object' && values !== null
              ? (values as Record<string, number | string>)
              : {};
          return [{ id, values: clean }];
        })
      : [];
    const mark = marks.get(causeId) ?? { strength: 'possible', evidence: [], objectiveIds: [] };
    if (strength === 'strong') mark.strength = 'strong';
    for (const item of items) mark.evidence.push(format.format(item.id, item.values));
    for (const id of ids) if (!mark.objectiveIds.includes(id)) mark.objectiveIds.push(id);
    marks.set(causeId, mark);
  }
  return marks;
}

/** Joins titles as the locale lists things ("A, B and C"). */
export function listFormat(locale: string): (items: string[]) => string {
  try {
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    return (items) => list.format(items);
  } catch {
    // Engines without Intl.ListFormat get a plain comma list.
    return (items) => items.join(', ');
  }
}

// The importer's texts: an id per problem, a template with `{placeholders}`. German is in
// `okr-balance/locales/de` (`IMPORT_MESSAGES_DE`), so an app that does not import it pays nothing.

/** The importer's English texts; `options.messages` replaces any of them (e.g. `IMPORT_MESSAGES_DE`). */
export const IMPORT_MESSAGES = {
  'import.empty': 'The file is empty.',
  'import.no-title-column':
    'No column holds the objectives\' titles (such as "Objective", "Title" or "Name").',
  'import.no-cycle': 'No cycle: give options.cycle, or start and end date columns.',
  'import.no-objectives': 'No row holds an objective.',
  'import.unknown-column':
    'The mapping reads {field} from column "{column}", which the file does not have.',
  'import.not-a-number': 'row {row}, column "{column}": "{value}" is not a number',
  'import.not-a-date': 'row {row}, column "{column}": "{value}" is not a date',
  'import.ambiguous-scale':
    'column "{column}": its numbers, up to {value}, leave the scale open; read as 0–{scale}; set options.progressScale if that is wrong',
  'import.ambiguous-decimal':
    'column "{column}": "{value}" read as {number}; set options.decimal if that is wrong',
  'import.ambiguous-date-order':
    'column "{column}": "{value}" read as {order}; set options.dateOrder if that is wrong',
  'import.cycle-disagrees':
    'row {row}, column "{column}": "{value}" differs from row {first}, whose date the cycle takes',
  'import.skipped-row': 'row {row}: no objective title or id, nor one above; the row is left out',
  'import.extra-cells': 'row {row}: cells beyond the last column are left out ({count})',
  'import.unknown-type':
    'row {row}, column "{column}": "{value}" is not a known type; committed is used',
  'import.unknown-parent':
    'row {row}, column "{column}": no row has the id "{value}"; the row is read as an objective',
  'import.parent-loop':
    'row {row}, column "{column}": parent rows from "{value}" loop; the row is read as an objective',
  'import.no-value':
    'row {row}: key result "{title}" has no target and current, nor a progress; it counts as 0',
  'import.team-parent-disagrees':
    'row {row}, column "{column}": team "{team}" keeps its first parent team, "{first}"',
  'import.unclosed-quote':
    'row {row}, column "{column}": a quote opens here and never closes; the rest of the file is read as this cell',
  'import.differs':
    'row {row}, column "{column}": "{value}" differs from an earlier row of the objective, which is kept',
} as const;

/** The id of one of the importer's texts. */
export type ImportMessageId = keyof typeof IMPORT_MESSAGES;

/** A catalogue of the importer's texts, complete or partial. */
export type ImportMessages = Partial<Record<ImportMessageId, string>>;

/** Fills a template's `{name}` placeholders. */
export function fill(
  template: string,
  values: Record<string, string | number | undefined>,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

// What each item of the export menu makes: a file (name, type, content) from the report, with
// `okr-balance/export` and the core's agenda; and how a browser saves it.
import { type Messages, type Report, reviewAgenda } from '../../core';
import { boardToSvg, type ExportTheme, svgToPng, toCsv } from '../../export';

/** The formats the export menu offers, in its order. */
export const EXPORT_FORMATS = ['svg', 'png', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file the menu made. */
export interface ExportFile {
  format: ExportFormat;
  /** File name with its extension, e.g. `okr-balance-q1-2026.svg`. */
  fileName: string;
  blob: Blob;
}

/** What a file is made from. */
export interface ExportSource {
  report: Report;
  /** The last review's report: the agenda then says what changed since. */
  since?: Report | undefined;
  /** The slide's title; the exporter's default without one. */
  title?: string | undefined;
  theme: ExportTheme;
  /** The slide's size in pixels. */
  width: number;
  height: number;
  /** The PNG's pixels per slide pixel. */
  pixelRatio: number;
  locale: string | undefined;
  messages: Messages | undefined;
}

const TYPES: Record<ExportFormat, [extension: string, type: string]> = {
  svg: ['svg', 'image/svg+xml'],
  png: ['png', 'image/png'],
  csv: ['csv', 'text/csv;charset=utf-8'],
  markdown: ['md', 'text/markdown;charset=utf-8'],
};

/** Makes the file of one format; PNG needs a browser (a canvas and `img-src blob:`). */
export async function makeExportFile(
  format: ExportFormat,
  source: ExportSource,
  baseName: string,
): Promise<ExportFile> {
  const { report, theme, width, height, locale, messages } = source;
  const [extension, type] = TYPES[format];
  const texts = { ...(locale ? { locale } : {}), ...(messages ? { messages } : {}) };
  const slide = () =>
    boardToSvg(report, {
      width,
      height,
      theme,
      ...texts,
      ...(source.title ? { title: source.title } : {}),
    });
  let blob: Blob;
  if (format === 'png') {
    blob = await svgToPng(slide(), { pixelRatio: source.pixelRatio });
  } else {
    const content =
      format === 'svg'
        ? slide()
        : format === 'csv'
          ? // A BOM: Excel reads the file as UTF-8 only with one. In a language written with
            // decimal commas, a spreadsheet reads `;` between cells and `0,5`.
            toCsv(report, {
              bom: true,
              ...texts,
              ...(new Intl.NumberFormat(locale).format(0.5).includes(',')
                ? { delimiter: ';' }
                : {}),
            })
          : reviewAgenda(report, { ...texts, ...(source.since ? { since: source.since } : {}) })
              .markdown;
    blob = new Blob([content], { type });
  }
  return { format, fileName: `${baseName}.${extension}`, blob };
}

/**
 * A file name from a cycle's label or the report's date: lower case, letters, digits and
 * dashes, e.g. `okr-balance-q1-2026`.
 */
export function exportBaseName(report: Report): string {
  const label = report.cycle?.label || report.now.slice(0, 10);
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `okr-balance-${slug}` : 'okr-balance';
}

/** Saves a file through a temporary link; the object URL is released afterwards. */
export function saveFile({ fileName, blob }: ExportFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

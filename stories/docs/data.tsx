// The "Data in and out" Guide page: how the importer reads cells and columns, and what the
// exporter writes, each table computed by the package's own functions as the page renders.
import { analyzeOkrs } from 'okr-balance';
import { boardToSvg, csvCell } from 'okr-balance/export';
import {
  type DateOrder,
  type DecimalMark,
  detectDelimiter,
  parseOkrCsv,
  readDate,
  readNumber,
} from 'okr-balance/import';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { useToolbarGlobals } from '../../.storybook/globals';
import { MARKETING, MARKETING_NOW } from '../../test/fixtures/scenarios';

const shown = (value: number) => (Number.isNaN(value) ? 'not read' : String(value));
const day = (ms: number) =>
  Number.isNaN(ms) ? 'not read' : new Date(ms).toISOString().slice(0, 10);

/** Cells and what `readNumber` makes of them with each decimal mark. */
export function NumberTable({ cells }: { cells: string[] }) {
  const marks: DecimalMark[] = ['.', ','];
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">cell</th>
          {marks.map((mark) => (
            <th key={mark} scope="col">
              column's mark “{mark}”
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cells.map((cell) => (
          <tr key={cell}>
            <th scope="row">
              <code>{cell}</code>
            </th>
            {marks.map((mark) => (
              <td key={mark}>{shown(readNumber(cell, mark))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Cells and the day `readDate` reads in each order (UTC). */
export function DateTable({ cells }: { cells: string[] }) {
  const orders: DateOrder[] = ['dmy', 'mdy'];
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">cell</th>
          <th scope="col">day first (dmy)</th>
          <th scope="col">month first (mdy)</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((cell) => (
          <tr key={cell}>
            <th scope="row">
              <code>{cell}</code>
            </th>
            {orders.map((order) => (
              <td key={order}>{day(readDate(cell, order))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Small files with one progress column each, read by `parseOkrCsv`: the scale the column gave
 * every cell, and the warning where the column leaves it open.
 */
export function ScaleTable({ columns }: { columns: string[][] }) {
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">the column's cells</th>
          <th scope="col">read as</th>
          <th scope="col">issue</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((cells) => {
          const text = [
            'Objective,Progress,Start date,End date',
            ...cells.map((cell, at) => `O${at + 1},${cell},2026-01-01,2026-03-31`),
          ].join('\n');
          const result = parseOkrCsv(text);
          const read = result.value?.objectives.map((o) => o.progress) ?? [];
          const issue = result.issues.find((each) => each.column === 'Progress');
          return (
            <tr key={cells.join()}>
              <th scope="row">
                <code>{cells.join(' · ')}</code>
              </th>
              <td>
                {read.map((value) => `${Math.round((value ?? 0) * 1000) / 10} %`).join(' · ')}
              </td>
              <td>{issue ? issue.message : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** First lines and the delimiter `detectDelimiter` finds in them. */
export function DelimiterTable({ samples }: { samples: string[] }) {
  const names: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">the file begins</th>
          <th scope="col">delimiter</th>
        </tr>
      </thead>
      <tbody>
        {samples.map((sample) => (
          <tr key={sample}>
            <th scope="row">
              <code>{sample.replace(/\t/g, '⇥').replace(/\n/g, ' ⏎ ')}</code>
            </th>
            <td>{names[detectDelimiter(sample)]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Text cells and how `toCsv` writes them. */
export function GuardTable({ cells }: { cells: (string | number)[] }) {
  return (
    <table className="okr-guide-table">
      <thead>
        <tr>
          <th scope="col">value</th>
          <th scope="col">in the CSV</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((cell) => (
          <tr key={String(cell)}>
            <th scope="row">
              <code>{typeof cell === 'number' ? cell : JSON.stringify(cell)}</code>
            </th>
            <td>
              <code>{csvCell(cell)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The marketing team's slide, as `boardToSvg` writes it at `width` × `height` in the toolbar's
 * theme and language, shown as an image half its size.
 */
export function Slide({ width = 1920, height = 1080 }: { width?: number; height?: number }) {
  const globals = useToolbarGlobals();
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  const texts =
    globals.locale === 'de' ? { locale: 'de-DE', messages: MESSAGES_DE } : { locale: 'en' };
  const report = analyzeOkrs(
    { ...MARKETING, cycle: { ...MARKETING.cycle, label: 'Q1 2026' } },
    { now: MARKETING_NOW, ...texts },
  );
  const svg = boardToSvg(report, { width, height, theme, ...texts });
  return (
    <img
      className={`okr-guide-slide${height > width ? ' okr-guide-slide--upright' : ''}`}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={`The marketing team's slide, ${width} × ${height}: the radar, the gauge, every objective's status and the strongest suggested causes`}
      width={width / 2}
      height={height / 2}
    />
  );
}

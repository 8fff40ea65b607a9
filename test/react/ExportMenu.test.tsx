import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  analyzeOkrs,
  type ExportFile,
  ExportMenu,
  OkrBalanceProvider,
  type Report,
  reviewAgenda,
} from 'okr-balance';
import { THEME_COLOURS } from 'okr-balance/export';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARKETING, MARKETING_NOW } from '../fixtures/scenarios';

const report = (): Report =>
  analyzeOkrs(
    { ...MARKETING, cycle: { ...MARKETING.cycle, label: 'Q1 2026' } },
    { now: MARKETING_NOW },
  );
const ITEMS = ['Slide as SVG', 'Slide as PNG', 'Objectives as CSV', 'Agenda as Markdown'];

/** The text of a file the menu made (jsdom's Blob has no `text()`). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

/** The first bytes of a file. */
const bytesOf = (blob: Blob, count: number) =>
  new Promise<number[]>((resolve) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve([...new Uint8Array(reader.result as ArrayBuffer).slice(0, count)]);
    reader.readAsArrayBuffer(blob);
  });

let saved: string[] = [];
let clicks: { mockRestore(): void } | undefined;
const { createObjectURL, revokeObjectURL } = URL;
beforeEach(() => {
  saved = [];
  // jsdom has no object URLs and saves nothing: each save is recorded instead.
  URL.createObjectURL = () => 'blob:x';
  URL.revokeObjectURL = () => {};
  clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
});
afterEach(() => {
  clicks?.mockRestore();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.unstubAllGlobals();
});

/** Opens the menu with a click and chooses an item by its name. */
async function choose(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await user.click(screen.getByRole('menuitem', { name }));
}

describe('ExportMenu, the menu button', () => {
  it('opens on a click with every format, focus on the first', async () => {
    render(<ExportMenu report={report()} />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
    await userEvent.setup().click(button);
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(ITEMS);
    expect(document.activeElement).toBe(items[0]);
    // One tab stop: the active item.
    expect(items.map((item) => item.tabIndex)).toEqual([0, -1, -1, -1]);
  });

  it('moves with the arrow keys round the ends, Home and End, and closes on Escape', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn();
    render(
      // biome-ignore lint/a11y/noStaticElementInteractions: a parent that would hear Escape
      <div onKeyDown={onKeyDown}>
        <ExportMenu report={report()} />
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await user.keyboard('{ArrowUp}');
    const focused = () => document.activeElement?.textContent;
    expect(focused()).toBe('Agenda as Markdown');
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('Slide as SVG');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('Agenda as Markdown');
    await user.keyboard('{Home}');
    expect(focused()).toBe('Slide as SVG');
    await user.keyboard('{End}{ArrowUp}');
    expect(focused()).toBe('Objectives as CSV');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    // The menu took Escape: a board around it does not go up a level.
    expect(onKeyDown.mock.calls.some(([event]) => event.key === 'Escape')).toBe(false);
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('Slide as SVG');
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on a press outside it', async () => {
    render(
      <>
        <ExportMenu report={report()} />
        <p>outside</p>
      </>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.pointerDown(screen.getByText('outside'));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('offers only the formats asked for, known ones once, in its own order', async () => {
    const formats = ['markdown', 'csv', 'pdf', 'csv'] as never;
    render(<ExportMenu report={report()} formats={formats} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Objectives as CSV',
      'Agenda as Markdown',
    ]);
  });
});

describe('ExportMenu, the files', () => {
  it('saves the objectives as CSV with a BOM, named from the cycle, and says so', async () => {
    const files: ExportFile[] = [];
    render(<ExportMenu report={report()} onExport={(file) => void files.push(file)} />);
    await choose('Objectives as CSV');
    await waitFor(() => expect(saved).toEqual(['okr-balance-q1-2026.csv']));
    const [file] = files;
    expect(file?.format).toBe('csv');
    expect(file?.blob.type).toBe('text/csv;charset=utf-8');
    // UTF-8's byte-order mark, for Excel.
    expect(await bytesOf(file?.blob as Blob, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(await textOf(file?.blob as Blob)).toContain('Increase brand awareness');
    expect(screen.getByRole('status').textContent).toBe('Saved okr-balance-q1-2026.csv.');
  });

  it('saves the agenda as the core writes it, since the earlier report', async () => {
    const files: ExportFile[] = [];
    const since = analyzeOkrs(MARKETING, { now: '2026-02-01' });
    render(
      <ExportMenu report={report()} since={since} onExport={(file) => void files.push(file)} />,
    );
    await choose('Agenda as Markdown');
    await waitFor(() => expect(files).toHaveLength(1));
    expect(await textOf(files[0]?.blob as Blob)).toBe(reviewAgenda(report(), { since }).markdown);
    expect(files[0]?.fileName).toBe('okr-balance-q1-2026.md');
  });

  it('draws the slide in the theme the menu is shown in, or the one asked for', async () => {
    const files: ExportFile[] = [];
    const onExport = (file: ExportFile) => void files.push(file);
    const { rerender } = render(
      <div data-okr-theme="dark">
        <ExportMenu report={report()} onExport={onExport} fileName="review" />
      </div>,
    );
    await choose('Slide as SVG');
    await waitFor(() => expect(files).toHaveLength(1));
    const dark = await textOf(files[0]?.blob as Blob);
    expect(dark.startsWith('<svg')).toBe(true);
    expect(dark).toContain('width="1920"');
    expect(dark).toContain(THEME_COLOURS.dark.bg);
    expect(files[0]?.fileName).toBe('review.svg');
    expect(dark).toContain('<title>OKR balance Q1 2026</title>');
    rerender(
      <div data-okr-theme="dark">
        <ExportMenu report={report()} onExport={onExport} theme="light" />
      </div>,
    );
    await choose('Slide as SVG');
    await waitFor(() => expect(files).toHaveLength(2));
    expect(await textOf(files[1]?.blob as Blob)).toContain(THEME_COLOURS.light.bg);
  });

  it('titles the slide as asked', async () => {
    const files: ExportFile[] = [];
    render(
      <ExportMenu
        report={report()}
        title="Marketing <review>"
        onExport={(f) => void files.push(f)}
      />,
    );
    await choose('Slide as SVG');
    await waitFor(() => expect(files).toHaveLength(1));
    expect(await textOf(files[0]?.blob as Blob)).toContain(
      '<title>Marketing &lt;review&gt;</title>',
    );
  });

  it('leaves the saving to the host when onExport returns false, and the saying too', async () => {
    const onExport = vi.fn(() => false);
    render(<ExportMenu report={report()} onExport={onExport} />);
    await choose('Objectives as CSV');
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    expect(saved).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says the same again as a new sentence, for a screen reader to read it again', async () => {
    render(<ExportMenu report={report()} />);
    await choose('Objectives as CSV');
    const first = await screen.findByText('Saved okr-balance-q1-2026.csv.');
    await choose('Objectives as CSV');
    await waitFor(() => expect(saved).toHaveLength(2));
    const second = screen.getByText('Saved okr-balance-q1-2026.csv.');
    expect(second).not.toBe(first);
    expect(first.isConnected).toBe(false);
  });

  it('makes one file at a time, busy until the slow one is done', async () => {
    // A PNG whose slide image has not loaded yet.
    const images: { onerror: (() => void) | null }[] = [];
    vi.stubGlobal(
      'Image',
      class {
        onerror: (() => void) | null = null;
        set src(_: string) {
          images.push(this);
        }
      },
    );
    const { container } = render(<ExportMenu report={report()} />);
    await choose('Slide as PNG');
    await waitFor(() => expect(images).toHaveLength(1));
    expect(container.firstElementChild?.getAttribute('aria-busy')).toBe('true');
    await choose('Objectives as CSV');
    expect(saved).toEqual([]);
    await act(async () => images[0]?.onerror?.());
    await screen.findByText(/^Slide as PNG could not be made/);
    expect(container.firstElementChild?.hasAttribute('aria-busy')).toBe(false);
    await choose('Objectives as CSV');
    await waitFor(() => expect(saved).toEqual(['okr-balance-q1-2026.csv']));
  });

  it('shows nothing when no format is offered', () => {
    const { container } = render(<ExportMenu report={report()} formats={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('says what failed when the browser cannot load the slide as an image (a strict CSP)', async () => {
    // An image that fails as under a Content-Security-Policy without img-src blob:.
    vi.stubGlobal(
      'Image',
      class {
        onerror: (() => void) | null = null;
        set src(_: string) {
          setTimeout(() => this.onerror?.(), 0);
        }
      },
    );
    render(<ExportMenu report={report()} />);
    await choose('Slide as PNG');
    const status = await screen.findByText(/^Slide as PNG could not be made: .*img-src blob:/);
    expect(status.closest('[role="status"]')?.getAttribute('data-state')).toBe('failed');
    expect(saved).toEqual([]);
  });

  it('speaks German under a German provider', async () => {
    render(
      <OkrBalanceProvider locale="de-DE" messages={MESSAGES_DE}>
        <ExportMenu report={report()} />
      </OkrBalanceProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Exportieren' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Folie als SVG',
      'Folie als PNG',
      'Ziele als CSV',
      'Agenda als Markdown',
    ]);
  });

  it('makes the files in the provider’s language too: the slide, the CSV’s statuses, the agenda', async () => {
    const files: ExportFile[] = [];
    render(
      <OkrBalanceProvider locale="de-DE" messages={MESSAGES_DE}>
        <ExportMenu report={report()} onExport={(file) => void files.push(file)} />
      </OkrBalanceProvider>,
    );
    const user = userEvent.setup();
    for (const item of ['Folie als SVG', 'Ziele als CSV', 'Agenda als Markdown']) {
      await user.click(screen.getByRole('button', { name: 'Exportieren' }));
      await user.click(screen.getByRole('menuitem', { name: item }));
    }
    await waitFor(() => expect(files).toHaveLength(3));
    const [slide, csv, agenda] = await Promise.all(files.map((file) => textOf(file.blob)));
    expect(slide).toContain('Objectives und ihr Status');
    expect(slide).not.toContain('Objectives and their status');
    // German spreadsheets read `;` between cells and decimal commas.
    expect(csv).toContain(';on-track;Im Plan;');
    expect(csv).toContain(';0,5;0,5;');
    expect(csv).not.toContain(',On track,');
    expect(agenda).toBe(
      reviewAgenda(report(), { locale: 'de-DE', messages: MESSAGES_DE }).markdown,
    );
  });

  it('shows the invalid state for a report it cannot read, and tells the host once', async () => {
    const onIssues = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ExportMenu report={{ objectives: 3 } as unknown as Report} onIssues={onIssues} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/cannot be shown/);
    await act(async () => {});
    expect(onIssues).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

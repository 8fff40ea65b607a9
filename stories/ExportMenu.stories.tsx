import type { Meta, StoryObj } from '@storybook/react-vite';
import { analyzeOkrs, type ExportFile, ExportMenu, OkrBalanceBoard, snapshotAt } from 'okr-balance';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { MARKETING, MARKETING_NOW } from '../test/fixtures/scenarios';
import { SCENARIOS } from './scenarios';
import { textsFor } from './texts';

const report = analyzeOkrs(
  { ...MARKETING, cycle: { ...MARKETING.cycle, label: 'Q1 2026' } },
  { now: MARKETING_NOW },
);

const meta = {
  title: 'Widgets/ExportMenu',
  component: ExportMenu,
  // The files go to onExport in the stories; returning false keeps the browser from saving.
  args: { report, onExport: fn(() => false) },
  decorators: [
    (Story) => (
      <div style={{ minHeight: 220 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ExportMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The marketing team's report out as a 1920 × 1080 slide (SVG or PNG), its objectives as CSV
 * and the review's agenda as Markdown. With the keyboard: ArrowDown opens the menu on its first
 * item, the arrows move, Enter saves, Escape closes.
 */
export const Marketing: Story = {
  play: async ({ args, canvas, globals }) => {
    const t = textsFor(globals);
    const button = canvas.getByRole('button', { name: t.format('export.button') });
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    const items = canvas.getAllByRole('menuitem');
    await expect(items.map((item) => item.textContent)).toEqual(
      ['svg', 'png', 'csv', 'markdown'].map((format) => t.format(`export.${format}`)),
    );
    await expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).toBeNull();
    await expect(button).toHaveFocus();
    // The PNG, drawn by this browser: 1920 × 1080 at two pixels per slide pixel.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const onExport = args.onExport as unknown as ReturnType<typeof fn>;
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const file = onExport.mock.calls[0]?.[0] as ExportFile;
    await expect(file.fileName).toBe('okr-balance-q1-2026.png');
    const image = await createImageBitmap(file.blob);
    await expect([image.width, image.height]).toEqual([3840, 2160]);
    // onExport returned false: the file is the host's to save, and the menu claims nothing.
    await expect(
      canvas.queryByText(t.format('export.done', { file: 'okr-balance-q1-2026.png' })),
    ).toBeNull();
  },
};

/** The same in German. */
export const MarketingInGerman: Story = { ...Marketing, globals: { locale: 'de' } };

/** Only the spreadsheet and the agenda. */
export const SpreadsheetAndAgenda: Story = { args: { formats: ['csv', 'markdown'] } };

/** A report it cannot read: the invalid state instead of a menu. */
export const InvalidReport: Story = {
  args: { report: { objectives: 'none' } as never },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(canvas.getByRole('status')).toBeInTheDocument();
  },
};

/**
 * In the board: `exportMenu={ExportMenu}` puts it beside the title, exporting the level shown,
 * and the agenda says what changed since `compareWith`.
 */
export const InTheBoard: Story = {
  render: () => (
    <OkrBalanceBoard
      {...SCENARIOS.marketing}
      compareWith={analyzeOkrs(snapshotAt(SCENARIOS.marketing.okrs, '2026-02-01').value, {
        now: '2026-02-01',
      })}
      exportMenu={ExportMenu}
    />
  ),
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const button = canvas.getByRole('button', { name: t.format('export.button') });
    await expect(button).toBeVisible();
    // At the end of the title's line, the menu opens towards the start: inside the window.
    await userEvent.click(button);
    const menu = canvas.getByRole('menu');
    await waitFor(() =>
      expect(menu.getBoundingClientRect().right).toBeLessThanOrEqual(
        document.documentElement.clientWidth,
      ),
    );
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
  },
};

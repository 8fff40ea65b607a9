import type { Meta, StoryObj } from '@storybook/react-vite';
import { analyzeOkrs, analyzeOrg, unitReport } from 'okr-balance/core';
import { parseOkrCsv } from 'okr-balance/import';
import { IMPORT_MESSAGES_DE } from 'okr-balance/locales/de';
import { expect, userEvent, within } from 'storybook/test';
import { ImportPlayground } from './import/ImportPlayground';
import { SAMPLES, type SampleName } from './import/samples';

const meta = {
  title: 'Data/Import playground',
  component: ImportPlayground,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ImportPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

const NOW = '2026-02-15';
/** Q1 2026: the playground's cycle for files without start and end dates. */
const Q1 = { start: '2026-01-01', end: '2026-04-01' };

/**
 * What the playground must show for a sample: the rows the board opens at (the objectives, or
 * an organisation's top teams) in its list, and the count of issues.
 */
const showsSample =
  (name: SampleName): Story['play'] =>
  async ({ canvas }) => {
    let result = parseOkrCsv(SAMPLES[name].text);
    if (result.issues.some((issue) => issue.code === 'no-cycle')) {
      result = parseOkrCsv(SAMPLES[name].text, { cycle: Q1 });
    }
    await expect(result.ok).toBe(true);
    const value = result.value as NonNullable<typeof result.value>;
    const rows = value.teams
      ? unitReport(analyzeOrg(value, { now: NOW }), '@org').objectives
      : analyzeOkrs(value, { now: NOW }).objectives;
    await expect(rows.length).toBeGreaterThan(0);
    const board = canvas.getByRole('region', { name: /OKR/ });
    for (const row of rows) {
      await expect(within(board).getAllByText(row.title).length).toBeGreaterThan(0);
    }
    const issues = canvas.getByRole('heading', { name: /^Issues/ });
    await expect(issues).toHaveTextContent(`Issues (${result.issues.length})`);
  };

/**
 * A spreadsheet saved in a European locale: semicolons, decimal commas, dates as dd.mm.yyyy and
 * a byte-order mark. Pick another sample, edit the text, or open or drop a file of your own.
 */
export const European: Story = { args: { sample: 'european' }, play: showsSample('european') };

/** Tab-separated values, as copied out of a spreadsheet. */
export const TabSeparated: Story = { args: { sample: 'tab' }, play: showsSample('tab') };

/** One row per key result, the objective's columns repeated. */
export const RowPerKeyResult: Story = { args: { sample: 'long' }, play: showsSample('long') };

/** One row per objective with numbered key-result columns (`key_result_1_title` …). */
export const RowPerObjective: Story = { args: { sample: 'wide' }, play: showsSample('wide') };

/** Betterworks' goal export: `name, type, progress (0–100), start_date, end_date, owner_email`. */
export const Betterworks: Story = {
  args: { sample: 'betterworks' },
  play: showsSample('betterworks'),
};

/** Culture Amp's export: `key_result_1_title`, `key_result_1_completion` … */
export const CultureAmp: Story = {
  args: { sample: 'cultureamp' },
  play: showsSample('cultureamp'),
};

/** Atlassian Goals: `goal_id, name, owner_id, parent_goal_id, status, targeted_at`. */
export const AtlassianGoals: Story = {
  args: { sample: 'atlassian' },
  play: showsSample('atlassian'),
};

/** Peoplebox: `Row ID, Parent Row IDs, Goal Title, Starting/Target/Current Value`. */
export const Peoplebox: Story = { args: { sample: 'peoplebox' }, play: showsSample('peoplebox') };

/**
 * A broken file: every problem is listed with its row and column as the spreadsheet shows them
 * (the header is row 1), and what could be read is still on the board.
 */
export const BrokenFile: Story = {
  args: { sample: 'broken' },
  play: async ({ canvas }) => {
    const result = parseOkrCsv(SAMPLES.broken.text);
    const list = canvas.getByRole('list', { name: /^Issues/ });
    const items = within(list).getAllByRole('listitem');
    await expect(items.map((item) => item.textContent)).toEqual(
      result.issues.map((issue) => issue.message),
    );
    await expect(items[0]).toHaveTextContent(/^row \d+, column /);
  },
};

/** The issues in German (`IMPORT_MESSAGES_DE`), and the board too. */
export const BrokenFileInGerman: Story = {
  args: { sample: 'broken', german: true },
  play: async ({ canvas }) => {
    const result = parseOkrCsv(SAMPLES.broken.text, { messages: IMPORT_MESSAGES_DE });
    const items = within(canvas.getByRole('list', { name: /^Issues/ })).getAllByRole('listitem');
    await expect(items.map((item) => item.textContent)).toEqual(
      result.issues.map((issue) => issue.message),
    );
  },
};

/** Editing the text reads it again at once: a title typed into a cell appears on the board. */
export const EditTheText: Story = {
  args: { sample: 'long' },
  play: async ({ canvas }) => {
    const text = canvas.getByRole('textbox', { name: /^CSV or TSV/ });
    await userEvent.clear(text);
    await userEvent.type(
      text,
      'Objective,Key result,Target,Current,Start date,End date\nShip the beta,Users,100,40,2026-01-01,2026-03-31',
    );
    const board = canvas.getByRole('region', { name: /OKR/ });
    await expect(within(board).getAllByText('Ship the beta').length).toBeGreaterThan(0);
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  analyzeOrg,
  type ObjectiveInput,
  type OrgReport,
  OrgTable,
  type TeamInput,
} from 'okr-balance';
import { expect, fn, waitFor, within } from 'storybook/test';
import { ORGANISATION, ORGANISATION_NOW } from '../test/fixtures/organisation';
import { textsFor } from './texts';

const ORG = analyzeOrg(ORGANISATION, { now: ORGANISATION_NOW });

/** 5,000 teams in four levels under the organisation, one or two objectives each. */
function bigOrganisation(): OrgReport {
  const teams: TeamInput[] = [];
  const objectives: ObjectiveInput[] = [];
  for (let d = 0; d < 10; d++) {
    teams.push({ id: `d${d}`, name: `Division ${d + 1}` });
    for (let p = 0; p < 10; p++) {
      const department = `d${d}p${p}`;
      teams.push({ id: department, name: `Department ${d + 1}.${p + 1}`, parentId: `d${d}` });
      for (let t = 0; t < 49 && teams.length < 5_000; t++) {
        const id = `${department}t${t}`;
        teams.push({ id, name: `Team ${d + 1}.${p + 1}.${t + 1}`, parentId: department });
        for (let k = 0; k < 1 + (t % 2); k++) {
          const progress = (((d * 7 + p * 13 + t * 29 + k * 17) % 101) / 100) * 1.05;
          objectives.push({ id: `${id}-${k}`, title: `Goal ${k + 1}`, team: id, progress });
        }
      }
    }
  }
  return analyzeOrg(
    { cycle: { start: '2026-01-01', end: '2026-04-01' }, teams, objectives },
    { now: ORGANISATION_NOW },
  );
}

const meta = {
  title: 'Widgets/OrgTable',
  component: OrgTable,
  args: { report: ORG, onSelectedIdChange: fn(), onExpandedIdsChange: fn() },
} satisfies Meta<typeof OrgTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The row of a unit, by its name. */
const rowOf = (grid: HTMLElement, name: string) =>
  within(grid)
    .getAllByRole('row')
    .find((row) => row.querySelector('.okr-orgtable__unit')?.textContent === name) as HTMLElement;

/**
 * The organisation of the fixture: four divisions, Skunkworks (half of a cycle of parents, cut)
 * and the unassigned objective under it. The keys of the APG treegrid: Down to Engineering,
 * Right opens it, Right again moves into it, Left back to it, Left closes it; Enter selects it.
 */
export const Organisation: Story = {
  play: async ({ args, canvas, globals, userEvent }) => {
    const t = textsFor(globals);
    const grid = canvas.getByRole('treegrid', { name: t.format('orgTable.label') });
    const headers = within(grid).getAllByRole('columnheader');
    await expect(headers.map((header) => header.textContent)).toEqual(
      ['name', 'progress', 'status', 'balance', 'objectives'].map((id) =>
        t.format(`orgTable.${id}`),
      ),
    );
    await userEvent.click(rowOf(grid, ORG.units[0]?.name ?? ''));
    await userEvent.keyboard('{ArrowDown}');
    const engineering = rowOf(grid, 'Engineering');
    await expect(engineering).toHaveFocus();
    await expect(engineering).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowRight}');
    await expect(engineering).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect(rowOf(grid, 'Platform')).toHaveFocus();
    await expect(rowOf(grid, 'Platform')).toHaveAttribute('aria-level', '3');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(engineering).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(engineering).toHaveAttribute('aria-expanded', 'false');
    await expect(rowOf(grid, 'Platform')).toBeUndefined();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith('engineering');
    await expect(engineering).toHaveAttribute('aria-selected', 'true');
  },
};

/** Every unit open, with a unit that has no objectives ("No objectives"). */
export const AllOpen: Story = {
  args: {
    defaultExpandedIds: ORG.units.filter((unit) => unit.childIds.length > 0).map((u) => u.id),
  },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    const grid = canvas.getByRole('treegrid');
    await expect(grid).toHaveAttribute('aria-rowcount', String(ORG.units.length + 1));
    await expect(
      within(grid).getAllByText(t.format('orgTable.no-objectives')).length,
    ).toBeGreaterThan(0);
  },
};

/**
 * Each row is described by its unit's explanation: the roll-up rule and what decided. It shows
 * under the status while the row has focus (Escape hides it) or the pointer is on the status.
 */
export const Explained: Story = {
  play: async ({ canvas, globals, userEvent }) => {
    const t = textsFor(globals);
    const grid = canvas.getByRole('treegrid');
    const organisation = ORG.units[0];
    const row = rowOf(grid, organisation?.name ?? '');
    const sentence = t
      .format(organisation?.explanation.id ?? '', organisation?.explanation.values ?? {})
      .trim();
    // As the text matcher reads it: German percentages have a no-break space.
    const shown = sentence.replace(/\s+/g, ' ');
    await expect(row).toHaveAccessibleDescription(sentence);
    await expect(within(row).queryByRole('tooltip')).toBeNull();
    await userEvent.click(row);
    await expect(within(row).getByRole('tooltip')).toHaveTextContent(shown);
    await userEvent.keyboard('{Escape}');
    await expect(within(row).queryByRole('tooltip')).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    const engineering = rowOf(grid, 'Engineering');
    await expect(engineering).toHaveFocus();
    await expect(within(engineering).getByRole('tooltip')).toBeVisible();
  },
};

const BIG = bigOrganisation();

/**
 * 5,000 teams, every one open: only the rows in view are in the page. End moves to the last
 * team, Home back to the organisation.
 */
export const FiveThousandUnits: Story = {
  args: {
    report: BIG,
    defaultExpandedIds: BIG.units.filter((unit) => unit.childIds.length > 0).map((u) => u.id),
  },
  play: async ({ canvas, userEvent }) => {
    const grid = canvas.getByRole('treegrid');
    await expect(grid).toHaveAttribute('aria-rowcount', '5002');
    await expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
    const last = BIG.units[BIG.units.length - 1]?.name ?? '';
    await userEvent.click(rowOf(grid, BIG.units[0]?.name ?? ''));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(rowOf(grid, last)).toHaveFocus());
    await expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(rowOf(grid, BIG.units[0]?.name ?? '')).toHaveFocus());
  },
};

/** Not a report of analyzeOrg: an alert in place of the tree, never a crash. */
export const Invalid: Story = {
  args: { report: { objectives: [] } as unknown as OrgReport },
  play: async ({ canvas, globals }) => {
    const t = textsFor(globals);
    await expect(canvas.getByRole('alert').textContent).toBe(
      t.format('orgTable.invalid', { count: 1 }),
    );
    await expect(canvas.queryByRole('treegrid')).toBeNull();
  },
};

/** The organisation with the toolbar's German: the same keys, the names from the catalogue. */
export const OrganisationInGerman: Story = { ...Organisation, globals: { locale: 'de' } };

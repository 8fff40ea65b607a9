// The board as assistive technology gets it: Chromium's own accessibility tree (CDP
// Accessibility.getFullAXTree) of the server-rendered board, placed below the fold as on a long
// page. jsdom and axe read roles from attributes; only the browser tells whether an option is
// really the listbox's, or whether hidden content is in the tree at all. Negative controls show
// that the two mistakes this test was written for are caught.
import { type Browser, chromium } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium';
import { analyzeOkrs, formatMessage, OkrBalanceBoard } from '../../src/index';
import { MESSAGES_DE } from '../../src/locales/de';
import { SCENARIOS } from '../fixtures/scenarios';
import { themeCss } from './theme';

/** A node of the tree as CDP gives it, with the fields read here. */
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  value?: { value: unknown };
  childIds?: string[];
}

/** A node as a screen reader meets it: role, name, and its children the same way. */
interface Seen {
  role: string;
  name: string;
  description: string;
  value: unknown;
  children: Seen[];
}

// Nodes a screen reader passes through: they add no role of their own.
const TRANSPARENT = new Set(['generic', 'none', 'InlineTextBox']);

const { okrs, now } = SCENARIOS.company;
const report = analyzeOkrs(okrs, { now });
let browser: Browser;
let html = '';
let htmlDe = '';

/** The board's page, in English or, with `locale` and `messages`, in another language. */
async function pageOf(lang: string, props: Record<string, unknown> = {}): Promise<string> {
  const board = renderToString(createElement(OkrBalanceBoard, { okrs, now, ...props }));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Board</title>
<style>${await themeCss()}</style></head>
<body><div class="spacer" style="height: 3000px"></div><main>${board}</main></body></html>`;
}

beforeAll(async () => {
  html = await pageOf('en');
  htmlDe = await pageOf('de', { locale: 'de-DE', messages: MESSAGES_DE });
  browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The page's tree; `mutate` runs in the page first (for the negative controls). */
async function treeOf(mutate?: () => void, content = html): Promise<Seen> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.setContent(content);
    if (mutate) await page.evaluate(mutate);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const childrenOf = (node: AXNode): Seen[] =>
      (node.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        if (!child) return [];
        if (child.ignored || TRANSPARENT.has(child.role?.value ?? '')) return childrenOf(child);
        return [
          {
            role: child.role?.value ?? '',
            name: child.name?.value ?? '',
            description: child.description?.value ?? '',
            value: child.value?.value,
            children: childrenOf(child),
          },
        ];
      });
    const root = nodes[0] as AXNode;
    return {
      role: root.role?.value ?? '',
      name: '',
      description: '',
      value: undefined,
      children: childrenOf(root),
    };
  } finally {
    await page.close();
  }
}

/** Every node of the tree below `node` with this role, in document order. */
function all(node: Seen, role: string): Seen[] {
  return node.children.flatMap((child) => [
    ...(child.role === role ? [child] : []),
    ...all(child, role),
  ]);
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the board in the browser’s accessibility tree', () => {
  it('the radar is a listbox of one option per objective, and nothing else', async () => {
    const [listbox] = all(await treeOf(), 'listbox');
    expect(listbox?.name).toBe('Progress by objective');
    expect(listbox?.children.map((child) => [child.role, child.name])).toEqual(
      report.objectives.map((objective) => [
        'option',
        expect.stringMatching(
          new RegExp(
            `^${literally(objective.title)}: ${percent(objective.progress)}, expected ${percent(objective.expected)}, `,
          ),
        ),
      ]),
    );
  });

  it('the radar’s data is one button away, not rendered by the server', async () => {
    // The table itself, shown on request in a hydrated page, is checked in a real browser by
    // the OkrRadar ShowData story (rows, visibility, axe).
    const tree = await treeOf();
    expect(all(tree, 'table')).toEqual([]);
    const buttons = all(tree, 'button').filter((node) => node.name === 'Show data');
    expect(buttons).toHaveLength(1);
  });

  it('the gauge is a meter of the balance score', async () => {
    const [meter] = all(await treeOf(), 'meter');
    expect(meter?.name).toBe('Balance of progress');
    expect(meter?.value).toBe(Math.round((report.balance.score ?? 0) * 100));
  });

  it('each objective is a toggle button named by title and status, described by why', async () => {
    const [list] = all(await treeOf(), 'list').filter(
      (node) => node.name === 'Objectives and their status',
    );
    expect(all(list as Seen, 'button').map((button) => [button.name, button.description])).toEqual(
      report.objectives.map((objective) => [
        expect.stringMatching(new RegExp(`^${literally(objective.title)} \\S`)),
        objective.explanation.text,
      ]),
    );
  });

  it('the checklist leads with the suggested causes, then a group per area, each with its checkboxes', async () => {
    const groups = all(await treeOf(), 'group');
    // The company's data suggests one team cause (capacity) and three target causes.
    expect(groups.map((group) => group.name)).toEqual([
      'Suggested by the data, 0 of 4 ticked',
      'Leader, 0 of 4 ticked',
      'Team, 0 of 3 ticked',
      'Target, 0 of 1 ticked',
      'Review process, 0 of 4 ticked',
    ]);
    // The group's own tri-state box, then one per cause.
    expect(groups.map((group) => all(group, 'checkbox').length)).toEqual([5, 5, 4, 2, 5]);
  });

  describe('negative controls', () => {
    it('an SVG left as a graphic takes the points out of the listbox', async () => {
      const tree = await treeOf(() =>
        document.querySelector('.okr-radar__svg')?.removeAttribute('role'),
      );
      const [listbox] = all(tree, 'listbox');
      expect(all(listbox as Seen, 'option')).toEqual([]);
    });

    it('a button that is not displayed is missing from the tree', async () => {
      const tree = await treeOf(() =>
        document.querySelector('.okr-radar__data .okr-data__toggle')?.setAttribute('hidden', ''),
      );
      expect(all(tree, 'button').filter((node) => node.name === 'Show data')).toEqual([]);
    });
  });
});

describe('the board in German, in the browser’s accessibility tree', () => {
  const de = (id: string, values: Record<string, number | string> = {}) =>
    formatMessage(id, values, { locale: 'de-DE', messages: MESSAGES_DE });
  const reportDe = analyzeOkrs(okrs, { now, locale: 'de-DE', messages: MESSAGES_DE });

  it('names the radar, its points, the data button and the meter in German', async () => {
    const tree = await treeOf(undefined, htmlDe);
    const [listbox] = all(tree, 'listbox');
    expect(listbox?.name).toBe(MESSAGES_DE['radar.label']);
    expect(listbox?.children.map((child) => child.name)).toEqual(
      reportDe.objectives.map((o) =>
        de('radar.point', {
          title: o.title,
          progress: o.progress,
          expected: o.expected,
          status: o.status,
        }),
      ),
    );
    expect(
      all(tree, 'button').filter((node) => node.name === MESSAGES_DE['radar.show-data']),
    ).toHaveLength(1);
    const [meter] = all(tree, 'meter');
    expect(meter?.name).toBe(MESSAGES_DE['gauge.label']);
  });

  it('describes each objective by its German explanation and groups the causes by German area', async () => {
    const tree = await treeOf(undefined, htmlDe);
    const [list] = all(tree, 'list').filter(
      (node) => node.name === MESSAGES_DE['board.objectives'],
    );
    expect(all(list as Seen, 'button').map((button) => button.description)).toEqual(
      reportDe.objectives.map((o) => o.explanation.text),
    );
    expect(reportDe.objectives[0]?.explanation.text).not.toBe(
      report.objectives[0]?.explanation.text,
    );
    expect(all(tree, 'group').map((group) => group.name)).toEqual(
      (
        [
          [de('checklist.suggested-group'), 4],
          [de('area.leader'), 4],
          [de('area.team'), 3],
          [de('area.target'), 1],
          [de('area.process'), 4],
        ] as const
      ).map(([area, total]) => de('checklist.group', { area, checked: 0, total })),
    );
  });
});

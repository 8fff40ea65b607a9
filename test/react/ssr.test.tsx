// @vitest-environment node
// Every widget is rendered to a string with no DOM at all, as a server does, then hydrated in a
// fresh jsdom page; any console error or warning, or any error React recovers from, fails.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { within } from '@testing-library/react';
// @ts-expect-error jsdom ships no types and @types/jsdom is not a dependency.
import { JSDOM as UntypedJsdom } from 'jsdom';
import {
  analyzeOkrs,
  CAUSES,
  CauseChecklist,
  ChangeList,
  compareReports,
  ExportMenu,
  OkrBalanceBoard,
  OkrBalanceProvider,
  OkrRadar,
  type OkrSet,
  ProgressSpreadGauge,
  ProgressTrend,
  type Report,
  StatusBadge,
  useOkrBalance,
} from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { act, type ReactElement, StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../fixtures/scenarios';

/** The part of jsdom's API the harness uses. */
const JSDOM = UntypedJsdom as new (
  html: string,
  options: { pretendToBeVisual: boolean },
) => { window: Window & typeof globalThis };

const PAGE = '<!doctype html><html><body><div id="root"></div></body></html>';

/** What react-dom and the role queries read from the global scope, besides the act flag. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLInputElement',
  'SVGElement',
  'Text',
  'Event',
  'MouseEvent',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const;

/** Undone after each test, last first: unmount, then the globals, then the page. */
let cleanups: (() => void)[] = [];
afterEach(() => {
  const pending = cleanups.reverse();
  cleanups = [];
  for (const cleanup of pending) cleanup();
});

/** Puts the page's globals on `globalThis` and returns what puts the previous ones back. */
function installGlobals(window: Window & typeof globalThis): () => void {
  const scope = globalThis as unknown as Record<string, unknown>;
  const source = window as unknown as Record<string, unknown>;
  const keys = [...DOM_GLOBALS, 'IS_REACT_ACT_ENVIRONMENT'];
  const previous = keys.map((key) => [key, Object.getOwnPropertyDescriptor(scope, key)] as const);
  for (const key of keys) {
    const value = key === 'IS_REACT_ACT_ENVIRONMENT' ? true : source[key];
    // Methods such as getComputedStyle expect the page's window as `this`.
    const bound = typeof value === 'function' && /^[a-z]/.test(key) ? value.bind(window) : value;
    // Defined rather than assigned: newer Node versions have a getter-only `navigator`.
    Object.defineProperty(scope, key, { configurable: true, writable: true, value: bound });
  }
  return () => {
    for (const [key, descriptor] of previous) {
      if (descriptor) Object.defineProperty(scope, key, descriptor);
      else delete scope[key];
    }
  };
}

const nodeRequire = createRequire(import.meta.url);
// With OKR_REACT=18 the widgets run on the React 18 installed in .ci/react18 (vitest.config.ts).
const reactDomClientPath =
  process.env.OKR_REACT === '18'
    ? fileURLToPath(new URL('../../.ci/react18/node_modules/react-dom/client.js', import.meta.url))
    : 'react-dom/client';
let client: typeof import('react-dom/client') | undefined;

/**
 * react-dom/client, evaluated while a page's globals exist, as in a browser. The React setup
 * file has already loaded it through Testing Library in this DOM-less environment, and that
 * copy decided at load time that it cannot use the DOM; a fresh copy is borrowed from the
 * module cache without disturbing the one Testing Library holds.
 */
function reactDomClient(): typeof import('react-dom/client') {
  // One copy for every page, as a browser has one: React 18 warns when two copies render the
  // same context.
  if (client) return client;
  expect(typeof document).toBe('object');
  const cached = Object.keys(nodeRequire.cache).filter((id) =>
    /[\\/]react-dom[\\/](client\.js|index\.js|cjs[\\/]react-dom(-client)?\.)/.test(id),
  );
  const saved = cached.map((id) => [id, nodeRequire.cache[id]] as const);
  for (const id of cached) delete nodeRequire.cache[id];
  try {
    client = nodeRequire(reactDomClientPath) as typeof import('react-dom/client');
  } finally {
    for (const [id, module] of saved) nodeRequire.cache[id] = module;
  }
  return client;
}

/** The markup a server sends, rendered where there is no DOM. */
function renderOnServer(element: ReactElement): string {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  return renderToString(element);
}

interface Hydrated {
  container: HTMLElement;
  /** The container's markup once parsed, before React touched it. */
  parsed: string;
  /** Console errors and warnings and recoverable errors raised while hydrating. */
  problems: string[];
}

/** Hydrates the server's markup in a new jsdom page, collecting every complaint. */
async function hydrate(element: ReactElement, markup: string): Promise<Hydrated> {
  const dom = new JSDOM(PAGE, { pretendToBeVisual: true });
  cleanups.push(() => dom.window.close());
  const container = dom.window.document.getElementById('root') as HTMLElement;
  container.innerHTML = markup;
  const parsed = container.innerHTML;
  cleanups.push(installGlobals(dom.window));
  const { hydrateRoot } = reactDomClient();

  const problems: string[] = [];
  const collect = (...args: unknown[]) => {
    problems.push(format(...args));
  };
  // Replaced, not spied on: the global setup's spy would count these calls and fail the test,
  // and a negative control must be able to expect them.
  const { error, warn } = console;
  console.error = collect;
  console.warn = collect;
  let root: Root | undefined;
  try {
    await act(async () => {
      root = hydrateRoot(container, element, {
        onRecoverableError: (cause) => collect('Recoverable error:', cause),
      });
    });
  } finally {
    console.error = error;
    console.warn = warn;
  }
  cleanups.push(() => act(() => root?.unmount()));
  return { container, parsed, problems };
}

/** Asserts the markup needs no inline style, so a page with `style-src 'self'` shows it. */
function expectNoInlineStyle(markup: string) {
  expect(markup).not.toMatch(/<style[\s>]/i);
  expect(markup).not.toMatch(/\sstyle=/i);
}

const count = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;

/** The badges of every objective, as a list page shows them. */
function Badges({ report }: { report: Report }) {
  return (
    <ul>
      {report.objectives.map((objective) => (
        <li key={objective.id}>
          {objective.title}{' '}
          <StatusBadge
            status={objective.status}
            stale={objective.stale}
            explanation={objective.explanation}
          />
        </li>
      ))}
    </ul>
  );
}

/** A host page: one report from the hook feeding every widget. */
function Board({ okrs, now }: { okrs: OkrSet; now: string }) {
  const report = useOkrBalance(okrs, { now });
  return (
    <main>
      <Badges report={report} />
      <ProgressSpreadGauge report={report} />
      <CauseChecklist report={report} />
    </main>
  );
}

type ScenarioName = keyof typeof SCENARIOS;
const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

const reportOf = (scenario: ScenarioName): Report => {
  const { okrs, now } = SCENARIOS[scenario];
  return analyzeOkrs(okrs, { now });
};
/** The scenario a fortnight before its moment, from the same input. */
const fortnightBefore = (scenario: ScenarioName): Report => {
  const { okrs, now } = SCENARIOS[scenario];
  return analyzeOkrs(okrs, { now: Date.parse(now) - 14 * 86_400_000 });
};

/** The trend's objective: the first with check-ins, else the first. */
const trendIdOf = (scenario: ScenarioName): string => {
  const { objectives } = reportOf(scenario);
  return (objectives.find((o) => o.history.length > 0) ?? objectives[0])?.id ?? '';
};

/** Each widget's element for a scenario, and what its server markup must contain. */
const WIDGETS = {
  'status badges': {
    element: (scenario: ScenarioName) => <Badges report={reportOf(scenario)} />,
    expectMarkup: (markup: string, scenario: ScenarioName) => {
      expect(count(markup, /data-status="/g)).toBe(reportOf(scenario).objectives.length);
    },
  },
  gauge: {
    element: (scenario: ScenarioName) => <ProgressSpreadGauge report={reportOf(scenario)} />,
    expectMarkup: (markup: string) => {
      expect(markup).toContain('role="meter"');
      expect(markup).toContain('aria-valuemin="0"');
      expect(markup).toContain('aria-valuemax="100"');
      expect(markup).toMatch(/aria-valuenow="\d+"/);
      expect(markup).toMatch(/aria-valuetext="[^"]+"/);
    },
  },
  OkrBalanceBoard: {
    element: (scenario: ScenarioName) => <OkrBalanceBoard {...SCENARIOS[scenario]} />,
    expectMarkup: (markup: string) => {
      expect(count(markup, /role="meter"/g)).toBe(1);
      expect(markup).toContain('role="listbox"');
    },
  },
  radar: {
    element: (scenario: ScenarioName) => <OkrRadar report={reportOf(scenario)} />,
    expectMarkup: (markup: string, scenario: ScenarioName) => {
      expect(markup).toContain('role="listbox"');
      expect(count(markup, /role="option"/g)).toBe(reportOf(scenario).objectives.length);
      expect(markup).toContain('Show data');
      expect(markup).not.toContain('<table');
    },
  },
  trend: {
    element: (scenario: ScenarioName) => (
      <ProgressTrend report={reportOf(scenario)} objectiveId={trendIdOf(scenario)} />
    ),
    expectMarkup: (markup: string, scenario: ScenarioName) => {
      expect(markup).not.toMatch(/NaN|Infinity/);
      const charted = reportOf(scenario).objectives.some((o) => o.history.length > 0);
      expect(count(markup, /<figcaption/g)).toBe(charted ? 1 : 0);
      expect(markup).toContain(charted ? 'Show data' : 'data-state="no-history"');
    },
  },
  'trend sparkline': {
    element: (scenario: ScenarioName) => (
      <ProgressTrend
        report={reportOf(scenario)}
        objectiveId={trendIdOf(scenario)}
        variant="compact"
      />
    ),
    expectMarkup: (markup: string) => {
      expect(markup).not.toMatch(/NaN|Infinity|<text/);
      expect(markup).toContain('data-variant="compact"');
    },
  },
  ChangeList: {
    element: (scenario: ScenarioName) => (
      <ChangeList
        changes={compareReports(fortnightBefore(scenario), reportOf(scenario))}
        showUnchanged
      />
    ),
    expectMarkup: (markup: string, scenario: ScenarioName) => {
      expect(markup).not.toMatch(/NaN|Infinity/);
      expect(count(markup, /<li/g)).toBe(reportOf(scenario).objectives.length);
    },
  },
  'board since an earlier report': {
    element: (scenario: ScenarioName) => (
      <OkrBalanceBoard {...SCENARIOS[scenario]} compareWith={fortnightBefore(scenario)} />
    ),
    expectMarkup: (markup: string) => {
      expect(markup).not.toMatch(/NaN|Infinity/);
      expect(count(markup, /role="meter"/g)).toBe(1);
    },
  },
  'board with its export menu': {
    element: (scenario: ScenarioName) => (
      <OkrBalanceBoard {...SCENARIOS[scenario]} exportMenu={ExportMenu} />
    ),
    expectMarkup: (markup: string) => {
      expect(markup).toContain('aria-haspopup="menu"');
      expect(markup).not.toContain('role="menu"');
    },
  },
  checklist: {
    element: (scenario: ScenarioName) => <CauseChecklist report={reportOf(scenario)} />,
    expectMarkup: (markup: string, scenario: ScenarioName) => {
      // 16 causes and a checkbox for each group: the four areas, and what the data suggests.
      const groups = reportOf(scenario).suggestions.length > 0 ? 5 : 4;
      expect(count(markup, /<input[^>]*type="checkbox"/g)).toBe(16 + groups);
      expect(count(markup, /<fieldset/g)).toBe(groups);
      expect(count(markup, /<legend/g)).toBe(groups);
    },
  },
  'board of provider and hook': {
    element: (scenario: ScenarioName) => <Board {...SCENARIOS[scenario]} />,
    expectMarkup: (markup: string, scenario: ScenarioName) => {
      expect(count(markup, /role="meter"/g)).toBe(1);
      const groups = reportOf(scenario).suggestions.length > 0 ? 5 : 4;
      expect(count(markup, /<input[^>]*type="checkbox"/g)).toBe(16 + groups);
    },
  },
} as const;

const CASES = Object.entries(WIDGETS).flatMap(([widget, { element, expectMarkup }]) =>
  SCENARIO_NAMES.map((scenario) => ({ widget, scenario, element, expectMarkup })),
);

describe('server rendering and hydration', () => {
  it.each(CASES)(
    'hydrates the $widget of the $scenario scenario without a warning',
    async ({ scenario, element, expectMarkup }) => {
      const markup = renderOnServer(element(scenario));
      expectNoInlineStyle(markup);
      expectMarkup(markup, scenario);

      const { container, parsed, problems } = await hydrate(element(scenario), markup);

      expect(problems).toEqual([]);
      expect(container.innerHTML).toBe(parsed);
    },
  );

  it.each(SCENARIO_NAMES)(
    'ticks a cause of the hydrated checklist of the %s scenario and shows its remedies',
    async (scenario) => {
      const element = <CauseChecklist report={reportOf(scenario)} />;
      const { container, problems } = await hydrate(element, renderOnServer(element));
      expect(problems).toEqual([]);
      const [first] = CAUSES;
      if (!first) throw new Error('the catalogue is empty');
      const box = within(container).getByRole('checkbox', { name: first.title });
      const item = box.closest('li') as HTMLElement;
      expect(within(item).queryByRole('list', { name: 'What to try' })).toBeNull();

      act(() => {
        box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      });

      expect((box as HTMLInputElement).checked).toBe(true);
      const remedies = within(item).getByRole('list', { name: 'What to try' });
      expect(
        within(remedies)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(first.remedies);
    },
  );

  it('hydrates the board of the company scenario in German without a warning', async () => {
    const element = (
      <OkrBalanceProvider locale="de" messages={MESSAGES_DE}>
        <Board {...SCENARIOS.company} />
      </OkrBalanceProvider>
    );
    const markup = renderOnServer(element);
    expectNoInlineStyle(markup);
    expect(markup).toContain('aria-label="Ausgewogenheit des Fortschritts"');

    const { container, parsed, problems } = await hydrate(element, markup);

    expect(problems).toEqual([]);
    expect(container.innerHTML).toBe(parsed);
  });

  it.each(SCENARIO_NAMES)(
    'hydrates the board of the %s scenario in StrictMode without a warning',
    async (scenario) => {
      const element = (
        <StrictMode>
          <Board {...SCENARIOS[scenario]} />
        </StrictMode>
      );
      const markup = renderOnServer(element);
      expectNoInlineStyle(markup);

      const { container, parsed, problems } = await hydrate(element, markup);

      expect(problems).toEqual([]);
      expect(container.innerHTML).toBe(parsed);
    },
  );
});

describe('the hydration harness', () => {
  /** Says where it runs: a text mismatch React can only recover from by rendering again. */
  function WhereText() {
    return <p>{typeof window === 'undefined' ? 'server' : 'client'}</p>;
  }

  /** Styles itself by where it runs: an attribute mismatch React only warns about. */
  function WhereAttribute() {
    return <p data-side={typeof window === 'undefined' ? 'server' : 'client'}>here</p>;
  }

  it('reports text that differs between server and client', async () => {
    const markup = renderOnServer(<WhereText />);
    expect(markup).toBe('<p>server</p>');

    const { container, problems } = await hydrate(<WhereText />, markup);

    expect(problems).not.toEqual([]);
    expect(problems.join('\n')).toMatch(/hydrat/i);
    expect(container.textContent).toBe('client');
  });

  // React 18 keeps quiet about a differing attribute here; the text control above shows the
  // harness fails on React 18 too.
  it.skipIf(process.env.OKR_REACT === '18')(
    'reports an attribute that differs between server and client',
    async () => {
      const markup = renderOnServer(<WhereAttribute />);
      expect(markup).toBe('<p data-side="server">here</p>');

      const { problems } = await hydrate(<WhereAttribute />, markup);

      expect(problems).not.toEqual([]);
      expect(problems.join('\n')).toMatch(/didn.t match/i);
    },
  );
});

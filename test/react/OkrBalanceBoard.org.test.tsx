import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Issue, OkrBalanceBoard } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  ORGANISATION,
  ORGANISATION_NOW,
  SMALL_NOW,
  SMALL_ORGANISATION,
} from '../fixtures/organisation';
import { MARKETING, MARKETING_NOW } from '../fixtures/scenarios';

// SMALL_ORGANISATION at t = 0.5: Organisation (6 objectives, balance 58) holds Engineering (4,
// balance 68; Infra 2 and 83, Web 1), Sales (1) and the objective ‘Company offsite’.
const ROWS = 'Teams, objectives and their status';

const levels = () => screen.getByRole('navigation', { name: 'Organisation levels' });
/** The breadcrumb's levels as text, the current one marked with `*`. */
const breadcrumb = () =>
  within(levels())
    .getAllByRole('listitem')
    .map((item) => {
      const current = item.querySelector('[aria-current]');
      return current ? `*${current.textContent}` : item.textContent;
    });
const heading = () => screen.getByRole('heading', { level: 2 });
const status = () => screen.getByRole('status');
const row = (name: string) =>
  within(screen.getByRole('list', { name: ROWS })).getByRole('button', {
    name: new RegExp(`^${name}`),
  });
const option = (name: string) =>
  screen.getAllByRole('option').find((o) => o.getAttribute('aria-label')?.startsWith(`${name}:`));

/** An element's description: the texts its `aria-describedby` names, in order. */
const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

const small = (props: Partial<Parameters<typeof OkrBalanceBoard>[0]> = {}) => (
  <OkrBalanceBoard okrs={SMALL_ORGANISATION} now={SMALL_NOW} {...props} />
);

/** The live region's words: a polite region may be updated after the change of level renders. */
const announced = (text: string) => waitFor(() => expect(status().textContent).toBe(text));

describe('OkrBalanceBoard over an organisation', () => {
  it('opens at the organisation: its teams as rows before its own objectives', () => {
    render(small());
    expect(screen.getByRole('region', { name: 'Organisation — OKR balance Q1 2026' })).toBeTruthy();
    expect(breadcrumb()).toEqual(['*Organisation']);
    expect(levels().querySelector('ol')).not.toBeNull();
    expect(levels().querySelector('[aria-current]')?.getAttribute('aria-current')).toBe('location');
    const list = screen.getByRole('list', { name: ROWS });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'EngineeringLagging39% · expected 50% · 4 objectives',
      'SalesExceeding90% · expected 50% · 1 objective',
      'Company offsiteAt risk20% · expected 50%',
    ]);
    // A unit's row opens it (no toggle) and says so; its tooltip is its roll-up's explanation.
    const engineering = row('Engineering');
    expect(engineering.getAttribute('aria-pressed')).toBeNull();
    expect(description(engineering)).toBe(
      'Opens this unit: its teams and objectives. 39%: weighted mean of 2 teams and 1 objective; lowest: ‘Infra’ at 25% (weighted-mean rule). Projected to reach 77% by the end of the cycle; success is 100% (projection rule).',
    );
    expect(row('Company offsite').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'))).toEqual([
      'Engineering: 39%, expected 50%, Lagging',
      'Sales: 90%, expected 50%, Exceeding',
      'Company offsite: 20%, expected 50%, At risk',
    ]);
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('58');
    // Nothing is announced before a change of level.
    expect(status().textContent).toBe('');
    expect(heading().getAttribute('tabindex')).toBe('-1');
  });

  it('opens a unit with Enter on its row: breadcrumb, heading focused, level announced', async () => {
    const user = userEvent.setup();
    const onUnitIdChange = vi.fn();
    render(small({ onUnitIdChange }));
    row('Engineering').focus();
    await user.keyboard('{Enter}');
    expect(onUnitIdChange).toHaveBeenCalledExactlyOnceWith('eng');
    expect(heading().textContent).toBe('Engineering — OKR balance Q1 2026');
    expect(document.activeElement).toBe(heading());
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
    await announced('Engineering: 4 objectives, balance 68 of 100');
    expect(
      within(screen.getByRole('list', { name: ROWS }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'InfraAt risk25% · expected 50% · 2 objectives',
      'WebOn track60% · expected 50% · 1 objective',
      'Hire five engineersOn track50% · expected 50%',
    ]);
  });

  it('opens a unit with a click on its row or its radar point, and with Enter on the point', async () => {
    const user = userEvent.setup();
    render(small());
    await user.click(row('Engineering'));
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
    fireEvent.click(option('Web') as Element);
    expect(breadcrumb()).toEqual(['Organisation', 'Engineering', '*Web']);
    await announced('Web: 1 objective, balance 100 of 100');
    expect(document.activeElement).toBe(heading());
    // Back at Engineering, the keyboard: Home goes to the first point (Infra), Enter opens it.
    await user.click(within(levels()).getByRole('button', { name: 'Engineering' }));
    screen.getByRole('listbox').focus();
    await user.keyboard('{Home}{Enter}');
    expect(breadcrumb()).toEqual(['Organisation', 'Engineering', '*Infra']);
    await announced('Infra: 2 objectives, balance 83 of 100');
    expect(document.activeElement).toBe(heading());
  });

  it('still selects objectives, and clears the selection on every change of level', async () => {
    const user = userEvent.setup();
    const onSelectedIdChange = vi.fn();
    render(small({ onSelectedIdChange }));
    fireEvent.click(option('Company offsite') as Element);
    expect(onSelectedIdChange).toHaveBeenLastCalledWith('o1');
    expect(row('Company offsite').getAttribute('aria-pressed')).toBe('true');
    await user.click(row('Sales'));
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(null);
    expect(onSelectedIdChange).toHaveBeenCalledTimes(2);
    expect(breadcrumb()).toEqual(['Organisation', '*Sales']);
  });

  it('goes up with Escape, focusing the row of the unit just left; a row’s tooltip closes first', async () => {
    const user = userEvent.setup();
    render(small({ defaultUnitId: 'infra' }));
    expect(breadcrumb()).toEqual(['Organisation', 'Engineering', '*Infra']);
    heading().focus();
    await user.keyboard('{Escape}');
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
    expect(document.activeElement).toBe(row('Infra'));
    await announced('Engineering: 4 objectives, balance 68 of 100');
    // The focused row shows its tooltip: this Escape closes it and stays.
    expect(screen.getByRole('tooltip')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.keyboard('{Escape}');
    expect(breadcrumb()).toEqual(['*Organisation']);
    expect(document.activeElement).toBe(row('Engineering'));
    await announced('Organisation: 6 objectives, balance 58 of 100');
  });

  it('leaves Escape to the radar while it has an active point, and at the top to the host', async () => {
    const user = userEvent.setup();
    // Whether Escape reached the page prevented: the board's own, or left to the host.
    const prevented: boolean[] = [];
    const listen = (event: KeyboardEvent) => {
      if (event.key === 'Escape') prevented.push(event.defaultPrevented);
    };
    document.addEventListener('keydown', listen);
    render(small({ defaultUnitId: 'eng' }));
    screen.getByRole('listbox').focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tooltip')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.keyboard('{Escape}');
    expect(breadcrumb()).toEqual(['*Organisation']);
    await user.keyboard('{Escape}');
    expect(breadcrumb()).toEqual(['*Organisation']);
    expect(prevented).toEqual([false, true, false]);
    document.removeEventListener('keydown', listen);
  });

  it('leaves Escape in a checklist note to the note', async () => {
    const user = userEvent.setup();
    render(small({ defaultUnitId: 'eng' }));
    await user.click(screen.getByRole('checkbox', { name: 'Shifts focus often' }));
    await user.type(screen.getByRole('textbox', { name: 'Note on Shifts focus often' }), 'Q3');
    await user.keyboard('{Escape}');
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
  });

  it('calls the host’s onKeyDown too', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn();
    render(small({ defaultUnitId: 'eng', onKeyDown }));
    heading().focus();
    await user.keyboard('{Escape}');
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(breadcrumb()).toEqual(['*Organisation']);
  });

  it('goes up to any level from the breadcrumb, focusing the row that leads back down', async () => {
    const user = userEvent.setup();
    const onUnitIdChange = vi.fn();
    render(small({ defaultUnitId: 'infra', onUnitIdChange }));
    await user.click(within(levels()).getByRole('button', { name: 'Organisation' }));
    expect(onUnitIdChange).toHaveBeenCalledExactlyOnceWith('@org');
    expect(breadcrumb()).toEqual(['*Organisation']);
    expect(document.activeElement).toBe(row('Engineering'));
    await announced('Organisation: 6 objectives, balance 58 of 100');
  });

  it('focuses the heading on the way up when the list of rows is hidden', async () => {
    const user = userEvent.setup();
    render(small({ defaultUnitId: 'infra', parts: { objectives: false } }));
    await user.click(within(levels()).getByRole('button', { name: 'Engineering' }));
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
    expect(document.activeElement).toBe(heading());
  });

  it('lets the host decide the level (unitId), moving focus only for a person’s own change', async () => {
    const user = userEvent.setup();
    const onUnitIdChange = vi.fn();
    const { rerender } = render(small({ unitId: 'eng', onUnitIdChange }));
    await user.click(row('Infra'));
    expect(onUnitIdChange).toHaveBeenCalledExactlyOnceWith('infra');
    // The host has not followed: still Engineering, nothing announced.
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
    expect(status().textContent).toBe('');
    rerender(small({ unitId: 'infra', onUnitIdChange }));
    expect(breadcrumb()).toEqual(['Organisation', 'Engineering', '*Infra']);
    expect(document.activeElement).toBe(heading());
    // The host's own change (a router, a table): announced, focus left where it is.
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    rerender(small({ unitId: 'sales', onUnitIdChange }));
    expect(breadcrumb()).toEqual(['Organisation', '*Sales']);
    await announced('Sales: 1 objective, balance 100 of 100');
    expect(document.activeElement).toBe(outside);
    outside.remove();
    expect(onUnitIdChange).toHaveBeenCalledTimes(1);
  });

  it('follows a host that keeps the level in state', async () => {
    const user = userEvent.setup();
    function Host() {
      const [unitId, setUnitId] = useState('sales');
      return (
        <>
          <output aria-label="route">{unitId}</output>
          {small({ unitId, onUnitIdChange: setUnitId })}
        </>
      );
    }
    render(<Host />);
    expect(breadcrumb()).toEqual(['Organisation', '*Sales']);
    await user.click(within(levels()).getByRole('button', { name: 'Organisation' }));
    await user.click(row('Engineering'));
    expect(screen.getByRole('status', { name: 'route' }).textContent).toBe('eng');
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
  });

  it('starts at defaultUnitId, a team deep in the tree', () => {
    render(small({ defaultUnitId: 'web' }));
    expect(breadcrumb()).toEqual(['Organisation', 'Engineering', '*Web']);
    expect(heading().textContent).toBe('Web — OKR balance Q1 2026');
    expect(screen.getByRole('list', { name: 'Objectives and their status' })).toBeTruthy();
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'))).toEqual([
      'Faster pages: 60%, expected 50%, On track',
    ]);
  });

  it.each([
    ['an unknown id', 'nope', 'nope'],
    ['a number', 42, '42'],
    ['an object', {}, '[object Object]'],
    ['an object without a prototype', Object.create(null), 'object'],
  ])('shows the organisation for %s as unitId and reports it once', (_, unitId, named) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onIssues = vi.fn<(issues: Issue[]) => void>();
    const props = { unitId: unitId as string, onIssues };
    const { rerender } = render(small(props));
    rerender(small({ ...props }));
    expect(breadcrumb()).toEqual(['*Organisation']);
    expect(onIssues).toHaveBeenCalledTimes(1);
    const [issues] = onIssues.mock.calls[0] ?? [];
    expect(issues?.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        'unitId',
        'unknown-unit',
        `There is no unit with the id ‘${named}’ in this organisation. The organisation is shown instead.`,
      ],
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('shows the organisation for a null unitId without an issue (plain JavaScript)', () => {
    const onIssues = vi.fn();
    render(small({ unitId: null as unknown as string, onIssues }));
    expect(breadcrumb()).toEqual(['*Organisation']);
    expect(onIssues).not.toHaveBeenCalled();
  });

  it('takes the roll-up rule and the organisation’s name as options', () => {
    render(small({ options: { rollup: 'weakest', orgName: 'Acme' } }));
    expect(heading().textContent).toBe('Acme — OKR balance Q1 2026');
    expect(breadcrumb()).toEqual(['*Acme']);
    expect(row('Engineering').textContent).toBe(
      'EngineeringSeverely lagging10% · expected 50% · 4 objectives',
    );
  });

  it('announces in the board’s language', async () => {
    const user = userEvent.setup();
    render(small({ locale: 'de-DE', messages: MESSAGES_DE }));
    expect(screen.getByRole('navigation', { name: 'Ebenen der Organisation' })).toBeTruthy();
    await user.click(
      within(screen.getByRole('list', { name: 'Teams, Objectives und ihr Status' })).getByRole(
        'button',
        { name: /^Engineering/ },
      ),
    );
    await announced('Engineering: 4 Objectives, Ausgewogenheit 68 von 100');
    expect(heading().textContent).toBe('Engineering — OKR-Ausgewogenheit Q1 2026');
  });

  it('explains a unit’s radar point with its roll-up, not a message id', () => {
    render(small());
    const radar = screen.getByRole('listbox');
    act(() => radar.focus());
    expect(screen.getByRole('tooltip').textContent).toContain(
      '39%: weighted mean of 2 teams and 1 objective; lowest: ‘Infra’ at 25%',
    );
  });

  it('shows the large organisation’s units and reports its structure problems once', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onIssues = vi.fn();
    render(<OkrBalanceBoard okrs={ORGANISATION} now={ORGANISATION_NOW} onIssues={onIssues} />);
    expect(onIssues).toHaveBeenCalledTimes(1);
    expect(onIssues.mock.calls[0]?.[0]).toHaveLength(6);
    expect(screen.getAllByRole('option')).toHaveLength(8);
    await user.click(row('Go to market'));
    await user.click(row('Marketing'));
    expect(breadcrumb()).toEqual(['Organisation', 'Go to market', '*Marketing']);
    // The empty team Events has no row; Brand and Content do.
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'))).toEqual([
      'Brand: 27%, expected 60%, At risk',
      'Content: 51%, expected 60%, On track',
    ]);
    await announced('Marketing: 4 objectives, balance 71 of 100');
    expect(onIssues).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('shows an empty unit, opened by the host, as the board’s empty state', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<OkrBalanceBoard okrs={ORGANISATION} now={ORGANISATION_NOW} unitId="facilities" />);
    expect(breadcrumb()).toEqual(['Organisation', 'Operations', '*Facilities']);
    expect(screen.getByText('No objectives to show yet.')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
    warn.mockRestore();
  });

  it('keeps a flat set as it was: no breadcrumb, no live region, no focusable heading', () => {
    render(<OkrBalanceBoard okrs={MARKETING} now={MARKETING_NOW} />);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(heading().textContent).toBe('OKR balance Q1 2026');
    expect(heading().hasAttribute('tabindex')).toBe(false);
    expect(screen.getByRole('list', { name: 'Objectives and their status' })).toBeTruthy();
  });

  it('renders on the server without style attributes or NaN, at the level asked for', () => {
    const markup = renderToString(
      <OkrBalanceBoard okrs={ORGANISATION} now={ORGANISATION_NOW} unitId="platform" />,
    );
    expect(markup).not.toMatch(/\sstyle=/i);
    expect(markup).not.toMatch(/NaN/);
    expect(markup).toContain('<nav');
    expect(markup).toContain('aria-current="location">Platform</span>');
    expect(markup).toContain('Platform — OKR balance Q1 2026');
  });

  it('hydrates the server’s markup without a mismatch, then drills down', async () => {
    const user = userEvent.setup();
    const element = small({ defaultUnitId: 'eng' });
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const recovered: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, element, { onRecoverableError: (cause) => recovered.push(cause) }),
    );
    expect(recovered).toEqual([]);
    expect(breadcrumb()).toEqual(['Organisation', '*Engineering']);
    await user.click(row('Web'));
    expect(breadcrumb()).toEqual(['Organisation', 'Engineering', '*Web']);
    act(() => root.unmount());
    container.remove();
  });
});

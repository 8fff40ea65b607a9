import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  analyzeOkrs,
  type CatalogEntry,
  CauseChecklist,
  type ChecklistValue,
  OkrBalanceProvider,
  RED_FLAGS,
  type Report,
} from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MARKETING, MARKETING_NOW } from '../fixtures/scenarios';

const marketing = (): Report => analyzeOkrs(MARKETING, { now: MARKETING_NOW });

/** The list item of the entry with this title. */
const itemOf = (title: string) =>
  screen.getByRole('checkbox', { name: title }).closest('li') as HTMLElement;

describe('CauseChecklist', () => {
  it('groups the 16 causes in four fieldsets of four native checkboxes each', () => {
    render(<CauseChecklist />);
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(4);
    expect(groups.map((group) => within(group).getAllByRole('checkbox'))).toSatisfy(
      (boxes: HTMLElement[][]) => boxes.every((inGroup) => inGroup.length === 5),
    );
    // 16 causes and a group checkbox per area.
    expect(screen.getAllByRole('checkbox')).toHaveLength(20);
    expect(screen.getByRole('group', { name: 'Leader, 0 of 4 ticked' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Review process, 0 of 4 ticked' })).toBeTruthy();
    expect(screen.getByText('0 causes suggested by the data; 0 ticked')).toBeTruthy();
  });

  it('describes each cause by its description, also while it is collapsed', () => {
    render(<CauseChecklist />);
    const box = screen.getByRole('checkbox', { name: 'Shifts focus often' });
    const description = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/^The leader keeps changing priorities/);
    expect(description?.closest('[hidden]')).not.toBeNull();
  });

  it('collapses each cause to its title row, its disclosure showing the description and questions', async () => {
    const user = userEvent.setup();
    render(<CauseChecklist />);
    const item = itemOf('Shifts focus often');
    const toggle = within(item).getByRole('button', { name: 'Details on Shifts focus often' });
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(item.dataset.state).toBe('closed');
    expect(details?.hidden).toBe(true);
    // Every cause has its own disclosure, all closed.
    expect(
      screen.getAllByRole('button').map((button) => button.getAttribute('aria-expanded')),
    ).toEqual(Array(16).fill('false'));

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(item.dataset.state).toBe('open');
    expect(details?.hidden).toBe(false);
    const questions = within(item).getByRole('list', { name: 'Questions to ask' });
    expect(
      within(questions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'How many times have priorities changed since the cycle began?',
      'Which objectives were added after the plan was set, and why?',
      'What did we put aside to make room for new work?',
    ]);
    expect(details?.contains(questions)).toBe(true);
    // Opening one cause leaves the others closed.
    expect(within(itemOf('No agenda')).getByRole('button').getAttribute('aria-expanded')).toBe(
      'false',
    );

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(details?.hidden).toBe(true);
  });

  it('ticks a collapsed cause without opening it, its remedies and note in sight', async () => {
    const user = userEvent.setup();
    render(<CauseChecklist />);
    await user.click(screen.getByRole('checkbox', { name: 'No agenda' }));
    const item = itemOf('No agenda');
    expect(within(item).getByRole('button').getAttribute('aria-expanded')).toBe('false');
    const remedies = within(item).getByRole('list', { name: 'What to try' });
    const note = within(item).getByRole('textbox', { name: 'Note on No agenda' });
    expect(remedies.closest('[hidden]')).toBeNull();
    expect(note.closest('[hidden]')).toBeNull();
  });

  it('offers no disclosure for an entry with neither description nor questions', () => {
    const catalog: CatalogEntry[] = [
      { id: 'bare', area: 'own', title: 'Bare', description: '', questions: [], remedies: [] },
      {
        id: 'asks',
        area: 'own',
        title: 'Asks',
        description: '',
        questions: ['Why?'],
        remedies: [],
      },
    ];
    render(<CauseChecklist catalog={catalog} />);
    expect(within(itemOf('Bare')).queryByRole('button')).toBeNull();
    expect(within(itemOf('Asks')).getByRole('button', { name: 'Details on Asks' })).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'Bare' }).getAttribute('aria-describedby'),
    ).toBeNull();
  });

  it('leads with the suggested causes, strong before possible, then the others by area', () => {
    render(<CauseChecklist report={marketing()} />);
    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Suggested by the data, 0 of 6 ticked',
      'Leader, 0 of 2 ticked',
      'Team, 0 of 3 ticked',
      'Target, 0 of 2 ticked',
      'Review process, 0 of 3 ticked',
    ]);
    const [suggested, leader] = groups as [HTMLElement, HTMLElement];
    const titles = (group: HTMLElement) =>
      within(group)
        .getAllByRole('listitem')
        .filter((li) => li.classList.length > 0)
        .map((li) => [li.querySelector('label')?.textContent, li.dataset.suggested]);
    expect(titles(suggested)).toEqual([
      ['Does not follow through', 'strong'],
      ['Over or under capacity', 'strong'],
      ['No set meeting frequency', 'strong'],
      ['Shifts focus often', 'possible'],
      ['Too aggressive', 'possible'],
      ['Too conservative', 'possible'],
    ]);
    expect(titles(leader)).toEqual([
      ['Leader lacks subject expertise', undefined],
      ['Not trusted by the team', undefined],
    ]);
    expect(
      within(suggested)
        .getAllByText(/^Suggested: /)
        .map((marker) => [marker.textContent, marker.dataset.strength]),
    ).toEqual([
      ['Suggested: Strong signal', 'strong'],
      ['Suggested: Strong signal', 'strong'],
      ['Suggested: Strong signal', 'strong'],
      ['Suggested: Possible', 'possible'],
      ['Suggested: Possible', 'possible'],
      ['Suggested: Possible', 'possible'],
    ]);
  });

  it('ticks every suggested cause with the group’s checkbox, in the order shown', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CauseChecklist report={marketing()} onValueChange={onChange} />);
    await user.click(
      screen.getByRole('checkbox', { name: 'Suggested by the data, 0 of 6 ticked' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      checked: [
        'leader.no-follow-through',
        'team.capacity-imbalance',
        'process.no-meeting-cadence',
        'leader.shifts-focus',
        'target.too-aggressive',
        'target.too-conservative',
      ],
      notes: {},
    });
    expect(screen.getByText('6 causes suggested by the data; 6 ticked')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Leader, 0 of 2 ticked' })).toBeTruthy();
  });

  it('moves a cause between the groups as the focus changes, its tick and note kept', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const report = marketing();
    const { rerender } = render(
      <CauseChecklist report={report} objectiveId="social" onValueChange={onChange} />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Too aggressive' }));
    await user.type(screen.getByRole('textbox', { name: 'Note on Too aggressive' }), 'Q3');
    expect(screen.getByRole('group', { name: 'Target, 1 of 4 ticked' })).toBeTruthy();

    rerender(<CauseChecklist report={report} objectiveId="seo" onValueChange={onChange} />);
    const suggested = screen.getByRole('group', { name: /^Suggested by the data/ });
    const box = within(suggested).getByRole('checkbox', { name: 'Too aggressive' });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Note on Too aggressive' })).toHaveProperty(
      'value',
      'Q3',
    );
    expect(screen.getByRole('group', { name: 'Target, 0 of 3 ticked' })).toBeTruthy();
    expect(onChange).toHaveBeenLastCalledWith({
      checked: ['target.too-aggressive'],
      notes: { 'target.too-aggressive': 'Q3' },
    });
  });

  it('shows the remedies of a ticked cause and reports the new value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CauseChecklist onValueChange={onChange} />);
    expect(screen.queryByText('Name one owner who reports on it every week.')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Does not follow through' }));

    expect(onChange).toHaveBeenLastCalledWith({ checked: ['leader.no-follow-through'], notes: {} });
    const remedies = within(itemOf('Does not follow through')).getByRole('list', {
      name: 'What to try',
    });
    expect(
      within(remedies)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Name one owner who reports on it every week.',
      'Split the remaining work into steps with dates.',
      'Have the leader give feedback at every check-in.',
    ]);
    expect(itemOf('Does not follow through').dataset.checked).toBe('');
    expect(screen.getByRole('group', { name: 'Leader, 1 of 4 ticked' })).toBeTruthy();
    expect(screen.getByText('0 causes suggested by the data; 1 ticked')).toBeTruthy();
  });

  it('ticks and unticks a whole area with its group checkbox, mixed when partly ticked', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CauseChecklist onValueChange={onChange} />);
    const group = () => screen.getByRole('checkbox', { name: /^Team, \d of 4 ticked$/ });

    await user.click(screen.getByRole('checkbox', { name: 'Over or under capacity' }));
    expect((group() as HTMLInputElement).indeterminate).toBe(true);
    expect((group() as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('group', { name: 'Team, 1 of 4 ticked' }).dataset.state).toBe('mixed');

    await user.click(group());
    expect((group() as HTMLInputElement).indeterminate).toBe(false);
    expect((group() as HTMLInputElement).checked).toBe(true);
    expect(onChange).toHaveBeenLastCalledWith({
      checked: [
        'team.capacity-imbalance',
        'team.lacks-expertise',
        'team.lacks-initiative',
        'team.not-one-team',
      ],
      notes: {},
    });
    const team = screen.getByRole('group', { name: 'Team, 4 of 4 ticked' });
    expect(
      within(team)
        .getAllByRole('checkbox')
        .every((box) => (box as HTMLInputElement).checked),
    ).toBe(true);

    await user.click(group());
    expect(onChange).toHaveBeenLastCalledWith({ checked: [], notes: {} });
    expect(screen.getByRole('group', { name: 'Team, 0 of 4 ticked' })).toBeTruthy();
  });

  it('shows the value it is given and leaves changes to the host when controlled', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(
      <CauseChecklist
        value={{ checked: ['target.wrong-kpi'], notes: {} }}
        onValueChange={onChange}
      />,
    );
    const wrongKpi = screen.getByRole('checkbox', { name: 'Wrong KPI measured' });
    expect((wrongKpi as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('checkbox', { name: 'Shifts focus often' }));
    expect(onChange).toHaveBeenLastCalledWith({
      checked: ['target.wrong-kpi', 'leader.shifts-focus'],
      notes: {},
    });
    expect(
      (screen.getByRole('checkbox', { name: 'Shifts focus often' }) as HTMLInputElement).checked,
    ).toBe(false);

    // The target group is mixed, and stays so when the host ignores a click on it.
    const target = screen.getByRole('checkbox', { name: 'Target, 1 of 4 ticked' });
    await user.click(target);
    expect((target as HTMLInputElement).indeterminate).toBe(true);

    rerender(
      <CauseChecklist
        value={{ checked: ['leader.shifts-focus'], notes: { 'leader.shifts-focus': 'Q2' } }}
        onValueChange={onChange}
      />,
    );
    expect(
      (screen.getByRole('checkbox', { name: 'Shifts focus often' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((wrongKpi as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('textbox', { name: 'Note on Shifts focus often' })).toHaveProperty(
      'value',
      'Q2',
    );
  });

  it('keeps its own value from defaultValue when uncontrolled', async () => {
    const user = userEvent.setup();
    render(
      <CauseChecklist
        defaultValue={{ checked: ['process.no-agenda'], notes: { 'process.no-agenda': 'Draft' } }}
      />,
    );
    const noAgenda = screen.getByRole('checkbox', { name: 'No agenda' });
    expect((noAgenda as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Note on No agenda' })).toHaveProperty(
      'value',
      'Draft',
    );
    await user.click(noAgenda);
    expect((noAgenda as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('textbox')).toBeNull();
    // The note stays in the value and in sight.
    expect(within(itemOf('No agenda')).getByText('Your note: Draft')).toBeTruthy();
  });

  it('reports the notes typed for a ticked cause', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CauseChecklist onValueChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Does not follow through' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Note on Does not follow through' }),
      'Ana owns it',
    );
    expect(onChange).toHaveBeenLastCalledWith({
      checked: ['leader.no-follow-through'],
      notes: { 'leader.no-follow-through': 'Ana owns it' },
    });
    await user.clear(screen.getByRole('textbox', { name: 'Note on Does not follow through' }));
    expect(onChange).toHaveBeenLastCalledWith({
      checked: ['leader.no-follow-through'],
      notes: {},
    });
  });

  it('keeps notes for any entry id, including the names of object internals', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const entry = (id: string): CatalogEntry => ({
      id,
      area: 'odd',
      title: `Entry ${id}`,
      description: '',
      questions: [],
      remedies: [],
    });
    const catalog = ['__proto__', 'constructor', 'toString'].map(entry);
    render(
      <CauseChecklist
        catalog={catalog}
        defaultValue={{ checked: ['__proto__', 'constructor', 'toString'], notes: {} }}
        onValueChange={onChange}
      />,
    );
    const note = (id: string) => screen.getByRole('textbox', { name: `Note on Entry ${id}` });
    // An empty note, not the function Object.prototype has under that name.
    expect(note('constructor')).toHaveProperty('value', '');
    expect(note('toString')).toHaveProperty('value', '');
    await user.type(note('__proto__'), 'kept');
    const notes = onChange.mock.lastCall?.[0].notes;
    expect(Object.keys(notes)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(notes, '__proto__')?.value).toBe('kept');
    expect(note('__proto__')).toHaveProperty('value', 'kept');
  });

  it('offers no note field when notes are turned off', async () => {
    const user = userEvent.setup();
    render(<CauseChecklist showNotes={false} />);
    await user.click(screen.getByRole('checkbox', { name: 'Does not follow through' }));
    expect(screen.getByRole('list', { name: 'What to try' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('works as a controlled checklist in a host that stores the value', async () => {
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState<ChecklistValue>({ checked: [], notes: {} });
      return (
        <>
          <CauseChecklist value={value} onValueChange={setValue} />
          <output>{JSON.stringify(value)}</output>
        </>
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('checkbox', { name: 'Shifts focus often' }));
    await user.type(screen.getByRole('textbox', { name: 'Note on Shifts focus often' }), 'ok');
    expect(screen.getByRole('status').textContent).toBe(
      '{"checked":["leader.shifts-focus"],"notes":{"leader.shifts-focus":"ok"}}',
    );
  });

  it('marks the causes the marketing data suggests, in words, with their evidence', () => {
    render(<CauseChecklist report={marketing()} />);
    expect(screen.getByText('6 causes suggested by the data; 0 ticked')).toBeTruthy();

    const stalled = itemOf('Does not follow through');
    expect(stalled.dataset.suggested).toBe('strong');
    expect(within(stalled).getByText('Suggested: Strong signal')).toBeTruthy();
    expect(
      within(stalled).getByText(
        '‘Improve social media branding’ has not risen above 38% in 4 check-ins over 21 days.',
      ),
    ).toBeTruthy();
    expect(within(stalled).getByText('Objectives: Improve social media branding')).toBeTruthy();

    const capacity = itemOf('Over or under capacity');
    expect(capacity.dataset.suggested).toBe('strong');
    expect(
      within(capacity).getByText(
        'Objectives: Boost customer engagement, Establish a lead generation engine, and Enhance on-page SEO',
      ),
    ).toBeTruthy();

    const conservative = itemOf('Too conservative');
    expect(conservative.dataset.suggested).toBe('possible');
    expect(within(conservative).getByText('Suggested: Possible')).toBeTruthy();

    expect(itemOf('No agenda').dataset.suggested).toBeUndefined();
    // The suggestion is part of the checkbox's description.
    const box = screen.getByRole('checkbox', { name: 'Does not follow through' });
    const ids = (box.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      'Suggested: Strong signal',
    );
  });

  it('marks only the causes about one objective when focused on it', () => {
    render(<CauseChecklist report={marketing()} objectiveId="social" />);
    expect(screen.getByText('Focused on ‘Improve social media branding’')).toBeTruthy();
    expect(screen.getByText('1 cause suggested by the data; 0 ticked')).toBeTruthy();
    const marked = screen
      .getAllByRole('listitem')
      .filter((item) => item.dataset.suggested !== undefined);
    expect(marked).toEqual([itemOf('Does not follow through')]);
  });

  it('keeps the evidence that names the focused objective', () => {
    render(<CauseChecklist report={marketing()} objectiveId="seo" />);
    const capacity = itemOf('Over or under capacity');
    expect(
      within(capacity).getByText(
        '‘Establish a lead generation engine’ is at 80% while ‘Enhance on-page SEO’ is at 12%, with 50% of the cycle gone.',
      ),
    ).toBeTruthy();
    expect(itemOf('Too aggressive').dataset.suggested).toBe('possible');
    expect(itemOf('Shifts focus often').dataset.suggested).toBeUndefined();
  });

  it('shows the red flags in three fieldsets with six checkboxes', () => {
    render(<CauseChecklist catalog={RED_FLAGS} />);
    expect(
      screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent),
    ).toEqual([
      'Customer value, 0 of 2 ticked',
      'Time horizon, 0 of 2 ticked',
      'Organisation, 0 of 2 ticked',
    ]);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.filter((box) => box.closest('li'))).toHaveLength(6);
    expect(boxes.filter((box) => box.closest('legend'))).toHaveLength(3);
  });

  it('shows a host’s own catalogue and areas, its text as text', async () => {
    const user = userEvent.setup();
    const title = '<img src=x onerror=alert(1)>';
    const catalog: CatalogEntry[] = [
      {
        id: 'own.one',
        area: 'culture',
        title,
        description: '<b>bold?</b>',
        questions: [],
        remedies: ['<script>alert(2)</script>'],
      },
    ];
    const { container } = render(<CauseChecklist catalog={catalog} />);
    expect(screen.getByRole('group', { name: 'culture, 0 of 1 ticked' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: title }));
    expect(screen.getByText('<script>alert(2)</script>')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: `Note on ${title}` })).toBeTruthy();
    expect(container.querySelector('img, script, b')).toBeNull();
  });

  it('says in development when a value arrives after mounting without one, and keeps its own', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(<CauseChecklist report={marketing()} />);
    rerender(
      <CauseChecklist
        report={marketing()}
        value={{ checked: ['leader.shifts-focus'], notes: {} }}
      />,
    );
    rerender(
      <CauseChecklist report={marketing()} value={{ checked: ['team.not-one-team'], notes: {} }} />,
    );
    expect(
      screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked),
    ).toEqual([]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toMatch(
      /^okr-balance: CauseChecklist value was undefined at first and now has a value, which is ignored/,
    );
    error.mockRestore();
  });

  it('shows an empty state for an empty catalogue', () => {
    render(<CauseChecklist catalog={[]} />);
    expect(screen.getByText('This checklist has no entries.')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('ignores odd data instead of throwing', () => {
    const report = {
      ...marketing(),
      suggestions: [
        { causeId: 'no.such-cause', strength: 'strong', objectiveIds: [], evidence: [] },
        null,
        { causeId: 'team.not-one-team', strength: 'weird', objectiveIds: 'x', evidence: [7, {}] },
      ],
    } as unknown as Report;
    const catalog = [
      ...RED_FLAGS,
      RED_FLAGS[0],
      null,
      { id: 42 },
      { id: 'own.x', area: 'value' },
    ] as unknown as CatalogEntry[];
    const value = { checked: ['red-flag.rigid', 3], notes: null } as unknown as ChecklistValue;
    render(<CauseChecklist report={report} catalog={catalog} value={value} />);
    expect(screen.getByRole('group', { name: 'Customer value, 0 of 3 ticked' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'own.x' })).toBeTruthy();
    expect(screen.getByText('0 causes suggested by the data; 1 ticked')).toBeTruthy();

    render(<CauseChecklist report={report} />);
    expect(itemOf('No sense of one team').dataset.suggested).toBe('possible');
  });

  it('speaks German through its messages and locale', () => {
    render(
      <CauseChecklist
        report={marketing()}
        objectiveId="social"
        locale="de"
        messages={MESSAGES_DE}
      />,
    );
    expect(
      screen.getByRole('group', { name: 'Von den Daten nahegelegt, 0 von 1 angehakt' }),
    ).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Führung, 0 von 3 angehakt' })).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: `Details zu ${MESSAGES_DE['cause.leader.shifts-focus.title']}`,
      }),
    ).toBeTruthy();
    expect(screen.getByText('1 Ursache von den Daten nahegelegt; 0 angehakt')).toBeTruthy();
    expect(screen.getByText('Mit Blick auf „Improve social media branding“')).toBeTruthy();
    expect(screen.getByText('Vorgeschlagen: Starkes Signal')).toBeTruthy();
    expect(
      screen.getByText(
        '„Improve social media branding“ ist in 4 Check-ins über 21 Tage nicht über 38 % hinausgekommen.',
      ),
    ).toBeTruthy();
  });

  it('shows the causes themselves in German, from the provider’s messages', async () => {
    const user = userEvent.setup();
    const german = (field: string) => MESSAGES_DE[`cause.leader.shifts-focus.${field}`] ?? '';
    render(
      <OkrBalanceProvider locale="de" messages={MESSAGES_DE}>
        <CauseChecklist />
      </OkrBalanceProvider>,
    );
    expect(screen.queryByText('Shifts focus often')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: german('title') }));
    expect(screen.getByText(german('description'))).toBeTruthy();
    for (const remedy of german('remedies').split('\n')) {
      expect(screen.getByText(remedy)).toBeTruthy();
    }
  });

  it('passes class, style, other props and the ref to its root', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <CauseChecklist
        ref={ref}
        className="mine"
        style={{ margin: 2 }}
        data-testid="checklist"
        aria-label="Causes"
      />,
    );
    const root = screen.getByTestId('checklist');
    expect(ref.current).toBe(root);
    expect(root.className).toBe('okr-checklist mine');
    expect(root.style.margin).toBe('2px');
    expect(root.getAttribute('aria-label')).toBe('Causes');
  });
});

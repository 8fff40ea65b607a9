import type { CatalogEntry, CauseArea, RedFlagArea } from './types';

/** A catalogue entry whose area is one of the cause areas. */
type CauseEntry = CatalogEntry & { area: CauseArea };

/** A catalogue entry whose area is one of the red-flag areas. */
type RedFlagEntry = CatalogEntry & { area: RedFlagArea };

/** The 16 causes of unbalanced progress, four in each area: leader, team, target, process. */
export const CAUSES: readonly CatalogEntry[] = [
  {
    id: 'leader.shifts-focus',
    area: 'leader',
    title: 'Shifts focus often',
    description:
      'The leader keeps changing priorities, so much gets started and little gets finished. ' +
      'The data shows more than about five objectives, or objectives added well into the cycle. ' +
      'Each change pulls people away from work in flight, so a few objectives move ' +
      'while the rest are left half done.',
    questions: [
      'How many times have priorities changed since the cycle began?',
      'Which objectives were added after the plan was set, and why?',
      'What did we put aside to make room for new work?',
    ],
    remedies: [
      'Keep the cycle to three to five objectives.',
      'Park new ideas in a list for the next cycle.',
      'Change priorities only at a review meeting, and say what gets dropped.',
    ],
  },
  {
    id: 'leader.no-follow-through',
    area: 'leader',
    title: 'Does not follow through',
    description:
      'The leader starts work with energy but does not keep pushing until it is done. ' +
      'The data shows an objective that made early progress and then stalled: ' +
      'check-ins keep coming, but the value stops rising. ' +
      'Without steady attention the work loses momentum, and the gap to other objectives grows.',
    questions: [
      'When did this objective last move, and what changed then?',
      'Who keeps an eye on it between review meetings?',
      'What is blocking the next step?',
    ],
    remedies: [
      'Name one owner who reports on it every week.',
      'Split the remaining work into steps with dates.',
      'Have the leader give feedback at every check-in.',
    ],
  },
  {
    id: 'leader.lacks-expertise',
    area: 'leader',
    title: 'Leader lacks subject expertise',
    description:
      'The leader does not know the field well enough to guide the work. ' +
      'Plans rest on guesswork and decisions take longer than they should. ' +
      'Objectives in that field fall behind those led by people who know their ground. ' +
      'The data cannot show this directly, so it is a question for people to answer.',
    questions: [
      'Has the leader run work like this before?',
      'Where does the team turn when a specialist question comes up?',
      'Which decisions have been waiting on the leader?',
    ],
    remedies: [
      'Pair the leader with an experienced adviser.',
      'Let a skilled team member make the day-to-day calls.',
      'Set aside time for the leader to learn the basics of the field.',
    ],
  },
  {
    id: 'leader.not-trusted',
    area: 'leader',
    title: 'Not trusted by the team',
    description:
      'The team doubts that its leader will back them or see the work through. ' +
      'The reason may be thin knowledge of the subject or weak communication. ' +
      'People hold back, hedge and wait for direction, ' +
      'so the objectives this leader owns move more slowly than the rest.',
    questions: [
      'Do people bring problems to the leader early?',
      'Does the team believe it will get the support it needs?',
      'Where has communication broken down?',
    ],
    remedies: [
      'Hold regular one-to-one conversations.',
      'Make small, visible commitments and keep them.',
      'Ask the team, anonymously, what support it is missing.',
    ],
  },
  {
    id: 'team.lacks-expertise',
    area: 'team',
    title: 'Team lacks the skills',
    description:
      'The team is missing skills that the objective needs. ' +
      'Work goes ahead by trial and error, and progress comes slowly. ' +
      'Objectives that match the team’s skills move well, while this one lags behind.',
    questions: [
      'Which skills does this objective need that we do not have?',
      'How much of our time goes into redoing work?',
      'Who, inside or outside the company, could teach us?',
    ],
    remedies: [
      'Bring in a specialist to guide and coach the team.',
      'Move people so that skills match the work.',
      'Plan training at the start of the cycle, not halfway through.',
    ],
  },
  {
    id: 'team.capacity-imbalance',
    area: 'team',
    title: 'Over or under capacity',
    description:
      'Too many people work on one objective and too few on another. ' +
      'The data shows one objective finishing early or running ahead while another stalls. ' +
      'On the radar this looks like one long spoke beside short ones. ' +
      'The early finish seems like a win but hides capacity the lagging work needed.',
    questions: [
      'How are people split across the objectives?',
      'Could those on the finished objective help the one that lags?',
      'Did we size each objective before assigning people to it?',
    ],
    remedies: [
      'Move people from the objective that is ahead to the one that lags.',
      'Review how people are split at every review meeting.',
      'Estimate the effort of each objective before staffing it.',
    ],
  },
  {
    id: 'team.lacks-initiative',
    area: 'team',
    title: 'Lacks initiative',
    description:
      'People wait for things to happen instead of moving them forward. ' +
      'Open questions stay unanswered and handovers stall. ' +
      'Nobody chases the next step, so work can sit still for weeks.',
    questions: [
      'Who moves this objective when something gets stuck?',
      'Which open questions have waited more than a week?',
      'Do people feel free to act without asking first?',
    ],
    remedies: [
      'Give every key result a named owner.',
      'Ask owners to state their next step at each check-in.',
      'Recognise people who clear blockers on their own.',
    ],
  },
  {
    id: 'team.not-one-team',
    area: 'team',
    title: 'No sense of one team',
    description:
      'People do not feel they share the same goals. ' +
      'Working together feels like a chore, and requests for help go unanswered. ' +
      'This may sit in one department or run across the company. ' +
      'Objectives that need several groups lag behind those one group can finish alone.',
    questions: [
      'Which objectives depend on help from another group?',
      'Do requests between teams get quick answers?',
      'Does everyone see how their work serves the shared goal?',
    ],
    remedies: [
      'Pair people from different groups on shared work.',
      'Invite the teams you depend on to your review meetings.',
      'Restate the common goal at the start of each cycle.',
    ],
  },
  {
    id: 'target.too-aggressive',
    area: 'target',
    title: 'Too aggressive',
    description:
      'The target goes beyond ambitious and becomes out of reach. ' +
      'The data shows an objective that is moving but is projected to end well short of its bar. ' +
      'Often the number was set without asking the team what it could do, ' +
      'so the objective lags while its neighbours look easy.',
    questions: [
      'How did we arrive at this number?',
      'What would the team call a stretching but reachable target?',
      'Do we have the people and time this target assumes?',
    ],
    remedies: [
      'Reset the target together with the people doing the work.',
      'Mark it aspirational if a partial score counts as success.',
      'Add people or time, or narrow the scope.',
    ],
  },
  {
    id: 'target.too-conservative',
    area: 'target',
    title: 'Too conservative',
    description:
      'The target is low enough that reaching it takes little effort. ' +
      'The data shows the objective done long before the end of the cycle, ' +
      'or projected far past its bar. ' +
      'Sometimes a team sandbags on purpose to be sure of success, ' +
      'and the spare effort is lost to harder objectives.',
    questions: [
      'Was this target a real stretch when we set it?',
      'Did anyone set it low to stay safe?',
      'What would we aim for if falling short carried no penalty?',
    ],
    remedies: [
      'Raise the bar next cycle in light of this result.',
      'Ask for at least one stretch target per objective.',
      'Move spare effort to the objectives that lag now.',
    ],
  },
  {
    id: 'target.wrong-kpi',
    area: 'target',
    title: 'Wrong KPI measured',
    description:
      'The key result measures something that does not reflect the goal. ' +
      'Progress then looks stuck while work gets done, or rises while nothing improves. ' +
      'The data shows the measured progress and the team’s own confidence far apart. ' +
      'It is hard to steer when the number and reality disagree.',
    questions: [
      'Does this number move when our work succeeds?',
      'Why does the team’s confidence differ from the measure?',
      'Is there a metric closer to the outcome we want?',
    ],
    remedies: [
      'Replace the key result with one that tracks the outcome.',
      'Check that every key result can be measured often.',
      'Ask the team to explain each confidence score it gives.',
    ],
  },
  {
    id: 'target.no-clear-plan',
    area: 'target',
    title: 'Not backed by a clear plan',
    description:
      'The target exists, but nobody has worked out how to reach it. ' +
      'Planned activities overlap or leave gaps. ' +
      'The data shows an objective with no key results, or with no progress well into the cycle. ' +
      'Without a plan, work starts late or not at all.',
    questions: [
      'What are the steps from here to the target?',
      'Do the planned activities cover everything the target needs?',
      'Who takes the first step, and when?',
    ],
    remedies: [
      'Write measurable key results before work begins.',
      'List the activities so that none overlap and nothing is missing.',
      'Give each activity an owner and a date.',
    ],
  },
  {
    id: 'process.no-meeting-cadence',
    area: 'process',
    title: 'No set meeting frequency',
    description:
      'Progress is reviewed now and then, with no regular rhythm. ' +
      'The data shows check-ins weeks apart, or missing altogether. ' +
      'Without a fixed meeting, people lose sight of stalled objectives, ' +
      'and problems surface when little time is left.',
    questions: [
      'How often do we review progress together?',
      'When was each objective last updated?',
      'Who is responsible for calling the review?',
    ],
    remedies: [
      'Hold a short review every week or every two weeks.',
      'Record a check-in for every objective at each review.',
      'Put the meetings in calendars for the whole cycle.',
    ],
  },
  {
    id: 'process.no-agenda',
    area: 'process',
    title: 'No agenda',
    description:
      'Meetings take place but follow no agenda. ' +
      'Time goes to past wins while open problems wait. ' +
      'Items carried over from last time are forgotten, ' +
      'and the objectives that lag slip through the cracks.',
    questions: [
      'Do we share an agenda before each meeting?',
      'Do we start with the items left open last time?',
      'Does every objective get time, not only the ones doing well?',
    ],
    remedies: [
      'Use a fixed agenda: progress, plans, problems.',
      'Keep a running list of open items between meetings.',
      'Discuss the lagging objectives first.',
    ],
  },
  {
    id: 'process.wishful-discussion',
    area: 'process',
    title: 'Discussion full of wishes and hopes',
    description:
      'Meetings run on hopes rather than facts. ' +
      'People say things will pick up, with no data or plan behind it. ' +
      'Nobody looks at what worked and what did not, ' +
      'so the lagging objectives stay behind because nothing concrete changes.',
    questions: [
      'What do the numbers say, apart from what we hope?',
      'Which methods worked, and which did not?',
      'What will we do differently before the next meeting?',
    ],
    remedies: [
      'Open each meeting with the latest figures.',
      'Turn every hope voiced into a concrete action.',
      'Note what worked and what failed at each review.',
    ],
  },
  {
    id: 'process.no-follow-ups',
    area: 'process',
    title: 'No takeaways or follow-ups',
    description:
      'Meetings end without clear actions, owners or deadlines. ' +
      'People assume things will sort themselves out. ' +
      'Items drift from one meeting to the next, ' +
      'and the objectives that need a push never get one.',
    questions: [
      'What actions came out of the last meeting?',
      'Does each action have an owner and a due date?',
      'Which earlier actions are still open?',
    ],
    remedies: [
      'End every meeting by reading back the actions and their owners.',
      'Send a short written summary the same day.',
      'Go through open actions at the start of the next meeting.',
    ],
  },
] satisfies readonly CauseEntry[];

/** The six red flags that an OKR set is not working, grouped by value, horizon and organization. */
export const RED_FLAGS: readonly CatalogEntry[] = [
  {
    id: 'red-flag.vanity-metric',
    area: 'value',
    title: 'Metric not tied to customer value',
    description:
      'The main metric looks good in a report but says little about what customers gain. ' +
      'Counts of sign-ups, tasks or clicks can rise while customers are no better off. ' +
      'Teams then chase the number instead of the value, ' +
      'so progress can look healthy while real results lag.',
    questions: [
      'Would a customer care if this number went up?',
      'Does the metric follow customer success or just activity?',
      'Can our teams influence it directly?',
    ],
    remedies: [
      'Talk to customers about their goals and pain points.',
      'Choose metrics that signal customer success early.',
      'Replace activity counts with outcome measures.',
    ],
  },
  {
    id: 'red-flag.no-growth-link',
    area: 'value',
    title: 'Disconnected from the growth model',
    description:
      'The OKRs drive output, such as new features, without asking how it affects growth. ' +
      'Features pile up while activation and retention stay flat. ' +
      'The team is busy, but the levers that matter do not move.',
    questions: [
      'Which growth lever does each objective move?',
      'How did the last release change activation or retention?',
      'Which stage of the funnel are we neglecting?',
    ],
    remedies: [
      'Map how parts of the product drive the key growth metrics.',
      'Tie each objective to one growth lever.',
      'Check the effect on each funnel stage at every review.',
    ],
  },
  {
    id: 'red-flag.short-termism',
    area: 'horizon',
    title: 'Short-term wins over long-term value',
    description:
      'Teams chase quick gains that cost them later. ' +
      'Pushing engagement hard, for example, can lift numbers now and drive users away later. ' +
      'When only the quick win is counted, long-term work keeps losing out.',
    questions: [
      'What will this win cost us a year from now?',
      'Do we track leading as well as lagging indicators?',
      'Which long-term work keeps slipping?',
    ],
    remedies: [
      'Set objectives for the near, medium and long term.',
      'Track leading and lagging indicators side by side.',
      'Recognise work on long-term problems, even without quick results.',
    ],
  },
  {
    id: 'red-flag.rigid',
    area: 'horizon',
    title: 'Too rigid to learn and adapt',
    description:
      'The OKRs are treated as fixed, even when new facts point elsewhere. ' +
      'The team keeps pushing a plan that feedback has already called into question. ' +
      'Learning stops, and effort goes into the wrong work.',
    questions: [
      'What have we learned this cycle that changes the plan?',
      'When did we last revise an objective?',
      'Is changing course seen as a failure here?',
    ],
    remedies: [
      'Agree when and how OKRs may be adjusted during the cycle.',
      'Hold short sessions where teams share what they learned.',
      'Include a few experimental objectives.',
    ],
  },
  {
    id: 'red-flag.misaligned',
    area: 'organization',
    title: 'Misaligned across teams',
    description:
      'Teams pursue goals that pull against each other. ' +
      'One team may chase the number of leads while another wants better leads. ' +
      'The result is friction, wasted effort and missed chances, ' +
      'even when each objective looks fine on its own.',
    questions: [
      'Do any two teams have objectives that conflict?',
      'Which objectives depend on another team?',
      'Does each team objective trace back to a company one?',
    ],
    remedies: [
      'Set company objectives first and derive team ones from them.',
      'Write shared objectives for work that crosses teams.',
      'Make dependencies between teams visible to everyone.',
    ],
  },
  {
    id: 'red-flag.performance-review',
    area: 'organization',
    title: 'Used as performance evaluation',
    description:
      'OKR scores feed into performance reviews, so people set safe targets to score well. ' +
      'The data shows nearly every objective done as the cycle ends. ' +
      'That looks like success but often means the targets were too easy. ' +
      'Ambition and honest reporting both suffer.',
    questions: [
      'Do OKR scores affect pay or ratings?',
      'Would people aim higher if falling short carried no risk?',
      'Are partial scores treated as failure?',
    ],
    remedies: [
      'Keep OKRs separate from performance reviews.',
      'Treat a partial score on a stretch goal as a good result.',
      'Coach managers to use OKRs for development, not grading.',
    ],
  },
] satisfies readonly RedFlagEntry[];

/** Returns the entry with the given id from a catalogue, or `undefined` when there is none. */
export function findEntry(catalog: readonly CatalogEntry[], id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.id === id);
}

/**
 * An entry in the language of `messages`: its title and description from the messages
 * `cause.<id>.title` and `cause.<id>.description`, its questions and remedies from
 * `cause.<id>.questions` and `cause.<id>.remedies`, one item per line. Where a message is missing
 * the entry keeps its own text, so a host's own entries and English need no messages at all.
 */
export function localizeEntry<T extends LocalizableEntry>(
  entry: T,
  messages?: Readonly<Record<string, string | undefined>>,
): T {
  if (!messages) return entry;
  const text = (field: string): string | undefined => {
    const key = `cause.${entry.id}.${field}`;
    return Object.hasOwn(messages, key) ? messages[key] : undefined;
  };
  const title = text('title');
  const description = text('description');
  const questions = text('questions');
  const remedies = text('remedies');
  if (title === undefined && description === undefined && !questions && !remedies) return entry;
  return {
    ...entry,
    title: title ?? entry.title,
    description: description ?? entry.description,
    ...(questions && entry.questions ? { questions: questions.split('\n') } : {}),
    ...(remedies && entry.remedies ? { remedies: remedies.split('\n') } : {}),
  };
}

/** What `localizeEntry` reads and writes of an entry. */
export interface LocalizableEntry {
  id: string;
  title: string;
  description: string;
  questions?: readonly string[];
  remedies?: readonly string[];
}

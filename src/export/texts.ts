// The English texts the slide shows beyond the radar's and the gauge's: copies of the core's,
// as the catalogues they come from would take 5 KiB of the export's budget (BOARD_MESSAGES and
// AGENDA_MESSAGES 1.3, CAUSES and RED_FLAGS with their descriptions, questions and remedies 4;
// the signal strengths, as the catalogue areas beside them in LABEL_MESSAGES are not shown).
// test/export/texts.test.ts keeps every copy equal to its source. Other languages come from
// `messages` (`MESSAGES_DE` holds these ids and `cause.<id>.title`).

/** The board's and the agenda's texts on the slide and the causes' strengths, as in `MESSAGES_EN`. */
export const SLIDE_MESSAGES = {
  'board.title': 'OKR balance {cycle}',
  'board.objectives': 'Objectives and their status',
  'board.progress': '{progress, percent} · expected {expected, percent}',
  'board.empty': 'No objectives to show yet.',
  'board.unit-count': '{count, plural, one {# objective} other {# objectives}}',
  'agenda.likely-causes': 'Likely causes',
  'agenda.no-cause': 'No cause stands out in the data; go through the checklist together.',
  'strength.strong': 'Strong signal',
  'strength.possible': 'Possible',
} as const;

/** The title of each entry of CAUSES and RED_FLAGS, by id. */
export const CAUSE_TITLES: Readonly<Record<string, string>> = {
  'leader.shifts-focus': 'Shifts focus often',
  'leader.no-follow-through': 'Does not follow through',
  'leader.lacks-expertise': 'Leader lacks subject expertise',
  'leader.not-trusted': 'Not trusted by the team',
  'team.lacks-expertise': 'Team lacks the skills',
  'team.capacity-imbalance': 'Over or under capacity',
  'team.lacks-initiative': 'Lacks initiative',
  'team.not-one-team': 'No sense of one team',
  'target.too-aggressive': 'Too aggressive',
  'target.too-conservative': 'Too conservative',
  'target.wrong-kpi': 'Wrong KPI measured',
  'target.no-clear-plan': 'Not backed by a clear plan',
  'process.no-meeting-cadence': 'No set meeting frequency',
  'process.no-agenda': 'No agenda',
  'process.wishful-discussion': 'Discussion full of wishes and hopes',
  'process.no-follow-ups': 'No takeaways or follow-ups',
  'red-flag.vanity-metric': 'Metric not tied to customer value',
  'red-flag.no-growth-link': 'Disconnected from the growth model',
  'red-flag.short-termism': 'Short-term wins over long-term value',
  'red-flag.rigid': 'Too rigid to learn and adapt',
  'red-flag.misaligned': 'Misaligned across teams',
  'red-flag.performance-review': 'Used as performance evaluation',
};

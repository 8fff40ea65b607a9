// The English titles of the cause and red-flag catalogues, for the slide's likely causes: the
// catalogues themselves (CAUSES, RED_FLAGS, with their descriptions, questions and remedies)
// would take 4 KiB of the export's budget. test/export/causeTitles.test.ts keeps them equal to
// the catalogues; other languages come from `messages` (`cause.<id>.title`).

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

import { analyzeOkrs, reviewAgenda } from 'okr-balance/core';

const report = analyzeOkrs(
  {
    cycle: { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' },
    objectives: [
      { id: 'revenue', title: 'Grow recurring revenue', progress: 0.6 },
      { id: 'customers', title: 'Delight our customers', progress: 0.2 },
      { id: 'market', title: 'Lead the market', progress: 1 },
    ],
  },
  { now: '2026-02-24' },
);
console.log(report.balance.score, report.balance.level); // 0.3468… 'unbalanced'
const customers = report.objectives[1];
console.log(customers?.status, customers?.explanation.text);
// 'off-track' 'Projected to reach 33% by the end of the cycle; success is 100% (projection rule).'
console.log(report.suggestions[0]?.causeId); // 'team.capacity-imbalance'
console.log(reviewAgenda(report).markdown); // a review agenda, ready to paste

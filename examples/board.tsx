import { OkrBalanceBoard } from 'okr-balance';
import 'okr-balance/styles.css';

// All four widgets on one analysis, selection shared between them.
export function Review({ okrSet }: { okrSet: unknown }) {
  return (
    <OkrBalanceBoard okrs={okrSet} now="2026-02-24" onIssues={(issues) => console.table(issues)} />
  );
}

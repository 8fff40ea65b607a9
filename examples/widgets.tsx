import {
  CauseChecklist,
  OkrRadar,
  ProgressSpreadGauge,
  StatusBadge,
  useOkrBalance,
} from 'okr-balance';
import { useState } from 'react';

export function Review({ okrSet }: { okrSet: unknown }) {
  // Pass `now` when rendering on a server, so server and client agree.
  const report = useOkrBalance(okrSet, { now: '2026-02-24' });
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <OkrRadar report={report} selectedId={selected} onSelectedIdChange={setSelected} />
      <ProgressSpreadGauge report={report} selectedId={selected} />
      {report.objectives.map((o) => (
        <StatusBadge key={o.id} status={o.status} stale={o.stale} explanation={o.explanation} />
      ))}
      <CauseChecklist
        report={report}
        objectiveId={selected}
        onValueChange={(value) => localStorage.setItem('okr-checklist', JSON.stringify(value))}
      />
    </>
  );
}

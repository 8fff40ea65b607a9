// okr-balance's gauge, from the built package as a consumer gets it, through its public props
// only (`report`, `width`). The analysis runs when the module loads, outside every timing.
import { analyzeOkrs, ProgressSpreadGauge } from '../../dist/index.js';
import { NOW, okrSets, SIZE } from './data.mjs';

export const dataSets = okrSets.map((set) => ({ report: analyzeOkrs(set, { now: NOW }) }));

export function Chart({ report }) {
  return <ProgressSpreadGauge report={report} width={SIZE} />;
}

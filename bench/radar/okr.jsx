// okr-balance's radar, from the built package as a consumer gets it. The analysis runs when the
// module loads, outside every timing, as the other charts get their rows ready-made.
import { analyzeOkrs, OkrRadar } from '../../dist/index.js';
import { NOW, okrSets, SIZE } from './data.mjs';

export const dataSets = okrSets.map((set) => ({ report: analyzeOkrs(set, { now: NOW }) }));

export function Chart({ report }) {
  // `width` is the layout width before the container is measured (and on the server); the
  // benchmark's 400px cell then measures the same, so the first layout is the final one.
  return <OkrRadar report={report} width={SIZE} />;
}

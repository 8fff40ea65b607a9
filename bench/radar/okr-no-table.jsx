// okr-balance's radar without its hidden data table (`dataTable={false}`), for reference: the
// same chart and data as okr.jsx, to show what the table for screen readers costs.
import { OkrRadar } from '../../dist/index.js';
import { SIZE } from './data.mjs';

export { dataSets } from './okr.jsx';

export function Chart({ report }) {
  return <OkrRadar report={report} width={SIZE} dataTable={false} />;
}

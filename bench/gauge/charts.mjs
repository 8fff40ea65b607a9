// The gauges of the benchmark, measured by the radar benchmark's machinery (bench/radar):
// modules by absolute path, as that machinery bundles from its own folder.
import { join } from 'node:path';

const at = (file) => join(import.meta.dirname, file);

export const GAUGES = [
  {
    id: 'gauge-okr',
    name: 'okr-balance ProgressSpreadGauge',
    module: at('okr.jsx'),
    stylesheet: true,
  },
  { id: 'gauge-mui', name: '@mui/x-charts Gauge', module: at('mui.jsx') },
  { id: 'gauge-bare', name: 'bare SVG gauge (floor)', module: at('bare.jsx') },
];

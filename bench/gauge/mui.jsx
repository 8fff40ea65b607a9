// MUI X's gauge on the same dial: 400×340, the same angles and ring, the balance score as its
// value and its text, animations off.
import { Gauge } from '@mui/x-charts/Gauge';
import { ANGLES, HEIGHT, INNER, OUTER, SCORES, SIZE } from './data.mjs';

export const dataSets = SCORES.map((score) => ({ score }));

export function Chart({ score }) {
  return (
    <Gauge
      width={SIZE}
      height={HEIGHT}
      value={score}
      valueMin={0}
      valueMax={100}
      startAngle={ANGLES[0]}
      endAngle={ANGLES[1]}
      innerRadius={INNER}
      outerRadius={OUTER}
      cy={OUTER + SIZE * 0.1}
      text={`${score}`}
      skipAnimation
    />
  );
}

// The floor: a gauge written by hand in plain SVG with what MUI X's draws — the dial's track,
// the arc of the value and the value in the middle — and nothing else (no ticks, no markers,
// no accessibility).
import { ANGLES, HEIGHT, INNER, OUTER, SCORES, SIZE } from './data.mjs';

export const dataSets = SCORES.map((score) => ({ score }));

const CX = SIZE / 2;
const CY = OUTER + SIZE * 0.1;

function point(radius, degrees) {
  const angle = (degrees * Math.PI) / 180;
  return `${CX + radius * Math.sin(angle)},${CY - radius * Math.cos(angle)}`;
}

/** A ring segment from `from` to `to` degrees. */
function arc(from, to) {
  const large = to - from > 180 ? 1 : 0;
  return `M${point(OUTER, from)}A${OUTER},${OUTER} 0 ${large} 1 ${point(OUTER, to)}L${point(INNER, to)}A${INNER},${INNER} 0 ${large} 0 ${point(INNER, from)}Z`;
}

export function Chart({ score }) {
  const [start, end] = ANGLES;
  return (
    <svg
      width={SIZE}
      height={HEIGHT}
      viewBox={`0 0 ${SIZE} ${HEIGHT}`}
      role="img"
      aria-label="Gauge"
    >
      <path d={arc(start, end)} fill="#e5e7eb" />
      <path d={arc(start, start + ((end - start) * score) / 100)} fill="#2563eb" />
      <text x={CX} y={CY} fontSize={40} textAnchor="middle" dominantBaseline="middle">
        {score}
      </text>
    </svg>
  );
}

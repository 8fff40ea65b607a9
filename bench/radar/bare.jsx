// The floor: a radar written by hand in plain SVG, with what the others draw at the least —
// concentric rings, spokes, axis labels, the expected-pace polygon and the progress polygon —
// and nothing else (no interaction, no accessibility, no label fitting).
import { rowSets, SIZE } from './data.mjs';

export const dataSets = rowSets.map((rows) => ({ rows }));

const LEVELS = [0.25, 0.5, 0.75, 1];
const CENTER = SIZE / 2;
const RADIUS = SIZE / 2 - 90;

function point(index, count, value) {
  const angle = (index / count) * 2 * Math.PI;
  return [CENTER + RADIUS * value * Math.sin(angle), CENTER - RADIUS * value * Math.cos(angle)];
}

function points(count, valueAt) {
  return Array.from({ length: count }, (_, index) =>
    point(index, count, valueAt(index)).join(','),
  ).join(' ');
}

export function Chart({ rows }) {
  const count = rows.length;
  return (
    <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label="Radar">
      {LEVELS.map((level) => (
        <polygon key={level} points={points(count, () => level)} fill="none" stroke="#ccc" />
      ))}
      {rows.map((row, index) => {
        const [x, y] = point(index, count, 1);
        const [lx, ly] = point(index, count, 1.12);
        return (
          <g key={row.objective}>
            <line x1={CENTER} y1={CENTER} x2={x} y2={y} stroke="#ccc" />
            <text
              x={lx}
              y={ly}
              fontSize={12}
              dominantBaseline="middle"
              textAnchor={Math.abs(lx - CENTER) < 1 ? 'middle' : lx > CENTER ? 'start' : 'end'}
            >
              {row.objective}
            </text>
          </g>
        );
      })}
      <polygon
        points={points(count, (index) => rows[index].expected)}
        fill="none"
        stroke="#888"
        strokeDasharray="6 4"
      />
      <polygon
        points={points(count, (index) => rows[index].progress)}
        fill="rgba(37, 99, 235, 0.2)"
        stroke="#2563eb"
      />
    </svg>
  );
}

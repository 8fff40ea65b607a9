// recharts' RadarChart at a fixed size, both series without animation.
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { rowSets, SIZE } from './data.mjs';

export const dataSets = rowSets.map((rows) => ({ rows }));

const DOMAIN = [0, 1];

export function Chart({ rows }) {
  return (
    <RadarChart width={SIZE} height={SIZE} data={rows} outerRadius="60%">
      <PolarGrid />
      <PolarAngleAxis dataKey="objective" />
      <PolarRadiusAxis domain={DOMAIN} tickCount={5} />
      <Radar
        dataKey="expected"
        stroke="#888"
        fill="none"
        strokeDasharray="6 4"
        isAnimationActive={false}
      />
      <Radar
        dataKey="progress"
        stroke="#2563eb"
        fill="#2563eb"
        fillOpacity={0.2}
        isAnimationActive={false}
      />
    </RadarChart>
  );
}

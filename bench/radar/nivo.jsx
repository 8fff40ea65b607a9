// @nivo/radar at a fixed size (not the responsive wrapper), without animation.
import { Radar } from '@nivo/radar';
import { rowSets, SIZE } from './data.mjs';

export const dataSets = rowSets.map((rows) => ({ rows }));

const KEYS = ['progress', 'expected'];
// Room for the axis labels, as okr-balance keeps around its rings.
const MARGIN = { top: 40, right: 80, bottom: 40, left: 80 };

export function Chart({ rows }) {
  return (
    <Radar
      width={SIZE}
      height={SIZE}
      data={rows}
      keys={KEYS}
      indexBy="objective"
      maxValue={1}
      gridLevels={4}
      margin={MARGIN}
      animate={false}
    />
  );
}

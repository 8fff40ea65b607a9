// The gauges' data: the radar benchmark's six objectives (two versions, for the update step),
// as an OKR set for okr-balance and as the balance score the other gauges draw, written out so
// their bundles carry none of okr-balance's code; run.mjs checks the scores against analyzeOkrs.
export { NOW, okrSets } from '../radar/data.mjs';

/** The balance score of each version, in whole per cent, as okr-balance's gauge shows it. */
export const SCORES = [55, 60];

/** The drawing width of every gauge. */
export const SIZE = 400;
/** okr-balance's gauge at 400 wide is 340 high (its dial is open at the bottom); so are all. */
export const HEIGHT = 340;
/** okr-balance's dial: 270°, open at the bottom, in degrees clockwise from 12 o'clock. */
export const ANGLES = [-135, 135];
/** The dial's ring: okr-balance's outer radius is 0.38 of the width, its band 16 % of that. */
export const OUTER = 0.38 * SIZE;
export const INNER = OUTER * 0.84;

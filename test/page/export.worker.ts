// A worker of the export test: the SVGs made where there is no DOM at all, as a page would make
// them off its main thread.
import { boardToSvg, radarToSvg } from '../../src/export';

self.onmessage = (event: MessageEvent<unknown>) => {
  const report = event.data;
  self.postMessage({ radar: radarToSvg(report), board: boardToSvg(report, { theme: 'dark' }) });
};

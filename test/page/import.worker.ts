// A worker of the data test: parseOkrCsv off the page's main thread, as the importer's docs
// tell a page to run a large file (src/import/index.ts).
import { parseOkrCsv } from '../../src/import';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(parseOkrCsv(event.data));
};

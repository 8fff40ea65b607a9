// The importer's sample files (test/fixtures/import), as the stories offer them.
import atlassian from '../../test/fixtures/import/atlassian.csv?raw';
import betterworks from '../../test/fixtures/import/betterworks.csv?raw';
import broken from '../../test/fixtures/import/broken.csv?raw';
import cultureamp from '../../test/fixtures/import/cultureamp.csv?raw';
import european from '../../test/fixtures/import/european.csv?raw';
import long from '../../test/fixtures/import/long.csv?raw';
import peoplebox from '../../test/fixtures/import/peoplebox.csv?raw';
import tab from '../../test/fixtures/import/tab.tsv?raw';
import wide from '../../test/fixtures/import/wide.csv?raw';

export const SAMPLES = {
  european: { label: 'European: semicolons, decimal commas, a BOM', text: european },
  tab: { label: 'Tab-separated', text: tab },
  long: { label: 'A row per key result', text: long },
  wide: { label: 'A row per objective (key_result_N_…)', text: wide },
  betterworks: { label: 'Betterworks export', text: betterworks },
  cultureamp: { label: 'Culture Amp export', text: cultureamp },
  atlassian: { label: 'Atlassian Goals export', text: atlassian },
  peoplebox: { label: 'Peoplebox export', text: peoplebox },
  broken: { label: 'A broken file', text: broken },
} as const;
export type SampleName = keyof typeof SAMPLES;

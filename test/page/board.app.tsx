// The page of the board layout tests (board.page.ts bundles it): the board mounted with
// react-dom/client as a host would, so the widgets measure their room; the scenario, language
// and extra props come from the page's `window.__board`.
import { OkrBalanceBoard, type OkrBalanceBoardProps, STATUSES, StatusBadge } from 'okr-balance';
import { MESSAGES_DE } from 'okr-balance/locales/de';
import { createRoot } from 'react-dom/client';
import { SCENARIOS } from '../fixtures/scenarios';

/** What the page asks for. */
interface BoardPage {
  scenario?: keyof typeof SCENARIOS | 'invalid' | 'empty';
  lang?: 'en' | 'de';
  badges?: boolean;
  props?: Partial<OkrBalanceBoardProps>;
}

/** Data a host may really send: a repaired objective, a left-out one, and a valid one. */
const INVALID_OKRS = {
  cycle: { start: '2026-01-01', end: '2026-04-01', label: 'Q1 2026' },
  objectives: [
    { id: 'ok', title: 'A valid objective', progress: 0.4 },
    { title: 'An objective without an id', progress: 0.2 },
    { id: 'odd', title: 'Odd numbers', progress: Number.NaN, confidence: 7 },
  ],
};

const ask = (window as unknown as { __board?: BoardPage }).__board ?? {};
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const german = ask.lang === 'de' ? { locale: 'de-DE', messages: MESSAGES_DE } : {};
const data =
  ask.scenario === 'invalid'
    ? { okrs: INVALID_OKRS, now: '2026-02-15' }
    : ask.scenario === 'empty'
      ? { okrs: null, now: '2026-02-15' }
      : SCENARIOS[ask.scenario ?? 'company'];
createRoot(root).render(
  <>
    <OkrBalanceBoard {...data} {...german} {...ask.props} />
    {ask.badges && (
      <p className="badges">
        {STATUSES.map((status) => (
          <StatusBadge
            key={status}
            status={status}
            {...german}
            explanation={{
              id: 'explain.projection',
              values: { projection: 0.42, bar: 1 },
              text: '',
            }}
          />
        ))}
      </p>
    )}
  </>,
);

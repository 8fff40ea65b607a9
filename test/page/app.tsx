// The page of the CSP test (csp.page.ts bundles it): the board on the company scenario, rendered
// as a host would, with react-dom/client, and its export menu.
import { ExportMenu, OkrBalanceBoard } from 'okr-balance';
import { createRoot } from 'react-dom/client';
import { SCENARIOS } from '../fixtures/scenarios';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const { okrs, now } = SCENARIOS.company;
createRoot(root).render(<OkrBalanceBoard okrs={okrs} now={now} exportMenu={ExportMenu} />);

// Negative controls, chosen by ?control=…: break the policy on purpose, so the test can show
// that its violation detector sees it.
const control = new URLSearchParams(location.search).get('control');
if (control === 'style-attribute') {
  // An inline style attribute, as `<div style="…">` would be (the CSSOM, element.style, is allowed).
  root.setAttribute('style', 'outline: 1px solid red');
} else if (control === 'style-element') {
  const style = document.createElement('style');
  style.textContent = '.okr-board { outline: 1px solid red; }';
  document.head.append(style);
}

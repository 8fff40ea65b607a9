// Runs inside the OrgTable benchmark page: the 100k organisation of bench/org/core.mjs (5,000
// teams), analysed when the page asks (outside every timing); then OrgTable mounted with the
// organisation expanded, every unit expanded by the harness's button (the table's expandedIds
// controlled by the harness), and the expanded tree scrolled a fixed distance a frame. Mount and
// expand are timed as the radars' steps are, until the frame that paints the last change.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { analyzeOrg, OrgTable } from '../../dist/index.js';
import { generateOrg, NOW } from '../generate.mjs';
import { frame, measure } from '../radar/harness.jsx';

function Harness({ report }) {
  const [expanded, setExpanded] = useState([report.rootId]);
  return (
    <>
      <button type="button" onClick={() => setExpanded(report.units.map((unit) => unit.id))}>
        Expand all
      </button>
      <OrgTable report={report} expandedIds={expanded} onExpandedIdsChange={setExpanded} />
    </>
  );
}

/** Rows rendered and rows in the tree (aria-rowcount counts the header row too). */
function inspect(host) {
  const grid = host.querySelector('[role="treegrid"]');
  return {
    rendered: host.querySelectorAll('tbody > tr').length,
    rows: Number(grid?.getAttribute('aria-rowcount') ?? 1) - 1,
  };
}

/**
 * Scrolls `box` by `step` pixels in each of `frames` animation frames: the time from each
 * frame's start to the next one's (a 60 Hz display's frame is 16.7 ms; a missed one, 33.3).
 */
async function scrollFrames(box, frames, step) {
  await frame();
  await frame();
  const stamps = [];
  await new Promise((resolve) => {
    const tick = (at) => {
      stamps.push(at);
      if (stamps.length > frames) return resolve();
      box.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return stamps.slice(1).map((at, index) => at - stamps[index]);
}

/** The steps the driver calls one by one. */
export function install() {
  const host = document.getElementById('root');
  let report = null;
  let root = null;
  window.bench = {
    prepare(count, teams) {
      const start = performance.now();
      report = analyzeOrg(generateOrg(count, teams), { now: NOW });
      return { ms: performance.now() - start, units: report.units.length };
    },
    async mount() {
      await frame();
      await frame();
      root = createRoot(host);
      const timed = await measure(host, () => root.render(<Harness report={report} />));
      return { ...timed, ...inspect(host) };
    },
    async expandAll() {
      await frame();
      await frame();
      const button = host.querySelector('button');
      const timed = await measure(host, () => button.click());
      return { ...timed, ...inspect(host) };
    },
    /** `frames` frames, each scrolling the tree's box `step` pixels. */
    async scroll(frames, step) {
      const box = host.querySelector('.okr-orgtable__scroll');
      const durations = await scrollFrames(box, frames, step);
      const last = [...host.querySelectorAll('tbody > tr')].at(-1);
      return {
        durations,
        scrolled: box.scrollTop,
        lastIndex: Number(last?.dataset.index ?? -1),
        ...inspect(host),
      };
    },
    /**
     * The floor: the table unmounted, the same scroll of a plain box as high and as tall inside,
     * with nothing to render: what the machine's frames are without the table's work.
     */
    async scrollPlain(frames, step) {
      const height = host.querySelector('.okr-orgtable__scroll').scrollHeight;
      root.unmount();
      host.innerHTML = `<div class="okr-orgtable__scroll"><div style="height:${height}px"></div></div>`;
      const box = host.firstElementChild;
      const durations = await scrollFrames(box, frames, step);
      return { durations, scrolled: box.scrollTop };
    },
  };
}

// Runs inside the benchmark page: mounts 50 charts, then updates all 50 with new values, and
// times each step until the browser has painted the final result.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const COUNT = 50;
// A chart that changes the DOM again after its first paint (a measured width, a store filled
// in an effect) is not done until that change is painted too; give up after two seconds.
const MAX_FRAMES = 120;

function Grid({ Chart, props }) {
  return Array.from({ length: COUNT }, (_, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of identical cells
    <div key={index} className="cell">
      <Chart {...props} />
    </div>
  ));
}

/** The next frame: when its animation-frame callbacks run, and just after it has painted. */
export function frame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const rafAt = performance.now();
      setTimeout(() => resolve({ rafAt, doneAt: performance.now() }), 0);
    });
  });
}

/**
 * Renders synchronously (so the render cannot slip past the frame we wait for), then waits
 * frame by frame until the last DOM change has been painted and two more frames stayed quiet.
 */
export async function measure(host, render) {
  let lastChange = 0;
  let lateChanges = 0;
  const observer = new MutationObserver(() => {
    lastChange = performance.now();
    lateChanges++;
  });
  observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
  const start = performance.now();
  flushSync(render);
  const script = performance.now() - start;
  // The synchronous render's own changes are expected; only later ones count as late.
  observer.takeRecords();
  lastChange = performance.now();
  let end = 0;
  let paintedChange = -1;
  let quiet = 0;
  let frames = 0;
  let settledFrames = 0;
  while (frames < MAX_FRAMES) {
    const { rafAt, doneAt } = await frame();
    frames++;
    // A change made before this frame's callbacks is painted by this frame.
    if (lastChange < rafAt) {
      if (paintedChange !== lastChange) {
        paintedChange = lastChange;
        end = doneAt;
        settledFrames = frames;
        quiet = 0;
      } else if (++quiet >= 2) {
        break;
      }
    }
  }
  observer.disconnect();
  if (frames >= MAX_FRAMES) throw new Error('the charts kept changing the DOM for 120 frames');
  return { ms: end - start, script, frames: settledFrames, lateChanges };
}

export function install(Chart, dataSets) {
  const host = document.getElementById('root');
  let root = null;
  // Steps the driver calls one by one, so it can read Chromium's own counters in between.
  window.bench = {
    async mount() {
      // Start just after a paint, on an idle page, as every chart does.
      await frame();
      await frame();
      root = createRoot(host);
      return measure(host, () => root.render(<Grid Chart={Chart} props={dataSets[0]} />));
    },
    async update() {
      await frame();
      await frame();
      return measure(host, () => root.render(<Grid Chart={Chart} props={dataSets[1]} />));
    },
    inspect() {
      const cell = host.firstElementChild;
      const box = cell.firstElementChild.getBoundingClientRect();
      return {
        nodes: cell.querySelectorAll('*').length,
        shapes: cell.querySelectorAll('svg path, svg polygon').length,
        cells: host.querySelectorAll('.cell').length,
        // Cells that drew a chart (a chart's key may hold small SVGs of its own).
        svgs: [...host.querySelectorAll('.cell')].filter((c) => c.querySelector('svg')).length,
        box: { width: Math.round(box.width), height: Math.round(box.height) },
      };
    },
  };
}

// `npm run bench`: the side-by-side radar benchmark (okr-balance's OkrRadar against @nivo/radar,
// recharts and a hand-written SVG floor, on the same six objectives at 400×400 without
// animation), with okr-balance's radar once more without its hidden data table for reference;
// the gauge benchmark (ProgressSpreadGauge against MUI X's Gauge and a bare-SVG floor, 400 wide,
// measured the same way); then analyzeOkrs on large OKR sets, every public core function at
// 1k/10k/100k objectives and analyzeOkrs on six; then organisations (bench/org: analyzeOrg
// against analyzeOkrs, unitReport, the heap at 100k, OrgTable with 5,000 units), and data in and
// out (bench/data.mjs: parseOkrCsv at 1k/10k/100k rows, toCsv and the SVG exports). Prints
// Markdown; with --write it also replaces bench/RESULTS.md. A missed target is reported, not failed: the exit code only says
// whether every measurement ran.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeOkrs } from '../dist/core.js';
import { GAUGES } from './gauge/charts.mjs';
import { SCORES } from './gauge/data.mjs';
import { organisationsBenchmark } from './org/run.mjs';
import { LOADS, measureInBrowser } from './radar/browser.mjs';
import { gzipBytes, RADARS } from './radar/build.mjs';
import { NOW, okrSets, rowSets } from './radar/data.mjs';
import { serverRender } from './radar/ssr.mjs';
import { median } from './radar/stats.mjs';

/** Server renders per chart: fresh processes, each timing 200 renders. */
const SERVER_ROUNDS = 5;

const HERE = import.meta.dirname;
const WRITE = process.argv.includes('--write');

/** The rows the other charts draw must be what okr-balance's analysis says, or it is unfair. */
function checkSameData() {
  okrSets.forEach((set, index) => {
    const report = analyzeOkrs(set, { now: NOW });
    const rows = rowSets[index];
    const same =
      report.objectives.length === rows.length &&
      report.objectives.every(
        (objective, at) =>
          objective.title === rows[at].objective &&
          Math.abs(objective.progress - rows[at].progress) < 1e-9 &&
          Math.abs(objective.expected - rows[at].expected) < 1e-9,
      );
    if (!same) throw new Error(`data set ${index + 1}: the rows differ from analyzeOkrs' report`);
    const score = Math.round(report.balance.score * 100);
    if (score !== SCORES[index]) {
      throw new Error(
        `data set ${index + 1}: the gauges draw ${SCORES[index]}, the report ${score}`,
      );
    }
  });
}

/**
 * Gzip size, server rounds and browser loads of each chart of `charts`. Server rounds: each
 * chart in a fresh process per round, the charts taking turns, so a slow moment of the machine
 * falls on all of them; the median round decides.
 */
async function measureCharts(charts, dir) {
  const measured = new Map();
  for (const radar of charts) measured.set(radar.id, { radar, size: await gzipBytes(radar) });
  const rounds = new Map(charts.map((radar) => [radar.id, []]));
  for (let round = 0; round < SERVER_ROUNDS; round++) {
    for (const radar of charts) rounds.get(radar.id).push(await serverRender(radar, dir));
  }
  for (const [id, results] of rounds) {
    const each = results.map((result) => result.ms);
    measured.get(id).server = { ...results[0], ms: median(each), rounds: each };
  }
  const { version, results } = await measureInBrowser(charts, dir);
  for (const [id, browser] of results) {
    if (browser.svgs !== browser.cells || browser.shapes === 0) {
      throw new Error(`${id}: ${browser.svgs} SVGs, ${browser.shapes} shapes in the browser`);
    }
    measured.get(id).browser = browser;
  }
  return { measured, version };
}

/** The commit measured, marked when the work tree differs from it. */
function commit() {
  const git = (...args) => execFileSync('git', args, { cwd: HERE, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', '../src', '.', ':!RESULTS.md').length > 0;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

/** A bench script's Markdown, run in a Node process of its own (its first line is a title). */
function runAlone(file) {
  return execFileSync(process.execPath, [join(HERE, file)], { encoding: 'utf8' })
    .trimEnd()
    .split('\n')
    .slice(1);
}

const ms = (value) => value.toFixed(value < 10 ? 2 : 1);
const times = (value) => `×${value.toFixed(2)}`;
const kb = (bytes) => `${bytes.toLocaleString('en')}`;

function table(header, rows) {
  const align = header.map((_, index) => (index === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

async function main() {
  const started = performance.now();
  // Other work on the machine moves every figure: the run says how busy it was.
  const loadBefore = loadavg()[0];
  checkSameData();
  // The analysis runs in a process of its own, as in an app: in this one, with the browser
  // driver and the bundler loaded, its time at 10k reads a third higher.
  const analyze = runAlone('analyze.mjs');
  const scale = runAlone('scale.mjs');
  const data = runAlone('data.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'okr-radar-bench-'));
  try {
    const { measured, version } = await measureCharts(RADARS, dir);
    const gauges = (await measureCharts(GAUGES, dir)).measured;
    const organisations = await organisationsBenchmark(dir);

    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
    const machine = `${cpu}, ${cpus().length} cores (${load}), Node ${process.version}, Chromium ${version}`;
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const lines = render(measured, { machine, date });
    lines.splice(3, 0, `Made with \`npm run bench -- --write\` at commit ${commit()}.`, '');
    lines.push(...renderGauges(gauges));
    lines.push('', '## analyzeOkrs on large OKR sets', '', ...analyze);
    lines.push('', '## Every public core function at scale, and small inputs', '', ...scale);
    lines.push('', '## Organisations', '', ...organisations);
    lines.push('', '## Data in and out', '', ...data);
    const seconds = (performance.now() - started) / 1000;
    console.log(lines.join('\n'));
    console.log(`\n(benchmark took ${seconds.toFixed(0)} s)`);
    if (WRITE) {
      writeFileSync(join(HERE, 'RESULTS.md'), `${lines.join('\n')}\n`);
      console.log('wrote bench/RESULTS.md');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The versions measured, as installed. */
const versions = (names) =>
  names
    .map((name) => {
      const file = join(HERE, '..', 'node_modules', name, 'package.json');
      return `${name} ${JSON.parse(readFileSync(file, 'utf8')).version}`;
    })
    .join(', ');
const VERSIONS = versions(['react', 'react-dom', '@nivo/radar', 'recharts']);

function render(measured, { machine, date }) {
  const get = (id) => measured.get(id);
  const okr = get('okr');
  const floor = get('bare');
  const peers = [get('nivo'), get('recharts')];
  // The best peer for each figure; for server rendering only a peer whose output holds the
  // chart counts, since an empty wrapper is cheap and useless.
  const best = (pick, eligible = peers) => Math.min(...eligible.map(pick));
  const drawnOnServer = peers.filter((peer) => peer.server.svg);

  const lines = [
    '# Radar benchmark',
    '',
    `${date} — ${machine}.`,
    '',
    'Six objectives, 400×400, animations off, production builds of React and every library',
    `(${VERSIONS}).`,
    "okr-balance's radar is 400 wide and keeps its own aspect ratio, a drawing lower than it is",
    'wide with its legend below (each box is in the last table). It draws from a report, so its',
    'entry also holds `analyzeOkrs`, which the other charts have no counterpart of;',
    '`npm run size` counts `OkrRadar` alone.',
    'Gzip: an entry rendering just that chart, minified, React and React DOM external, level 9.',
    'Server: median of 200 `renderToString` after 500 warm-up renders, in a Node process of the',
    `chart's own; ${SERVER_ROUNDS} such rounds, the charts taking turns, and the median round.`,
    'Browser: 50 charts mounted, then all 50 updated with new values, each timed until the',
    `frame that paints the last DOM change; median of ${LOADS} page loads after a warm-up load.`,
    '',
    ...table(
      [
        'radar',
        'gzip bytes',
        'SSR median ms',
        'SVG in server output',
        'mount ×50 ms',
        'update ×50 ms',
        'DOM nodes per chart',
      ],
      [okr, get('nivo'), get('recharts'), floor].map(({ radar, size, server, browser }) => [
        radar.name,
        kb(size.gzip),
        ms(server.ms),
        server.svg ? 'yes' : 'no',
        ms(browser.mount),
        ms(browser.update),
        String(browser.nodes),
      ]),
    ),
    '',
    `okr-balance's stylesheet (dist/styles.css, all widgets), which its radar needs to size its SVG: ${kb(gzipSync(readFileSync(join(HERE, '../dist/styles.css')), { level: 9 }).length)} bytes gzip, not counted above.`,
    '',
    '## okr-balance against the floor and the best peer',
    '',
    ...table(
      ['figure', 'okr-balance', 'floor (bare SVG)', '× floor', 'best peer', '× best peer'],
      [
        ['gzip bytes', (m) => m.size.gzip, kb, peers],
        ['SSR median ms', (m) => m.server.ms, ms, drawnOnServer],
        ['mount ×50 ms', (m) => m.browser.mount, ms, peers],
        ['update ×50 ms', (m) => m.browser.update, ms, peers],
        ['DOM nodes per chart', (m) => m.browser.nodes, String, peers],
      ].map(([name, pick, show, eligible]) => {
        const peer = eligible.length > 0 ? best(pick, eligible) : null;
        return [
          name,
          show(pick(okr)),
          show(pick(floor)),
          times(pick(okr) / pick(floor)),
          peer === null ? '—' : show(peer),
          peer === null ? '—' : times(pick(okr) / peer),
        ];
      }),
    ),
  ];

  const mountFloor = okr.browser.mount / floor.browser.mount;
  const mountPeer = okr.browser.mount / best((m) => m.browser.mount);
  const updateFloor = okr.browser.update / floor.browser.update;
  const serverFloor = okr.server.ms / floor.server.ms;
  // The medians decide; the ratio in each page load (okr-balance against the floor or the best
  // peer of the same load) shows whether the verdict would hold in another run.
  const perLoad = (loads, against) =>
    okr.browser[loads].map((value, load) => value / against(load, loads));
  const ofFloor = (load, loads) => floor.browser[loads][load];
  const ofBestPeer = (load, loads) => Math.min(...peers.map((peer) => peer.browser[loads][load]));
  const target = (name, middle, ratios, limit, unit = 'loads') => {
    const met = ratios.filter((ratio) => ratio <= limit).length;
    return [
      name,
      times(middle),
      `${times(Math.min(...ratios))}–${times(Math.max(...ratios))}`,
      `${middle <= limit ? 'met' : '**missed**'} (${met} of ${ratios.length} ${unit})`,
    ];
  };
  lines.push(
    '',
    '## Targets',
    '',
    ...table(
      ['target', 'measured (medians)', 'in each load or round', 'result'],
      [
        target('mount ×50 within 2× the floor', mountFloor, perLoad('mountLoads', ofFloor), 2),
        target(
          'mount ×50 at most ⅓ of the best peer',
          mountPeer,
          perLoad('mountLoads', ofBestPeer),
          1 / 3,
        ),
        target('update ×50 within 3× the floor', updateFloor, perLoad('updateLoads', ofFloor), 3),
        okr.server.svg
          ? target(
              'server render: a full SVG, within 2× the floor',
              serverFloor,
              okr.server.rounds.map((value, round) => value / floor.server.rounds[round]),
              2,
              'rounds',
            )
          : ['server render: a full SVG, within 2× the floor', 'no SVG', '—', '**missed**'],
      ],
    ),
  );

  const all = [okr, get('nivo'), get('recharts'), floor];
  lines.push(
    '',
    '## Diagnostics',
    '',
    'Browser, medians over the page loads: React render and commit (synchronous, timed in the',
    "page), Chromium's style and layout time, and its other task time (paint, GC…); frames until",
    'the last change was painted; DOM changes after the synchronous render (a re-render after',
    'measuring, a store filled in an effect).',
    '',
    ...diagnostics('radar', all),
    '',
    `Server output of okr-balance's radar: ${okr.server.svgTag ?? 'no <svg>'} (it lays out at its \`width\` prop, 400, until it can measure).`,
  );
  for (const peer of peers.filter((m) => !m.server.svg)) {
    lines.push(
      '',
      `${peer.radar.name} renders no SVG on the server: \`${peer.server.html.slice(0, 160)}\``,
    );
  }
  return lines;
}

await main();

/** The gauge benchmark: okr-balance's gauge beside MUI X's and the floor, as for the radars. */
function renderGauges(measured) {
  const okr = measured.get('gauge-okr');
  const mui = measured.get('gauge-mui');
  const floor = measured.get('gauge-bare');
  const all = [okr, mui, floor];
  const lines = [
    '',
    '# Gauge benchmark',
    '',
    `The same six objectives on one dial, 400 wide and 340 high (okr-balance's own height at that width), production builds (${versions(['@mui/x-charts', '@mui/material', '@emotion/react'])}).`,
    "okr-balance's `ProgressSpreadGauge` gets `report` and `width={400}`; it draws the track, the",
    'min–max band, a tick per objective, the median and expected-pace markers, the score and a',
    "legend. MUI X's `Gauge` draws the balance score on the same 270° dial and ring, with",
    '`skipAnimation`; the floor, by hand, draws what MUI X draws: track, value arc and value.',
    "okr-balance's entry also holds `analyzeOkrs` (the report is made when the module loads);",
    '`npm run size` counts the gauge alone. Server and browser measured as the radars above;',
    'DOM nodes: the elements inside one chart cell.',
    '',
    ...table(
      [
        'gauge',
        'gzip bytes',
        'SSR median ms',
        'SVG in server output',
        'mount ×50 ms',
        'update ×50 ms',
        'DOM nodes per chart',
      ],
      all.map(({ radar, size, server, browser }) => [
        radar.name,
        kb(size.gzip),
        ms(server.ms),
        server.svg ? 'yes' : 'no',
        ms(browser.mount),
        ms(browser.update),
        String(browser.nodes),
      ]),
    ),
    '',
    '## okr-balance’s gauge against MUI X and the floor',
    '',
    ...table(
      ['figure', 'okr-balance', 'MUI X', '× MUI X', 'floor (bare SVG)', '× floor'],
      [
        ['gzip bytes', (m) => m.size.gzip, kb],
        ['SSR median ms', (m) => m.server.ms, ms],
        ['mount ×50 ms', (m) => m.browser.mount, ms],
        ['update ×50 ms', (m) => m.browser.update, ms],
        ['DOM nodes per chart', (m) => m.browser.nodes, String],
      ].map(([name, pick, show]) => [
        name,
        show(pick(okr)),
        show(pick(mui)),
        times(pick(okr) / pick(mui)),
        show(pick(floor)),
        times(pick(okr) / pick(floor)),
      ]),
    ),
  ];
  // Each page load's (or server round's) ratio beside the medians', as for the radar.
  const target = (name, pick, against, loads, limit, unit) => {
    const middle = pick(okr) / pick(against);
    const ratios = loads(okr).map((value, at) => value / loads(against)[at]);
    const met = ratios.filter((ratio) => ratio <= limit).length;
    return [
      name,
      times(middle),
      `${times(Math.min(...ratios))}–${times(Math.max(...ratios))}`,
      `${middle <= limit ? 'met' : '**missed**'} (${met} of ${ratios.length} ${unit})`,
    ];
  };
  const mount = [(m) => m.browser.mount, (m) => m.browser.mountLoads];
  const update = [(m) => m.browser.update, (m) => m.browser.updateLoads];
  const server = [(m) => m.server.ms, (m) => m.server.rounds];
  lines.push(
    '',
    '## Gauge targets (issue 14)',
    '',
    ...table(
      ['target', 'measured (medians)', 'in each load or round', 'result'],
      [
        target(
          'mount ×50 at most half of MUI X’s',
          ...mount.slice(0, 1),
          mui,
          mount[1],
          0.5,
          'loads',
        ),
        target('mount ×50 within 3× the floor', mount[0], floor, mount[1], 3, 'loads'),
        target('update ×50 within 3× the floor', update[0], floor, update[1], 3, 'loads'),
        okr.server.svg
          ? target(
              'server render: a full SVG, within 2× the floor',
              server[0],
              floor,
              server[1],
              2,
              'rounds',
            )
          : ['server render: a full SVG, within 2× the floor', 'no SVG', '—', '**missed**'],
      ],
    ),
  );
  lines.push('', '## Gauge diagnostics', '', ...diagnostics('gauge', all));
  return lines;
}

/** The diagnostics tables of one kind of chart: time per step, then bytes, shapes and box. */
function diagnostics(kind, all) {
  // Where the browser time goes, to tell a slow render from a slow layout or a late re-render.
  const breakdown = (step) => (m) => {
    const b = m.browser;
    const cpu = b[`${step}Cpu`];
    return [
      `${m.radar.name}, ${step}`,
      ms(b[step]),
      ms(b[`${step}Script`]),
      ms(cpu.cpuStyle),
      ms(cpu.cpuLayout),
      ms(cpu.cpuOther),
      String(b[`${step}Frames`]),
      String(b[`${step}Late`]),
    ];
  };
  return [
    ...table(
      [
        `${kind}, step`,
        'to paint ms',
        'render ms',
        'style ms',
        'layout ms',
        'other ms',
        'frames',
        'late changes',
      ],
      [...all.map(breakdown('mount')), ...all.map(breakdown('update'))],
    ),
    '',
    ...table(
      [kind, 'min bytes', 'server HTML bytes', 'shapes on server', 'shapes in browser', 'box'],
      all.map(({ radar, size, server, browser }) => [
        radar.name,
        kb(size.min),
        kb(server.bytes),
        String(server.shapes),
        String(browser.shapes),
        `${browser.box.width}×${browser.box.height}`,
      ]),
    ),
  ];
}

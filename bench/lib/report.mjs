// Writes bench/RESULTS.md from one run. The section between the `notes` markers is written by a
// person (what the traces mean, what was changed) and kept as it is when the file is rewritten.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';
import { kb, mb, ms, num, ratio, summary, table } from './stats.mjs';

const RESULTS = join(ROOT, 'bench/RESULTS.md');
const NOTES_START = '<!-- notes:start -->';
const NOTES_END = '<!-- notes:end -->';

const LIB_NAMES = { ours: 'ours', echarts: 'ECharts', chartjs: 'Chart.js', floor: 'floor' };

function keptNotes() {
  if (!existsSync(RESULTS)) return null;
  const text = readFileSync(RESULTS, 'utf8');
  const start = text.indexOf(NOTES_START);
  const end = text.indexOf(NOTES_END);
  return start >= 0 && end > start ? text.slice(start, end + NOTES_END.length) : null;
}

const pick = (list, fn) => summary(list.map(fn));

export function writeResults(data) {
  const { machine, settings, tags, startup, blank, growth, growthCases, throughput, bytes } = data;
  const out = [];
  // Every block is a paragraph of its own: two tables side by side would merge in Markdown.
  const p = (...blocks) => blocks.forEach((block) => out.push(block, ''));

  p(
    '# Benchmarks: our elements beside ECharts, Chart.js and static HTML',
    `Written by \`npm run bench\` (bench/run.mjs) on ${machine.date.slice(0, 10)}. Rerun it to ` +
      'replace every table; the notes section is kept.',
  );

  p(
    '## Machine',
    table(
      ['', ''],
      [
        ['CPU', `${machine.cpu} (${machine.cores} cores as the OS sees them)`],
        ['Memory', `${(machine.memory / 1024 ** 3).toFixed(1)} GB`],
        ['OS', machine.os],
        ['Chromium', `${machine.chromium} (Debian, headless, \`--disable-gpu\`)`],
        ['Node', machine.node],
        ['Date', machine.date],
        [
          'Load average (1, 5, 15 min)',
          `before ${machine.loadBefore.map((v) => v.toFixed(2)).join(', ')}; after ${machine.loadAfter
            .map((v) => v.toFixed(2))
            .join(', ')}`,
        ],
        ['Run time', `${machine.seconds.toFixed(0)} s`],
        [
          'Samples',
          `${settings.samples} per case after ${settings.warmup} discarded warm-up round ` +
            `(${settings.aimSamples} for the seed dashboard and the 1,000-entry log, on which ` +
            `aims are judged; ${settings.bigSamples} for the 10,000-entry log)`,
        ],
      ],
    ),
    'Other engineers were running tests on the same two cores during the day: the load average ' +
      'above says how busy the machine was. Ratios within one run are more trustworthy than the ' +
      'absolute figures, because each round loads every library once, one after the other.',
  );

  p(
    '## How it is measured',
    '- Every page is one minified ES module built by Vite from `bench/pages/entries/*` (ours ' +
      'imports `src/components/<tag>/define.ts` as an app would; ECharts goes through `echarts/core` ' +
      'with only the charts and components the case needs and the SVG renderer; Chart.js registers ' +
      'only what it needs; the floor is the HTML our elements produce, captured from them in this ' +
      'run and set as static strings with `innerHTML`, one per shadow root with its CSS).',
    '- The peers draw the same content: a gauge, the plan as bars plus the planned and reported ' +
      'lines with the as-of line, a bar chart per KPI, the log as a step line, and the words, ' +
      'tables and lists as HTML strings with `Intl` formatting (bench/pages/peers). Animation ' +
      'off, symbols off (ECharts), the ECharts ARIA description on. Our elements also validate the ' +
      'JSON (zod) and compute the warnings; the peers do not.',
    '- Fresh browser context and page per sample (no HTTP cache, no V8 code cache), served by a ' +
      'local `node:http` server with `Cache-Control: no-store`; viewport 1280 × 800; ' +
      '`prefers-reduced-motion: reduce`, so our gauge draws its final value at once as the ' +
      'peers do with `animation: false`.',
    '- **startup**: from an inline script in the head (before the bundle is requested) to two ' +
      "`requestAnimationFrame`s after the library says it is done: Lit's `updateComplete` on every " +
      "element (crossing shadow roots), ECharts' `finished` on every chart, Chart.js's constructor " +
      'returning, `innerHTML` set. If something renders again after that (our log lays its chart ' +
      'out again at its measured width; a chart reacts to its resize observer), a MutationObserver ' +
      'sees it and "painted" moves to two frames after that render. **ready** is the moment the ' +
      'library is done, **+layout** the same after a forced synchronous style and layout.',
    '- **update**: `.project = changed data` (newest report 5 points lower, the KPI at 90 % of ' +
      'its target) or `setOption`/`chart.update` plus new HTML; timed the same way from the ' +
      'assignment. **language**: `lang="th"` on the dashboard (the peers rebuild their text and ' +
      'options in Thai).',
    '- **growth**: the same page with generated data (bench/pages/data.ts), timed from just ' +
      'before the element is created, so the library load is left out.',
    '- **heap**: after the page finished (first render, then language and update where ' +
      'asked), two `HeapProfiler.collectGarbage`, then `Performance.getMetrics` ' +
      '(`JSHeapUsedSize`, `Nodes`: every node of the renderer, shadow roots and style ' +
      "elements included) and `Runtime.getHeapUsage` (the embedder heap: Blink's Oilpan, where " +
      'DOM nodes live).',
    "- The harness uses the elements' public API only: the tags (it finds Lit elements and " +
      'shadow roots by the five tag names, with one native `querySelectorAll` per shadow root, ' +
      'so its own cost stays out of the timings), `.project`, the attributes and `updateComplete`. ' +
      "A page that shows an element's error view stops the run rather than time it.",
    '- Files: `bench/run.mjs` (the run; `--samples N`, `--quick`, `--skip-trace`), `bench/lib/` ' +
      '(Vite builds, the static server, Chromium, traces, this report), `bench/pages/harness.ts` ' +
      '(the in-page timing, the same for every library), `bench/pages/data.ts` (the data), ' +
      '`bench/pages/entries/` (one entry per library and case), `bench/pages/peers/` (the ECharts ' +
      'and Chart.js pages), `bench/pages/floor.ts`, `bench/node/parse.ts`. Built files go to ' +
      '`bench/.tmp/` (git-ignored).',
    `- Headless Chromium paints at 60 Hz here, so "painted" is quantised to frames of 16.7 ms; ` +
      'the blank page (no library) paints in ' +
      `${ms(pick(blank, (r) => r.first.painted))} ms.`,
  );

  // ---- aims
  p(
    '## Aims of issue 10',
    table(
      ['aim', 'measured', '', 'for reference'],
      data.aims.map((a) => [
        a.aim,
        a.ratio !== undefined ? `${a.ratio.toFixed(2)} ×` : `${num(a.value)} ${a.unit}`,
        a.met ? '**met**' : '**not met**',
        a.note ?? '',
      ]),
    ),
    'Ratios are of medians; "fastest samples" divides the fastest sample of each, which ' +
      'background load disturbs least. ' +
      'Update "under one frame" is judged on **+layout** (script, style and layout of the update, ' +
      'all the main thread has to do before the frame); "painted" cannot be under one frame by ' +
      'construction, since it waits for two.',
  );

  // ---- startup
  const libs = ['ours', 'echarts', 'chartjs', 'floor'];
  p(
    '## Startup: script start to the seed painted (ms, median and min–max)',
    table(
      [
        'case',
        ...libs.map((l) => LIB_NAMES[l]),
        'ours / ECharts',
        'ours / Chart.js',
        'ours / floor',
      ],
      tags.map((tag) => {
        const m = Object.fromEntries(
          libs.map((l) => [l, pick(startup[tag][l], (r) => r.first.painted)]),
        );
        return [
          `\`<${tag}>\``,
          ...libs.map((l) => ms(m[l])),
          ratio(m.ours.median, m.echarts.median),
          ratio(m.ours.median, m.chartjs.median),
          ratio(m.ours.median, m.floor.median),
        ];
      }),
    ),
    'The same runs, split: **load** (bundle fetched and compiled), **eval** (libraries evaluated, ' +
      "the page's code starts), **ready**, **+layout**, medians in ms.",
    table(
      ['case', ...libs.map((l) => `${LIB_NAMES[l]} load / eval / ready / +layout`)],
      tags.map((tag) => [
        `\`<${tag}>\``,
        ...libs.map((l) => {
          const list = startup[tag][l];
          return [
            pick(list, (r) => r.load),
            pick(list, (r) => r.evaluated),
            pick(list, (r) => r.first.ready),
            pick(list, (r) => r.first.layout),
          ]
            .map((s) => num(s.median))
            .join(' / ');
        }),
      ]),
    ),
  );

  // ---- updates
  p(
    '## Update when the data change (seed project; ms, median and min–max)',
    table(
      ['case', ...libs.map((l) => `${LIB_NAMES[l]} +layout`), 'ours painted', 'ECharts painted'],
      tags.map((tag) => [
        `\`<${tag}>\``,
        ...libs.map((l) => ms(pick(startup[tag][l], (r) => r.update.layout))),
        ms(pick(startup[tag].ours, (r) => r.update.painted)),
        ms(pick(startup[tag].echarts, (r) => r.update.painted)),
      ]),
    ),
  );

  // ---- language
  const dash = startup['project-dashboard'];
  p(
    '## Language switch of the seed dashboard (en → th; ms, median and min–max)',
    table(
      ['', ...libs.map((l) => LIB_NAMES[l])],
      [
        ['+layout', ...libs.map((l) => ms(pick(dash[l], (r) => r.lang?.layout)))],
        ['painted', ...libs.map((l) => ms(pick(dash[l], (r) => r.lang?.painted)))],
      ],
    ),
  );

  // ---- heap at startup
  p(
    '## Memory after the seed is drawn (after forced GC; medians)',
    table(
      ['case', ...libs.map((l) => `${LIB_NAMES[l]} JS / DOM heap, nodes`)],
      [
        [
          'blank page',
          [
            mb(pick(blank, (r) => r.heap.js).median),
            mb(pick(blank, (r) => r.heap.dom).median),
            num(pick(blank, (r) => r.heap.nodes).median),
          ].join(' / '),
          '',
          '',
          '',
        ],
        ...tags.map((tag) => [
          `\`<${tag}>\``,
          ...libs.map((l) =>
            [
              mb(pick(startup[tag][l], (r) => r.heap.js).median),
              mb(pick(startup[tag][l], (r) => r.heap.dom).median),
              num(pick(startup[tag][l], (r) => r.heap.nodes).median),
            ].join(' / '),
          ),
        ]),
      ],
    ),
  );

  // ---- growth
  p(
    '## Growth (render timed from just before the element is created; ms, median and min–max)',
    table(
      [
        'case',
        'ours painted',
        'floor painted',
        'ours / floor',
        'ours ready / +layout',
        'floor +layout',
        'ours update +layout',
        'ours update painted',
        'n',
      ],
      growthCases.map(({ tag, name }) => {
        const g = growth[name];
        const ours = pick(g.ours, (r) => r.first.painted);
        const floor = pick(g.floor, (r) => r.first.painted);
        return [
          `\`<${tag}>\` ${name}`,
          ms(ours),
          ms(floor),
          ratio(ours.median, floor.median),
          `${num(pick(g.ours, (r) => r.first.ready).median)} / ${num(pick(g.ours, (r) => r.first.layout).median)}`,
          num(pick(g.floor, (r) => r.first.layout).median),
          ms(pick(g.ours, (r) => r.update.layout)),
          ms(pick(g.ours, (r) => r.update.painted)),
          String(g.ours.length),
        ];
      }),
    ),
    table(
      [
        'case',
        'ours JS heap',
        'ours DOM heap',
        'ours nodes',
        'floor JS heap',
        'floor DOM heap',
        'floor nodes',
      ],
      growthCases.map(({ tag, name }) => {
        const g = growth[name];
        return [
          `\`<${tag}>\` ${name}`,
          mb(pick(g.ours, (r) => r.heap.js).median),
          mb(pick(g.ours, (r) => r.heap.dom).median),
          num(pick(g.ours, (r) => r.heap.nodes).median),
          mb(pick(g.floor, (r) => r.heap.js).median),
          mb(pick(g.floor, (r) => r.heap.dom).median),
          num(pick(g.floor, (r) => r.heap.nodes).median),
        ];
      }),
    ),
    'The floor pages carry their HTML as one string in the bundle, so their JS heap holds that ' +
      'string; our pages hold the project and the parsed project instead.',
  );

  // ---- parse throughput
  p(
    '## `parseProject` throughput in Node',
    table(
      ['projects', 'time per pass (ms)', 'projects per second', 'valid', 'warnings'],
      throughput.map((row) => [
        row.count.toLocaleString('en-US'),
        ms(row.time),
        ms(row.perSecond),
        row.valid.toLocaleString('en-US'),
        row.warnings.toLocaleString('en-US'),
      ]),
    ),
    "Typical projects: the seed's shape with 3–12 reports (a third of the dates written " +
      '`D/M/YYYY` in the Buddhist era), 2–5 plan steps and 0–3 KPIs, each a distinct object ' +
      '(bench/pages/data.ts, `typicalProjects`); `parseProject(project, {asOf})` validates, ' +
      'normalises and computes the data-quality warnings. A forced GC before each pass.',
  );

  // ---- bytes
  const byteRows = [
    [
      'single-file bundle (`src/index.ts`, all five elements and the domain API)',
      kb(bytes.bundle.raw),
      kb(bytes.bundle.gzip),
      '',
      '',
    ],
    ...tags.map((tag) => [
      `\`<${tag}>\` alone (its \`define\` module, self-contained)`,
      kb(bytes.elements[tag].raw),
      kb(bytes.elements[tag].gzip),
      kb(bytes.echarts[tag].gzip),
      kb(bytes.chartjs[tag].gzip),
    ]),
    [
      'domain API alone (`src/domain/index.ts`)',
      kb(bytes.domain.raw),
      kb(bytes.domain.gzip),
      '',
      '',
    ],
  ];
  p(
    '## Bytes (gzip -9 of minified single files)',
    table(['entry', 'ours raw', 'ours gzip', 'ECharts gzip', 'Chart.js gzip'], byteRows),
    'ECharts and Chart.js columns: the library alone, tree-shaken to what the same content needs ' +
      '(bench/pages/peers/use/*). Neither includes the HTML tables, text and formatting the peers ' +
      'write around their charts, nor any validation; ours does.',
  );
  if (bytes.dist) {
    p(
      `\`dist/cdn/project-progress-elements.js\` as last built by \`npm run build\` ` +
        `(${bytes.dist.built}): ${kb(bytes.dist.raw)}, ${kb(bytes.dist.gzip)} gzip. The npm entry ` +
        'modules in `dist/` are thin re-exports of shared chunks with lit, d3 and zod left as ' +
        'imports, so the self-contained figures above are the ones to compare.',
    );
  }
  const groups = new Map();
  for (const { id, rendered } of bytes.bundle.modules) {
    const group = /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)
      ? 'Lit (+ @lit/localize runtime)'
      : /node_modules\/zod\//.test(id)
        ? 'zod/mini (+ its locales)'
        : /node_modules\/(d3-|internmap)/.test(id)
          ? 'd3 (scale, shape, array, time, format, interpolate…)'
          : /\/src\/i18n\//.test(id)
            ? 'src/i18n (Thai translations)'
            : /\/src\/(schema|domain)\//.test(id)
              ? 'src/schema + src/domain'
              : /\/src\/components\//.test(id)
                ? 'src/components'
                : /\/src\/viz\//.test(id)
                  ? 'src/viz'
                  : /\/src\/internal\//.test(id)
                    ? 'src/internal'
                    : 'other';
    groups.set(group, (groups.get(group) ?? 0) + rendered);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  p(
    "Where the single-file bundle's bytes come from (share of the code before minification, " +
      'as Rolldown rendered each module after tree-shaking):',
    table(
      ['part', 'share', '≈ gzip'],
      [...groups]
        .sort((a, b) => b[1] - a[1])
        .map(([group, size]) => [
          group,
          `${((size / total) * 100).toFixed(0)} %`,
          kb((size / total) * bytes.bundle.gzip),
        ]),
    ),
  );

  // ---- traces
  if (data.traces.length) {
    p(
      '## Where the time goes (Chromium performance traces of the cases that miss an aim or meet it by less than 10 %)',
      'One traced load each (tracing slows a page down; read the shares, not the totals). Main ' +
        'thread self time by kind of work, then the JavaScript samples of our page by module ' +
        '(an unminified build of the same entry, so each line maps back to its source).',
    );
    for (const trace of data.traces) {
      const rows = new Map();
      for (const [kind, time] of trace.ours.kinds) rows.set(kind, [num(time), '']);
      for (const [kind, time] of trace.peer?.kinds ?? []) {
        rows.set(kind, [rows.get(kind)?.[0] ?? '', num(time)]);
      }
      const header = ['main thread (ms)', 'ours'];
      if (trace.peer) header.push(trace.peerName);
      p(
        `### ${trace.title}${trace.step !== 'first' ? ` (the ${trace.step} only)` : ''}`,
        table(
          header,
          [...rows].map(([kind, [a, b]]) => (trace.peer ? [kind, a, b] : [kind, a])),
        ),
      );
      if (trace.ours.modules?.length) {
        const jsTotal = trace.ours.modules.reduce((sum, [, t]) => sum + t, 0);
        p(
          table(
            ['our JavaScript by module (sampled)', 'ms', 'share'],
            trace.ours.modules
              .filter(([, t]) => t >= 0.5)
              .slice(0, 14)
              .map(([group, time]) => [
                group,
                num(time),
                `${((time / jsTotal) * 100).toFixed(0)} %`,
              ]),
          ),
          table(
            ['hottest functions of our page (sampled self time)', 'ms'],
            trace.ours.hottest.map(([name, time]) => [`\`${name}\``, num(time)]),
          ),
          "V8's sampler charges a layout forced from script (reading `clientWidth`, " +
            '`getBoundingClientRect()`…) to the function that forced it, so a function can show ' +
            'layout time here that the table above counts as Layout.',
        );
      }
    }
  }

  if (data.errors.length) {
    p('## Page errors seen during the run', ...data.errors.map((e) => `- ${e}`));
  }

  p(
    keptNotes() ??
      `${NOTES_START}\n## Notes\n\n(Written by a person after reading the traces.)\n${NOTES_END}`,
  );
  writeFileSync(RESULTS, out.join('\n'));
}

// Where the time goes: a Chromium performance trace of one page load, summed up two ways.
// 1. The renderer main thread's self time by kind of work (compile, script, style, layout,
//    paint, GC…), from the trace events devtools' Performance panel shows.
// 2. The JavaScript samples of V8's CPU profiler (recorded into the same trace), by the module
//    they ran in: the traced page loads an unminified bundle whose `// path` module headers map
//    every line back to lit, zod, d3 or one of our files.
import { readFileSync } from 'node:fs';
import { newPage } from './browser.mjs';
import { bundle, writePage } from './build.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

/** Trace event names → the kind of work devtools would call them. */
const KINDS = [
  [
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|CompileScript|v8\.parseOnBackground|v8\.produceModuleCache|V8\.ParseFunction|V8\.CompileLazy|v8\.deserializeOnBackground)/,
    'Compile JS',
  ],
  [
    /^(MajorGC|MinorGC|V8\.GC|BlinkGC|GCEvent|CppGC|ThreadState|V8\.GCScavenger|V8\.GCFinalizeMC|V8\.GCCompactor)/i,
    'Garbage collection',
  ],
  [
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|RunMicrotasks|v8\.run|V8\.Execute|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction|RunModuleScript|v8\.callModuleMethod|ResizeObserverController|IntersectionObserverController)/,
    'Run JS',
  ],
  [/^(ParseHTML|ParseAuthorStyleSheet)/, 'Parse HTML and CSS'],
  [
    /^(UpdateLayoutTree|RecalculateStyles|StyleRecalcInvalidationTracking|InvalidateLayout|ScheduleStyleRecalculation)/,
    'Style',
  ],
  [
    /^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController::computeIntersections|ResizeObserverController)/,
    'Layout',
  ],
  [
    /^(Paint|PrePaint|Layerize|Commit|PaintImage|UpdateLayer|CompositeLayers|ProxyMain::BeginMainFrame::commit)/,
    'Paint and commit',
  ],
];

function kindOf(name) {
  for (const [pattern, kind] of KINDS) if (pattern.test(name)) return kind;
  return null;
}

/**
 * Self time (µs) of every complete event on one thread, nested by containment, counting only
 * the part that falls between `from` and `to`: a step's work often runs inside a task or a
 * microtask checkpoint that began before the step's start mark.
 */
function selfTimes(events, from = -Infinity, to = Infinity) {
  const sorted = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let cursor = -Infinity;
  const end = (e) => e.ts + e.dur;
  // The innermost open event owns the time from the cursor to `until`.
  const advance = (until) => {
    const top = stack[stack.length - 1];
    if (top) {
      const a = Math.max(cursor, from);
      const b = Math.min(until, to);
      if (b > a) self.set(top, (self.get(top) ?? 0) + (b - a));
    }
    cursor = Math.max(cursor, until);
  };
  for (const event of sorted) {
    while (stack.length && end(stack[stack.length - 1]) <= event.ts) {
      advance(end(stack[stack.length - 1]));
      stack.pop();
    }
    advance(event.ts);
    stack.push(event);
  }
  while (stack.length) {
    advance(end(stack[stack.length - 1]));
    stack.pop();
  }
  return self;
}

/** Line ranges of each module in an unminified bundle, from its `// path` headers. */
export function moduleMap(bundlePath, moduleIds) {
  const known = new Set(moduleIds.map((id) => id.replace(/^.*?\/main\//, '')));
  const lines = readFileSync(bundlePath, 'utf8').split('\n');
  const starts = [];
  lines.forEach((line, i) => {
    const match = /^\/\/ (\S+)$/.exec(line);
    if (match && (known.size === 0 || known.has(match[1]))) starts.push([i, match[1]]);
  });
  return (lineNumber) => {
    let found = '(bundle preamble)';
    for (const [start, id] of starts) {
      if (start > lineNumber) break;
      found = id;
    }
    return found;
  };
}

/** Groups a module path into what a reader would recognise. */
export function groupOf(path) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)/.test(path)) return 'Lit';
  if (/node_modules\/zod/.test(path)) return 'zod';
  if (/node_modules\/(d3-|internmap)/.test(path)) return 'd3';
  if (/node_modules\/echarts|node_modules\/zrender/.test(path)) return 'ECharts';
  if (/node_modules\/chart\.js|node_modules\/@kurkle/.test(path)) return 'Chart.js';
  if (/^src\/(schema|domain)\//.test(path)) return 'src/schema + src/domain (parse, figures)';
  if (/^src\/components\/project-dashboard/.test(path)) return 'src/components/project-dashboard';
  if (/^src\/components\/([^/]+)/.test(path)) return `src/components/${path.split('/')[2]}`;
  if (/^src\/viz\//.test(path)) return 'src/viz (geometry)';
  if (/^src\/(internal|i18n)\//.test(path)) return 'src/internal + i18n (base, format, words)';
  if (/^bench\//.test(path) || /^demo\//.test(path)) return 'bench page and data';
  return path;
}

/**
 * Loads `url` under tracing and returns the main-thread breakdown (ms by kind of work) and,
 * when `bundle` ({path, modules}) is given, the JS self time by module group. `step` is the
 * harness step to keep (`first`, `update`, `lang`): the events between its marks.
 */
export async function traceLoad(browser, url, bundle, step = 'first') {
  const { context, page } = await newPage(browser);
  try {
    // A first page from the same site starts the renderer process before tracing does, so the
    // trace holds the whole load of the page under study.
    const warm = page.waitForEvent('console', {
      predicate: (message) => message.text() === '__bench_done',
    });
    await page.goto(new URL('/blank.html?scenario=warm', url).href);
    await warm;
    await browser.startTracing(page, { categories: CATEGORIES });
    const done = page.waitForEvent('console', {
      predicate: (message) => message.text() === '__bench_done',
      timeout: 180_000,
    });
    await page.goto(url, { waitUntil: 'commit' });
    await done;
    const result = await page.evaluate(() => window.__bench);
    const buffer = await browser.stopTracing();
    const events = JSON.parse(buffer.toString('utf8')).traceEvents ?? [];
    return { result, ...summarise(events, bundle, step) };
  } finally {
    await context.close();
  }
}

function summarise(events, bundle, step) {
  // The page's main thread: the renderer main thread that ran the most work.
  const names = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
      names.set(`${e.pid}:${e.tid}`, true);
    }
  }
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!names.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  // The step's window: from its start mark (or the page's first event) to its end mark, on the
  // thread that recorded the marks (else the busiest renderer main thread).
  const endMark = events.find((e) => e.name === `bench-${step}-end`);
  let main = endMark ? (byThread.get(`${endMark.pid}:${endMark.tid}`) ?? []) : [];
  if (main.length === 0) {
    let busiest = -1;
    for (const list of byThread.values()) {
      const total = list.reduce((sum, e) => sum + (e.ph === 'X' ? (e.dur ?? 0) : 0), 0);
      if (total > busiest) {
        busiest = total;
        main = list;
      }
    }
  }
  const markTs = (name) => events.find((e) => e.name === name)?.ts;
  const from = step === 'first' ? -Infinity : (markTs(`bench-${step}-start`) ?? -Infinity);
  const to = markTs(`bench-${step}-end`) ?? Infinity;

  // Only the events devtools' Performance panel draws (and microtasks, where most of Lit's
  // work runs): inner Blink events would take the self time of the phase they belong to.
  const shown = main.filter(
    (e) =>
      /(^|,)devtools\.timeline(,|$)/.test(e.cat ?? '') ||
      (e.name === 'RunMicrotasks' && /v8\.execute/.test(e.cat ?? '')),
  );
  const kinds = new Map();
  const others = new Map();
  let other = 0;
  for (const [event, self] of selfTimes(shown, from, to)) {
    const kind = kindOf(event.name);
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + self / 1000);
    else if (event.name !== 'RunTask') {
      other += self / 1000;
      others.set(event.name, (others.get(event.name) ?? 0) + self / 1000);
    }
  }
  kinds.set('Other', other);

  let modules = null;
  let hottest = null;
  if (bundle) {
    const where = moduleMap(
      bundle.path,
      bundle.modules.map((m) => m.id),
    );
    const nodes = new Map();
    const groups = new Map();
    const functions = new Map();
    const file = bundle.path.split('/').pop();
    const clock = new Map();
    for (const e of events) {
      if (e.name === 'Profile') clock.set(e.id, e.args?.data?.startTime ?? e.ts);
      if (e.name !== 'ProfileChunk') continue;
      const profile = e.args?.data?.cpuProfile ?? {};
      for (const node of profile.nodes ?? []) nodes.set(`${e.id}:${node.id}`, node);
      const samples = profile.samples ?? [];
      const deltas = e.args?.data?.timeDeltas ?? [];
      samples.forEach((id, i) => {
        const at = (clock.get(e.id) ?? 0) + (deltas[i] ?? 0);
        clock.set(e.id, at);
        if (at < from || at > to) return;
        const node = nodes.get(`${e.id}:${id}`);
        if (!node) return;
        const frame = node.callFrame ?? {};
        const time = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
        let group;
        if (frame.url && frame.url.includes(file)) {
          const module = where(frame.lineNumber);
          group = groupOf(module);
          const name = `${frame.functionName || '(anonymous)'} (${module.replace(/^.*node_modules\//, '')})`;
          functions.set(name, (functions.get(name) ?? 0) + time);
        } else if (frame.functionName === '(garbage collector)') group = 'V8: garbage collector';
        else if (frame.functionName === '(program)') group = 'V8: (program), outside JS';
        else if (frame.functionName === '(idle)' || frame.functionName === '(root)') return;
        else group = `Browser built-ins (${frame.functionName || 'native'})`;
        groups.set(group, (groups.get(group) ?? 0) + time);
      });
    }
    // Built-ins are many small names: keep the five largest apart, sum the rest.
    const builtIns = [...groups].filter(([g]) => g.startsWith('Browser built-ins'));
    builtIns.sort((a, b) => b[1] - a[1]);
    for (const [name, time] of builtIns.slice(5)) {
      groups.delete(name);
      groups.set(
        'Browser built-ins (other)',
        (groups.get('Browser built-ins (other)') ?? 0) + time,
      );
    }
    modules = [...groups].sort((a, b) => b[1] - a[1]);
    hottest = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 12);
  }
  return { kinds: [...kinds].sort((a, b) => b[1] - a[1]), modules, hottest };
}

/**
 * Traces the cases whose aim is missed or met by less than 10 % (on a shared machine a
 * borderline result can go either way): our page built unminified, beside the page it is
 * compared with. `url(name, query)` gives a page's address.
 */
export async function traceAims(browser, url, aims, tags, say) {
  const traces = [];
  const close = (id) => {
    const aim = aims.find((a) => a.id === id);
    return aim && (aim.ratio ?? aim.value) > aim.limit * 0.9;
  };
  const profiled = {};
  const profileBundle = async (tag) => {
    profiled[tag] ??= await bundle(`bench/pages/entries/ours-${tag}.ts`, `profile-ours-${tag}`, {
      minify: false,
    });
    writePage(`profile-ours-${tag}`);
    return profiled[tag];
  };
  const traceCase = async (title, tag, query, other, step = 'first') => {
    say(`tracing: ${title}`);
    const ours = await traceLoad(
      browser,
      url(`profile-ours-${tag}`, query),
      await profileBundle(tag),
      step,
    );
    const peer = other ? await traceLoad(browser, url(other.page, query), null, step) : null;
    traces.push({ title, step, ours, peer, peerName: other?.name });
  };
  if (close('dashboard-vs-echarts')) {
    await traceCase('Seed dashboard startup, ours and ECharts', 'project-dashboard', 'scenario=t', {
      page: 'echarts-project-dashboard',
      name: 'ECharts',
    });
  }
  if (close('dashboard-vs-floor')) {
    await traceCase(
      'Seed dashboard startup, ours and the floor',
      'project-dashboard',
      'scenario=t',
      {
        page: 'floor-project-dashboard',
        name: 'floor',
      },
    );
  }
  if (close('log-1000-vs-floor')) {
    await traceCase('`<progress-log>` with 1,000 entries', 'progress-log', 'case=log-1000', {
      page: 'floor-log-1000',
      name: 'floor',
    });
  }
  for (const tag of tags) {
    if (close(`update-${tag}`)) {
      await traceCase(`Update of \`<${tag}>\` (seed)`, tag, 'scenario=t&update=1', null, 'update');
    }
  }
  return traces;
}

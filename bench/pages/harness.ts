// The in-page half of the benchmark. Every page, whatever library draws it, is driven through
// the same steps and timed the same way, so the numbers differ only by what the library does.
//
// This module is imported first by every entry: its first line runs when the bundle has been
// fetched and compiled and starts to evaluate, before any library code.
export const harnessStart = performance.now();

import { AS_OF, changed, growthCases, seed, type GrowthCase, type RawProject } from './data.js';

export type Lang = 'en' | 'th';
export type Library = 'ours' | 'echarts' | 'chartjs' | 'floor' | 'blank';

/** How one library draws one page. Each method resolves when the library says it is done. */
export interface Adapter {
  lib: Library;
  /** Draws `project` into `stage` in `lang` (the first render). */
  mount(stage: HTMLElement, project: RawProject, lang: Lang): Promise<void> | void;
  /** Draws changed data over the first render. */
  update(project: RawProject): Promise<void> | void;
  /** Redraws the same data in another language. */
  language?(lang: Lang): Promise<void> | void;
}

/** Milliseconds from a start: the library done, then layout forced, then two frames later. */
export interface Timing {
  /** The library says it is done (updateComplete, 'finished', innerHTML set…). */
  ready: number;
  /** After that, a synchronous style and layout of the whole page (no frame in between). */
  layout: number;
  /** Two animation frames after `ready`: the content is on screen. */
  painted: number;
  /** Renders seen after `ready` (a resize observer, a deferred re-layout) that moved `painted`. */
  lateRenders: number;
}

export interface PageResult {
  lib: Library;
  scenario: string;
  /** From the inline script before the bundle to this module's first line: fetch and compile. */
  load: number;
  /** From the inline script to the bundle's libraries evaluated (the entry's own code starts). */
  evaluated: number;
  /** Startup pages: from the inline script. Growth pages: from just before the first render. */
  first: Timing;
  update?: Timing;
  lang?: Timing;
  /** Elements and text in the document and every shadow root, after the first render. */
  domNodes: number;
  /** Capture mode: the page as static HTML after each step (see floor.ts). */
  capture?: FloorPages;
}

/** The static HTML of a page after each step: what the floor pages draw. */
export interface FloorPages {
  first: FloorPage;
  lang?: FloorPage;
  update: FloorPage;
}

/** A host element with its shadow content, as static HTML: what the floor pages set. */
export interface FloorPage {
  /** The top-level element as an empty tag with its attributes (`<project-dashboard …>`). */
  host: string;
  tree: FloorTree;
}

export interface FloorTree {
  /** The shadow root's HTML, its styles first. Hosts inside carry `data-floor="i"`. */
  html: string;
  children: FloorTree[];
}

declare global {
  interface Window {
    /** Set by an inline script in the page's head, before the bundle is requested. */
    __t0: number;
    __bench?: PageResult;
    __benchError?: string;
  }
}

/** The console line that tells the runner a page has finished. */
export const DONE = '__bench_done';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * The package's tags: on a bench page the only elements with a shadow root and the only Lit
 * elements (the floor reuses the tag names for its hosts). Finding them with one native
 * `querySelectorAll` per shadow root, instead of walking every node from script, keeps the
 * harness's own cost out of the timings: the 10,000-entry log has half a million nodes.
 */
const HOSTS = [
  'project-dashboard',
  'project-progress',
  'milestone-timeline',
  'kpi-quarter-table',
  'progress-log',
].join(',');

/** Our hosts at or under `root`, crossing their shadow roots, in document order. */
export function hostsIn(root: ParentNode, into: Element[] = []): Element[] {
  for (const el of root.querySelectorAll(HOSTS)) {
    into.push(el);
    if (el.shadowRoot) hostsIn(el.shadowRoot, into);
  }
  return into;
}

/** Every shadow root of our hosts under `root`. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  return hostsIn(root).flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
}

/** Elements and text nodes in the document, counting inside every shadow root. */
export function countNodes(root: Node = document): number {
  let count = 0;
  const walk = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      count++;
      if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    }
  };
  walk(root);
  return count;
}

/**
 * Times `work` from `start`: `ready` when the library says it is done, `layout` after a forced
 * style and layout, `painted` two animation frames after `ready`. Then it waits for two quiet
 * frames, untimed: a render that happens after `ready` (an element laying itself out again at
 * its measured width, a chart reacting to its resize observer) moves `painted` to two frames
 * after that render, so "painted" means the final picture, whoever draws it.
 */
export async function timed(
  label: string,
  start: number,
  work: () => Promise<void> | void,
  stage: HTMLElement,
): Promise<Timing> {
  // Marks bound each step in a performance trace (bench/lib/trace.mjs reads them).
  performance.mark(`bench-${label}-start`);
  await work();
  const ready = performance.now();
  void document.body.offsetHeight;
  const layout = performance.now();

  let painted = 0;
  let generation = 0;
  let lateRenders = -1;
  const pending: Promise<void>[] = [];
  const paintAfter = () => {
    const mine = ++generation;
    lateRenders++;
    pending.push(
      frame()
        .then(frame)
        .then(() => {
          if (mine === generation) painted = performance.now();
        }),
    );
  };
  const observer = new MutationObserver(() => paintAfter());
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  observer.observe(stage, options);
  for (const root of shadowRoots(stage)) observer.observe(root, options);
  paintAfter();
  for (let rounds = 0; rounds < 20; rounds++) {
    const seen = generation;
    await Promise.all(pending);
    await frame();
    await frame();
    if (observer.takeRecords().length > 0) paintAfter();
    if (seen === generation) break;
  }
  observer.disconnect();
  performance.mark(`bench-${label}-end`);
  return {
    ready: ready - start,
    layout: layout - start,
    painted: painted - start,
    lateRenders: Math.max(0, lateRenders),
  };
}

interface LitLike extends Element {
  updateComplete: Promise<unknown>;
  isUpdatePending: boolean;
}

const litElements = (root: ParentNode) =>
  hostsIn(root).filter((el): el is LitLike => 'updateComplete' in el);

/**
 * Resolves when every Lit element under `root` (crossing shadow roots) has finished updating,
 * including elements that the first updates created. Only the public `updateComplete` and
 * `isUpdatePending` are used, so it keeps working whatever the elements do inside.
 */
export async function litSettled(root: ParentNode): Promise<void> {
  for (let rounds = 0; rounds < 50; rounds++) {
    const elements = litElements(root);
    await Promise.all(elements.map((el) => el.updateComplete));
    const now = litElements(root);
    if (now.length === elements.length && !now.some((el) => el.isUpdatePending)) return;
  }
}

function snapshotRoot(root: ShadowRoot): FloorTree {
  const css = root.adoptedStyleSheets
    .map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'))
    .join('\n');
  const hosts = Array.from(root.querySelectorAll('*')).filter((el) => el.shadowRoot);
  hosts.forEach((host, i) => host.setAttribute('data-floor', String(i)));
  // Lit's markers are comments: a hand-written page would not have them.
  const html = root.innerHTML.replace(/<!--[^]*?-->/g, '');
  return {
    html: (css ? `<style>${css}</style>` : '') + html,
    children: hosts.map((host) => snapshotRoot(host.shadowRoot!)),
  };
}

/** The page as static HTML: the top element's tag and attributes, and its shadow content. */
export function snapshot(stage: HTMLElement): FloorPage {
  const top = stage.firstElementChild!;
  const empty = top.cloneNode(false) as Element;
  return { host: empty.outerHTML, tree: snapshotRoot(top.shadowRoot!) };
}

/**
 * Runs the steps the URL asks for and leaves the result in `window.__bench`:
 * `?case=log-1000` draws a growth case (timed from just before the render), else the seed
 * (timed from the inline script in the head); `&lang=th` then switches the language;
 * `&update=1` then draws changed data; `&capture=1` keeps the static HTML of each step.
 */
export async function run(adapter: Adapter, evaluated = performance.now()): Promise<void> {
  try {
    const params = new URLSearchParams(location.search);
    const growth = params.get('case') as GrowthCase | null;
    const capture = params.get('capture') === '1';
    const stage = document.getElementById('stage')!;
    const t0 = window.__t0;

    let project: RawProject;
    let start: number;
    if (growth) {
      project = growthCases[growth]();
      start = performance.now();
    } else {
      project = seed();
      start = t0;
    }
    const first = await timed('first', start, () => adapter.mount(stage, project, 'en'), stage);
    const result: PageResult = {
      lib: adapter.lib,
      scenario: growth ?? params.get('scenario') ?? 'seed',
      load: harnessStart - t0,
      evaluated: evaluated - t0,
      first,
      domNodes: countNodes(),
    };
    const captured: PageResult['capture'] = capture
      ? { first: snapshot(stage), update: undefined as never }
      : undefined;

    // The language switch is timed on the seed as first drawn; the update then draws changed
    // data (in that language).
    const lang = params.get('lang') as Lang | null;
    if (lang && adapter.language) {
      result.lang = await timed('lang', performance.now(), () => adapter.language!(lang), stage);
      if (captured) captured.lang = snapshot(stage);
    }
    if (params.get('update') === '1') {
      const next = changed(project);
      result.update = await timed('update', performance.now(), () => adapter.update(next), stage);
    }
    if (captured) {
      captured.update = snapshot(stage);
      result.capture = captured;
    }
    window.__bench = result;
  } catch (error) {
    window.__benchError =
      error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
  }
  // The runner waits for this line instead of polling the page, which would add work to it.
  console.log(DONE);
}

export { AS_OF };

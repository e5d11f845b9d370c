// What the hostile suites share: the five elements, a walk through every shadow root, the
// settling of an element and the elements inside it, the scan for leaked NaN/undefined/null,
// and a trap for uncaught errors. Pure test code: nothing here is shipped.
import '../../src/index.js';
import type { ProjectElement } from '../../src/internal/project-element.js';

export const TAGS = [
  'project-progress',
  'milestone-timeline',
  'kpi-quarter-table',
  'progress-log',
  'project-dashboard',
] as const;
export type Tag = (typeof TAGS)[number];

/** How `npm run fuzz` asks for longer runs (scripts/fuzz.mjs writes it into the test page). */
interface FuzzSettings {
  runs?: number;
  seed?: number;
}
const fuzzSettings: FuzzSettings =
  (globalThis as { __PPE_FUZZ__?: FuzzSettings }).__PPE_FUZZ__ ?? {};

/**
 * Runs and seed of a property. CI runs `ciRuns` with a fixed seed so that a red build is
 * reproducible by anyone; `npm run fuzz` passes a random seed and many more runs.
 */
export function fuzzParameters(ciRuns: number): { numRuns: number; seed: number } {
  return {
    numRuns: fuzzSettings.runs && fuzzSettings.runs > 0 ? fuzzSettings.runs : ciRuns,
    seed: typeof fuzzSettings.seed === 'number' ? fuzzSettings.seed : 20200921,
  };
}

/** Whether the page runs the long fuzz (then the mocha timeout is the fuzz script's). */
export const longFuzz = fuzzSettings.runs !== undefined;

/** Every element under `root`, descending into open shadow roots (and SVG). */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The elements an element drew: everything in its shadow root, nested shadow roots included. */
export function drawnElements(el: Element): Element[] {
  return el.shadowRoot ? deepElements(el.shadowRoot) : [];
}

/** Text of every text node an element drew, nested shadow roots included (no style text). */
export function drawnTextNodes(el: Element): Text[] {
  const texts: Text[] = [];
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement?.localName;
        if (parent !== 'style' && node.data.trim()) texts.push(node);
      } else if ((node as Element).shadowRoot) {
        visit((node as Element).shadowRoot!);
      }
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return texts;
}

/** What a person (or a screen reader) gets: visible text, then every attribute's value. */
export function drawnStrings(el: Element): { where: string; text: string }[] {
  const strings = drawnTextNodes(el).map((node) => ({
    where: `text in <${node.parentElement?.localName ?? '?'}>`,
    text: node.data,
  }));
  for (const element of drawnElements(el)) {
    if (element.localName === 'style') continue;
    for (const attr of Array.from(element.attributes)) {
      strings.push({ where: `<${element.localName} ${attr.name}>`, text: attr.value });
    }
  }
  return strings;
}

export async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

type Updatable = Element & { updateComplete?: Promise<unknown>; hasUpdated?: boolean };

/**
 * Waits until the element and every Lit element inside it have rendered. A rejected
 * `updateComplete` (an exception while rendering) rejects here.
 */
export async function settle(el: Element, rounds = 4): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    // An element never connected never updates (Lit starts on the first connection): the
    // elements inside a dashboard that drew while detached wait for it to come back.
    const pending = [el, ...drawnElements(el)]
      .filter((node) => node === el || node.isConnected || (node as Updatable).hasUpdated)
      .map((node) => (node as Updatable).updateComplete)
      .filter((p): p is Promise<unknown> => p instanceof Promise);
    const results = await Promise.all(pending);
    // updateComplete resolves to false when another update was requested meanwhile.
    if (results.every((done) => done !== false)) return;
  }
}

const FORBIDDEN = /\b(?:NaN|Infinity|undefined|null|Invalid Date)\b|\[object \w+\]/g;
/** A figure "-0" (or "−0%"): negative zero or a tiny negative, rounded. Not "-0.5", not "5008-0791". */
const NEGATIVE_ZERO = /(?<![\w.,])[-−]0(?![\w.,])/g;

/** The ways a string from the input can reappear on screen: as is, or quoted in an error. */
function shownForms(text: string): string[] {
  const forms = [text, JSON.stringify(text).slice(1, -1)];
  // parseProject quotes a found string shortened to 39 graphemes and "…".
  const graphemes = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  );
  if (graphemes.length > 40) {
    const head = graphemes.slice(0, 39).join('');
    forms.push(head, JSON.stringify(head).slice(1, -1));
  }
  return forms;
}

/**
 * Strings in the input that themselves contain "NaN", "null"…: those may appear on screen as
 * data (a title "null", a found value `"NaN"` in an error). Non-finite numbers too, as a found
 * value in an error ("got NaN"). Walks at most `limit` nodes; never recurses (deep nesting).
 */
export function excusedStrings(input: unknown, limit = 50_000): string[] {
  const suspicious = (text: string) => {
    FORBIDDEN.lastIndex = 0;
    NEGATIVE_ZERO.lastIndex = 0;
    return FORBIDDEN.test(text) || NEGATIVE_ZERO.test(text);
  };
  const excused = new Set<string>();
  const stack: unknown[] = [input];
  const seen = new Set<object>();
  let visited = 0;
  while (stack.length > 0 && visited++ < limit) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (suspicious(value)) for (const form of shownForms(value)) excused.add(form);
    } else if (typeof value === 'number' && !Number.isFinite(value)) {
      excused.add(String(value));
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      try {
        for (const key of Object.keys(value)) {
          stack.push(key);
          stack.push((value as Record<string, unknown>)[key]);
        }
      } catch {
        // A hostile proxy: whatever it holds cannot have been rendered either.
      }
    }
  }
  return [...excused].filter((s) => s.length > 0);
}

/**
 * "NaN", "Infinity", "undefined", "null", "Invalid Date", "[object Object]" and "-0" that the
 * element made up, with where they are.
 * An occurrence inside a string the input gave is data, not a leak. Inside the error view,
 * "null" is the JSON word the messages use ("expected text or null, got null").
 */
export function leakedWords(el: Element, input: unknown): string[] {
  const excused = excusedStrings(input);
  const errorTexts = new Set<string>();
  for (const error of drawnElements(el).filter((e) => e.getAttribute('part') === 'error')) {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      errorTexts.add((node as Text).data);
    }
  }
  const leaks: string[] = [];
  for (const { where, text } of drawnStrings(el)) {
    // "-0" matters where people read it: text and names, not path data.
    const read = where.startsWith('text') || /<\S+ (aria-\S+|title|alt)>/.test(where);
    const patterns = read ? [FORBIDDEN, NEGATIVE_ZERO] : [FORBIDDEN];
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const at = match.index;
        const word = match[0];
        if (word === 'null' && errorTexts.has(text)) continue;
        const isData = excused.some((form) => {
          for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
            if (i <= at && at + word.length <= i + form.length) return true;
          }
          return false;
        });
        if (!isData) {
          leaks.push(`${where}: …${text.slice(Math.max(0, at - 40), at + word.length + 40)}…`);
        }
      }
    }
  }
  return leaks;
}

/** Which view an element shows now. */
export type ViewKind = 'error' | 'loading' | 'empty' | 'view';

export function viewKind(el: Element): ViewKind {
  // `:scope` means nothing in a shadow root's querySelector: look at its children instead.
  const top = Array.from(el.shadowRoot!.children);
  const has = (part: string) => top.some((child) => child.getAttribute('part') === part);
  if (top.some((child) => child.matches('[part="error"][role="alert"]'))) return 'error';
  if (has('loading')) return 'loading';
  if (has('empty')) return 'empty';
  return 'view';
}

/**
 * Collects what a page's author would see in the console or in window.onerror: uncaught
 * exceptions, unhandled rejections and console.error calls, until `stop()`.
 */
export function trapErrors(): { errors: string[]; take: () => string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    // The ResizeObserver loop notice is the browser's, not an exception of ours; still, it
    // means a layout that does not settle, so it is reported too.
    errors.push(`window error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  };
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    take: () => errors.splice(0, errors.length),
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
    },
  };
}

/** A fresh element of `tag`, with a fixed `as-of`, inside a box of `width` CSS px. */
export function mount(
  tag: Tag,
  { width = 800, attrs = {} }: { width?: number; attrs?: Record<string, string> } = {},
): { el: ProjectElement; box: HTMLDivElement } {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement(tag) as unknown as ProjectElement;
  el.setAttribute('as-of', '2020-09-30');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  box.append(el);
  document.body.append(box);
  return { el, box };
}

/** Text as a person reads it: white space collapsed. */
export function readableText(el: Element): string {
  return drawnTextNodes(el)
    .map((node) => node.data)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Races and lifecycle: a page that changes `src` faster than the server answers, sets `project`
// while a request runs, removes an element mid-request and puts it back, moves it to another
// document, or creates and drops a thousand dashboards. Only the newest input may render,
// aborted requests leave no trace, and nothing keeps observing or listening after removal.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ProjectElement } from '../../src/internal/project-element.js';
import { seed } from '../fixtures/projects.js';
import { readableText, settle, TAGS, trapErrors, viewKind } from './helpers.js';
import { TIME_SCALE } from '../engine.js';

const api = (file: string, query = '') => `/api/demo/data/${file}.json${query}`;
const SEED_ID = '50080000-2982';
const BEHIND_ID = '50140000-0117';

/** Every project-load and project-error an element fires, in order. */
function recordEvents(el: HTMLElement): string[] {
  const events: string[] = [];
  el.addEventListener('project-load', (event) => events.push(`load ${event.detail.project.id}`));
  el.addEventListener('project-error', (event) =>
    events.push(`error ${event.detail.issues.map((issue) => issue.code).join(',')}`),
  );
  return events;
}

function create(tag: string): ProjectElement {
  const el = document.createElement(tag) as unknown as ProjectElement;
  el.setAttribute('as-of', '2020-09-30');
  return el;
}

describe('races and lifecycle', function () {
  this.timeout(30_000);
  let trap: ReturnType<typeof trapErrors>;
  beforeEach(() => {
    trap = trapErrors();
  });
  afterEach(() => {
    trap.stop();
    expect(trap.errors, 'nothing reaches the console or window.onerror').to.deep.equal([]);
  });

  for (const tag of TAGS) {
    it(`<${tag}> renders only the last of three quick src changes; the others leave no trace`, async () => {
      const el = create(tag);
      const events = recordEvents(el);
      document.body.append(el);
      // The first answer comes last, the second fails late, the third arrives in between.
      el.src = api('behind', '?delay=600');
      await el.updateComplete;
      el.src = api('stale', '?delay=400&status=500');
      await el.updateComplete;
      el.src = api('bma-50080000-2982', '?delay=150');
      await waitUntil(() => events.length > 0, 'the last src loads');
      await aTimeout(700);
      await settle(el);
      expect(events).to.deep.equal([`load ${SEED_ID}`]);
      expect(viewKind(el)).to.equal('view');
      expect(readableText(el)).not.to.contain(BEHIND_ID);
      expect(el.hasAttribute('aria-busy')).to.be.false;
      el.remove();
    });
  }

  it('lets `project` win over a request that is still running, and the request never lands', async () => {
    const el = create('project-dashboard');
    const events = recordEvents(el);
    document.body.append(el);
    el.src = api('behind', '?delay=300');
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    el.project = seed();
    await settle(el);
    expect(el.hasAttribute('aria-busy'), 'no longer loading').to.be.false;
    await aTimeout(500);
    await settle(el);
    expect(events).to.deep.equal([`load ${SEED_ID}`]);
    expect(readableText(el)).to.contain(SEED_ID);
    // Taking the project away falls back to src, fetched anew.
    el.project = undefined;
    await waitUntil(() => events.length === 2, 'src loads once the project is gone');
    expect(events[1]).to.equal(`load ${BEHIND_ID}`);
    el.remove();
  });

  for (const tag of TAGS) {
    it(`<${tag}> removed mid-request stays quiet, and fetches again when put back`, async () => {
      const el = create(tag);
      const events = recordEvents(el);
      document.body.append(el);
      el.src = api('bma-50080000-2982', '?delay=300');
      await el.updateComplete;
      el.remove();
      await aTimeout(500);
      expect(events, 'an aborted request fires nothing').to.deep.equal([]);
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy'), 'loading again').to.equal('true');
      await waitUntil(() => events.length === 1, 'loads once re-attached');
      await settle(el);
      expect(events).to.deep.equal([`load ${SEED_ID}`]);
      expect(viewKind(el)).to.equal('view');
      el.remove();
    });
  }

  it('survives being moved within the page while it loads', async () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    const el = create('project-dashboard');
    const events = recordEvents(el);
    a.append(el);
    el.src = api('bma-50080000-2982', '?delay=200');
    await el.updateComplete;
    // A framework re-ordering a list moves the element: disconnect and connect in one task.
    b.append(el);
    a.append(el);
    await waitUntil(() => events.length >= 1, 'loaded after the moves');
    await aTimeout(300);
    expect(events).to.deep.equal([`load ${SEED_ID}`]);
    a.remove();
    b.remove();
  });

  for (const tag of TAGS) {
    it(`<${tag}> moved into another document and back keeps working`, async () => {
      const el = create(tag);
      el.project = seed();
      document.body.append(el);
      await settle(el);

      // A document without a window (a template, a DOMParser result).
      const inert = document.implementation.createHTMLDocument('elsewhere');
      inert.body.append(inert.adoptNode(el));
      el.setAttribute('lang', 'th');
      await settle(el);

      // An iframe's document: another window, with its own (empty) element registry.
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const other = frame.contentDocument!;
      other.body.append(other.adoptNode(el));
      el.setAttribute('lang', 'en');
      const events = recordEvents(el);
      el.project = { ...seed(), id: 'moved-1' };
      await settle(el);
      expect(events, 'renders while in the iframe').to.deep.equal(['load moved-1']);
      expect(viewKind(el)).to.equal('view');

      // And home again, with a new project, and its styles.
      document.body.append(document.adoptNode(el));
      el.project = { ...seed(), id: 'moved-2' };
      await settle(el);
      expect(events).to.deep.equal(['load moved-1', 'load moved-2']);
      expect(viewKind(el)).to.equal('view');
      expect(getComputedStyle(el).display, 'its :host style applies').not.to.equal('inline');
      frame.remove();
      el.remove();
    });
  }

  it('keeps its styles in an iframe it was moved to', async () => {
    const el = create('project-progress');
    el.project = seed();
    document.body.append(el);
    await settle(el);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentDocument!;
    other.body.append(other.adoptNode(el));
    await settle(el);
    const track = el.shadowRoot!.querySelector('[part="track"]')!;
    // The default fill of an unstyled SVG path is black; the element's style gives it a colour.
    expect(frame.contentWindow!.getComputedStyle(track).fill).not.to.equal('rgb(0, 0, 0)');
    frame.remove();
  });
});

describe('elements removed before they first draw', () => {
  it('<project-dashboard> removed right after being added: updateComplete settles, not hangs', async () => {
    const el = create('project-dashboard');
    el.project = seed();
    document.body.append(el);
    el.remove();
    const settled = await Promise.race([el.updateComplete, aTimeout(3000).then(() => 'hung')]);
    expect(settled, 'the elements inside cannot draw while detached').to.equal(false);
    document.body.append(el);
    expect(await el.updateComplete, 'all drawn once back in the page').to.equal(true);
    expect(readableText(el)).to.contain(SEED_ID);
    el.remove();
  });

  for (const tag of TAGS) {
    it(`<${tag}> leaves no observer observing when its first update runs detached`, async () => {
      const live = new Set<object>();
      const RealResizeObserver = window.ResizeObserver;
      window.ResizeObserver = class extends RealResizeObserver {
        override observe(target: Element, options?: ResizeObserverOptions) {
          live.add(this);
          super.observe(target, options);
        }
        override disconnect() {
          live.delete(this);
          super.disconnect();
        }
      };
      try {
        const el = create(tag);
        el.project = seed();
        document.body.append(el);
        el.remove();
        await settle(el);
        expect(live.size, 'ResizeObservers observing a detached element').to.equal(0);
      } finally {
        window.ResizeObserver = RealResizeObserver;
      }
    });
  }
});

describe('1,000 dashboards created, attached and removed', function () {
  this.timeout(120_000 * TIME_SCALE);

  it('leave no observer observing and no listener behind', async () => {
    const live = { resize: new Set<object>(), mutation: new Set<object>() };
    const listeners = new Map<string, number>();
    const RealResizeObserver = window.ResizeObserver;
    const RealMutationObserver = window.MutationObserver;
    const realAdd = window.addEventListener;
    const realRemove = window.removeEventListener;
    const docAdd = document.addEventListener;
    const docRemove = document.removeEventListener;
    // Observers count as live from their first observe() until disconnect().
    window.ResizeObserver = class extends RealResizeObserver {
      override observe(target: Element, options?: ResizeObserverOptions) {
        live.resize.add(this);
        super.observe(target, options);
      }
      override disconnect() {
        live.resize.delete(this);
        super.disconnect();
      }
    };
    window.MutationObserver = class extends RealMutationObserver {
      override observe(target: Node, options?: MutationObserverInit) {
        live.mutation.add(this);
        super.observe(target, options);
      }
      override disconnect() {
        live.mutation.delete(this);
        super.disconnect();
      }
    };
    const count = (where: string, delta: number) => (type: string) =>
      listeners.set(`${where} ${type}`, (listeners.get(`${where} ${type}`) ?? 0) + delta);
    window.addEventListener = function (
      this: Window,
      ...args: Parameters<Window['addEventListener']>
    ) {
      count('window', 1)(args[0]);
      return realAdd.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (
      this: Window,
      ...args: Parameters<Window['removeEventListener']>
    ) {
      count('window', -1)(args[0]);
      return realRemove.apply(this, args);
    } as Window['removeEventListener'];
    document.addEventListener = function (
      this: Document,
      ...args: Parameters<Document['addEventListener']>
    ) {
      count('document', 1)(args[0]);
      return docAdd.apply(this, args);
    } as Document['addEventListener'];
    document.removeEventListener = function (
      this: Document,
      ...args: Parameters<Document['removeEventListener']>
    ) {
      count('document', -1)(args[0]);
      return docRemove.apply(this, args);
    } as Document['removeEventListener'];

    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    const box = document.createElement('div');
    box.style.width = '1024px';
    document.body.append(box);
    const project = seed();
    let heapAfterWarmUp = 0;
    try {
      const started = performance.now();
      for (let i = 0; i < 1000; i++) {
        const el = create('project-dashboard');
        el.project = project;
        // One in ten is laid out; the rest sit in a hidden box, where no layout is paid for
        // while the same elements, observers and listeners come and go.
        box.style.display = i % 10 === 0 ? 'block' : 'none';
        box.append(el);
        // Some are removed as soon as they have drawn their own part, before the elements
        // inside them have drawn theirs; some before drawing anything (a framework re-rendering
        // a list does both). Their updates then run while they are detached.
        if (i % 3 === 0) {
          await settle(el, 1);
          el.remove();
        } else if (i % 3 === 1) {
          await el.updateComplete;
          el.remove();
        } else {
          el.remove();
          await settle(el, 1);
        }
        if (i === 99) heapAfterWarmUp = memory?.usedJSHeapSize ?? 0;
      }
      console.log(`1000 dashboards: ${Math.round(performance.now() - started)} ms`);
      // Late callbacks (a resize noticed in the last frame) run on detached elements.
      await aTimeout(50);
      expect(live.resize.size, 'ResizeObservers still observing').to.equal(0);
      expect(live.mutation.size, 'MutationObservers still observing').to.equal(0);
      const leftover = [...listeners].filter(([, n]) => n > 0);
      expect(leftover, 'listeners added and never removed').to.deep.equal([]);
      if (memory && heapAfterWarmUp > 0) {
        // A generous bound: the heap is not collected on demand here, so only a leak of
        // whole dashboards (megabytes each) would show.
        const growth = memory.usedJSHeapSize - heapAfterWarmUp;
        expect(growth, 'heap growth over 900 dashboards (bytes)').to.be.below(64 * 1024 * 1024);
      }
    } finally {
      window.ResizeObserver = RealResizeObserver;
      window.MutationObserver = RealMutationObserver;
      window.addEventListener = realAdd;
      window.removeEventListener = realRemove;
      document.addEventListener = docAdd;
      document.removeEventListener = docRemove;
      box.remove();
    }
  });
});

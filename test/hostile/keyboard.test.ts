// Accessibility in depth, part 2: a keyboard-only walk through the whole dashboard. Real Tab
// presses (through each engine's input pipeline, test/engine.ts) must reach every control inside every
// shadow root, each must show where the focus is, and each must work from the keyboard.
import { assert, expect, fixture, html } from '@open-wc/testing';
import { focusWindow, press, setViewport, shiftTab } from '../engine.js';
import { seed } from '../fixtures/projects.js';
import { deepElements, settle } from './helpers.js';

/** The element that has the focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function describe_(el: Element): string {
  const part = el.getAttribute('part');
  const name = el.getAttribute('aria-label') ?? el.textContent ?? '';
  return `<${el.localName}${part ? ` part="${part}"` : ''}> "${name.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
}

/** Whether a person can see `el` at all (a focus stop on a hidden element is a trap). */
function rendered(el: Element): boolean {
  if (el.closest('[inert]')) return false;
  const rects = el.getClientRects();
  if (rects.length === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** Every element Tab should stop at, in any shadow root under `root`. */
function tabStops(root: ParentNode): Element[] {
  return deepElements(root).filter((el) => {
    const focusable = el as HTMLElement | SVGElement;
    if (focusable.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
    const natural = el.matches('a[href], button, input, select, textarea, [tabindex]');
    return natural && rendered(el);
  });
}

/**
 * What the focus ring looks like: the paint of the element and of what it draws (an SVG mark
 * shows its focus on a halo inside it). Compared focused and unfocused.
 */
function paint(el: Element): string {
  // A focus ring that fades in is read at its end, not halfway.
  for (const animation of el.getAnimations({ subtree: true })) animation.finish();
  return [el, ...Array.from(el.querySelectorAll('*')).slice(0, 30)]
    .map((node) => {
      const s = getComputedStyle(node);
      return [
        s.outlineStyle,
        s.outlineWidth,
        s.outlineColor,
        s.boxShadow,
        s.stroke,
        s.strokeWidth,
        s.opacity,
        s.backgroundColor,
        s.textDecorationLine,
      ].join(' ');
    })
    .join('|');
}

/** A visible ring of its own: an outline or a box shadow. */
function hasRing(el: Element): boolean {
  const s = getComputedStyle(el);
  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
}

async function renderDashboard(width: number) {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">before</button>
      <div style="width: ${width}px">
        <project-dashboard as-of="2020-09-30" .project=${seed()}></project-dashboard>
      </div>
      <button id="after">after</button>
    </div>`,
  );
  const dashboard = page.querySelector('project-dashboard')!;
  await settle(dashboard);
  // Wide or narrow layouts follow the measured width, a frame later.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settle(dashboard);
  return { page, dashboard };
}

/** Presses Tab from the button before the dashboard until the focus reaches the one after it. */
async function walk(page: Element): Promise<{ stops: Element[]; unseen: Element[] }> {
  (page.querySelector('#before') as HTMLElement).focus();
  const stops: Element[] = [];
  const unseen: Element[] = [];
  for (let i = 0; i < 150; i++) {
    await press('Tab');
    const active = deepActive();
    if (!active || active.id === 'after') break;
    const focused = paint(active);
    const ring = hasRing(active);
    stops.push(active);
    // The paint once the focus has moved on: it must differ, or nothing showed the focus.
    await press('Tab');
    const blurred = paint(active);
    await shiftTab();
    if (!ring && focused === blurred) unseen.push(active);
  }
  return { stops, unseen };
}

/** Every element Tab should stop at inside an element's shadow tree. */
const tabStopsIn = (host: Element) => tabStops(host.shadowRoot!);

const deepQuery = (root: Element, selector: string) =>
  deepElements(root.shadowRoot!).filter((el) => el.matches(selector));

describe('a keyboard-only walk through the dashboard', function () {
  this.timeout(120_000);
  // The window has the keyboard focus, as for a person typing: else no engine but Chromium
  // shows `:focus-visible` (Firefox: the active tab only; WebKit under Xvfb: a focused window).
  beforeEach(async () => {
    await focusWindow();
  });

  for (const width of [1280, 360]) {
    it(`reaches every control with a visible focus, at ${width} px`, async () => {
      await setViewport({ width: Math.max(width + 40, 800), height: 900 });
      const { page, dashboard } = await renderDashboard(width);
      const expected = tabStopsIn(dashboard);
      expect(expected.length, 'controls found in the dashboard').to.be.greaterThan(10);
      const { stops, unseen } = await walk(page);
      const missed = expected.filter((el) => !stops.includes(el)).map(describe_);
      expect(missed, 'controls Tab never reached').to.deep.equal([]);
      expect(new Set(stops).size, 'each control is one stop').to.equal(stops.length);
      expect(unseen.map(describe_), 'focused without any visible sign').to.deep.equal([]);
      // The skip links come first, then the headline, in reading order.
      expect(stops[0].closest('[part="skip-links"]'), 'the first stop is a skip link').to.exist;
    });

    it(`operates every control from the keyboard, at ${width} px`, async () => {
      await setViewport({ width: Math.max(width + 40, 800), height: 900 });
      const { dashboard } = await renderDashboard(width);
      const events: string[] = [];
      for (const type of ['milestone-select', 'log-filter-change', 'kpi-csv-download']) {
        dashboard.shadowRoot!.addEventListener(type, (event) => {
          events.push(type);
          // A download would leave the test page; the event is what the person triggered.
          if (type === 'kpi-csv-download') event.preventDefault();
        });
      }
      const unknown: string[] = [];
      const operated = new Set<string>();
      const count = tabStopsIn(dashboard).length;
      for (let i = 0; i < count; i++) {
        // Looked up again each time: operating a control may draw its neighbours anew.
        const control = tabStopsIn(dashboard)[i];
        (control as HTMLElement).focus();
        const href = control.getAttribute('href');
        const role = control.getAttribute('role');
        const before = events.length;
        operated.add(href ? href.replace(/\d+$/, '').replace(/^#.*/, '#') : control.localName);
        if (href?.startsWith('#')) {
          await press('Enter');
          expect(deepActive()?.id, `${describe_(control)} moves focus to its section`).to.equal(
            href.slice(1),
          );
        } else if (href && control.closest('[part="links"]')) {
          // A page of the host system (the data's links): leaving the page is the person's
          // choice; the link is reachable and named by its label.
          operated.add('link');
          expect((control.textContent ?? '').trim(), describe_(control)).not.to.equal('');
        } else if (href?.startsWith('tel:')) {
          // Dialling would leave the page; the link is reachable and names a number.
          expect(href).to.match(/^tel:\d+$/);
        } else if (control.matches('button[aria-pressed]')) {
          const pressed = control.getAttribute('aria-pressed');
          await press('Enter');
          await settle(dashboard);
          expect(control.getAttribute('aria-pressed'), describe_(control)).not.to.equal(pressed);
          (control as HTMLElement).focus();
          await press('Space');
          await settle(dashboard);
          expect(control.getAttribute('aria-pressed'), 'and back').to.equal(pressed);
        } else if (control.matches('[part="download"]')) {
          await press('Enter');
          expect(events.slice(before), describe_(control)).to.deep.equal(['kpi-csv-download']);
        } else if (control.matches('input[type="checkbox"]')) {
          const checked = (control as HTMLInputElement).checked;
          await press('Space');
          await settle(dashboard);
          expect((control as HTMLInputElement).checked, describe_(control)).to.equal(!checked);
          expect(events.slice(before)).to.deep.equal(['log-filter-change']);
          await press('Space');
          await settle(dashboard);
        } else if (control.hasAttribute('data-nav')) {
          // A mark of the timeline: arrows move between marks, Enter chooses a step.
          if (role === 'button') {
            await press('Enter');
            expect(events.slice(before), describe_(control)).to.deep.equal(['milestone-select']);
          }
          await press('ArrowRight');
          await settle(dashboard);
          const next = deepActive();
          expect(next?.hasAttribute('data-nav'), 'arrows stay on the marks').to.be.true;
          assert.isTrue(next !== control, 'ArrowRight moves to the next mark');
          await press('ArrowLeft');
          await settle(dashboard);
        } else if (role === 'region' || role === 'group') {
          // A scrolling region or a table's wrapper: focusable so that arrows scroll it.
          expect(
            control.getAttribute('aria-labelledby') ?? control.getAttribute('aria-label'),
            `${describe_(control)} has a name`,
          ).to.be.a('string');
        } else {
          unknown.push(describe_(control));
        }
      }
      expect(unknown, 'controls this walk does not know how to operate').to.deep.equal([]);
      // The walk did meet the controls of every element (a walk over nothing proves nothing).
      // (The seed's phone, 6484, is an internal extension and no longer a link.)
      expect([...operated]).to.include.members(['#', 'link', 'button', 'input']);
      expect(events).to.include.members(['log-filter-change', 'kpi-csv-download']);
      if (width > 480) expect(events).to.include('milestone-select');
      // The elements' own reactions: nothing else fired.
      expect(deepQuery(dashboard, '[part="error"]')).to.have.length(0);
    });
  }
});

import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Makes a scrolling region (a `role="region"` wrapper around a wide table) a Tab stop only while
 * its content (`content`) is wider than it, so that keyboard users can scroll it, and thirty tables on a
 * desktop are not thirty stops that do nothing. Regions are found by `selector` after each
 * update (the words, and so the widths, may have changed) and measured again whenever a region
 * or its content is resized (a phone turned, a window narrowed).
 */
export class ScrollRegionsController implements ReactiveController {
  #host: ReactiveElement;
  #selector: string;
  #content: string;
  #observer?: ResizeObserver;
  readonly #observed = new Set<Element>();

  /** `region` finds the regions in the host's shadow root, `content` what scrolls in each. */
  constructor(host: ReactiveElement, { region, content }: { region: string; content: string }) {
    this.#host = host;
    this.#selector = region;
    this.#content = content;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.#watch();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed.clear();
  }

  hostUpdated(): void {
    this.#watch();
  }

  #watch(): void {
    // Removed before this update ran: an observer started now would never be disconnected
    // (hostConnected watches again when the element comes back).
    if (!this.#host.isConnected) return;
    const selector = this.#selector;
    this.#observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const region = entry.target.closest<HTMLElement>(selector);
        if (region) markScrollable(region);
      }
    });
    // Regions come and go with what is shown. Only new ones are observed: observing again would
    // have the observer measure every region once more after each render.
    const regions = [...this.#host.renderRoot.querySelectorAll<HTMLElement>(selector)];
    const targets = new Set<Element>(regions);
    for (const region of regions) {
      const content = region.querySelector(this.#content);
      if (content) targets.add(content);
    }
    for (const target of this.#observed) {
      if (targets.has(target)) continue;
      this.#observer.unobserve(target);
      this.#observed.delete(target);
    }
    for (const target of targets) {
      if (this.#observed.has(target)) continue;
      this.#observer.observe(target);
      this.#observed.add(target);
    }
    regions.forEach(markScrollable);
  }
}

function markScrollable(region: HTMLElement): void {
  const scrolls = region.scrollWidth > region.clientWidth;
  if (scrolls) region.setAttribute('tabindex', '0');
  else region.removeAttribute('tabindex');
}

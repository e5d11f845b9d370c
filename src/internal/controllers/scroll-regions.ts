import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Makes a scrolling region (a `role="region"` wrapper around a wide table) a Tab stop only while
 * its content (`content`) is wider than it, so that keyboard users can scroll it, and thirty tables on a
 * desktop are not thirty stops that do nothing. Regions are found by `selector` after each
 * update (the words, and so the widths, may have changed) and measured again whenever a region
 * or its content is resized (a phone turned, a window narrowed).
 */
export class ScrollRegionsController implements ReactiveController {
  private _host: ReactiveElement;
  private _selector: string;
  private _content: string;
  private _observer?: ResizeObserver;
  private readonly _observed = new Set<Element>();

  /** `region` finds the regions in the host's shadow root, `content` what scrolls in each. */
  constructor(host: ReactiveElement, { region, content }: { region: string; content: string }) {
    this._host = host;
    this._selector = region;
    this._content = content;
    host.addController(this);
  }

  hostConnected(): void {
    if (this._host.hasUpdated) this._watch();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed.clear();
  }

  hostUpdated(): void {
    this._watch();
  }

  private _watch(): void {
    // Removed before this update ran: an observer started now would never be disconnected
    // (hostConnected watches again when the element comes back).
    if (!this._host.isConnected) return;
    const selector = this._selector;
    this._observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const region = entry.target.closest<HTMLElement>(selector);
        if (region) markScrollable(region);
      }
    });
    // Regions come and go with what is shown. Only new ones are observed: observing again would
    // have the observer measure every region once more after each render.
    const regions = [...this._host.renderRoot.querySelectorAll<HTMLElement>(selector)];
    const targets = new Set<Element>(regions);
    for (const region of regions) {
      const content = region.querySelector(this._content);
      if (content) targets.add(content);
    }
    for (const target of this._observed) {
      if (targets.has(target)) continue;
      this._observer.unobserve(target);
      this._observed.delete(target);
    }
    for (const target of targets) {
      if (this._observed.has(target)) continue;
      this._observer.observe(target);
      this._observed.add(target);
    }
    regions.forEach(markScrollable);
  }
}

function markScrollable(region: HTMLElement): void {
  const scrolls = region.scrollWidth > region.clientWidth;
  if (scrolls) region.setAttribute('tabindex', '0');
  else region.removeAttribute('tabindex');
}

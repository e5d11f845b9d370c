import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/** How long changes are gathered before the last one is said (a burst is said once). */
export const ANNOUNCE_DELAY_MS = 500;

/**
 * Says what changed to assistive technology, politely and once: the host renders `region()` (a
 * visually hidden `role="status"` live region, in the DOM from the first render, as live regions
 * must be), and calls `follow(summary)` after each update with a sentence that sums up what it
 * shows. The first summary is the page being read, not a change, and is not said; a later
 * different one is, after `ANNOUNCE_DELAY_MS`, only the newest of a burst (a date typed digit by
 * digit, a language switched twice). A summary in parts (the order, the count, the statuses) says
 * only the parts that differ from those said last. `say(text)` is for a reply to what a person
 * just did (a step pinned): said at once, and apart from the summaries `follow` compares. The
 * text is set as text, never as HTML.
 */
export class AnnounceController implements ReactiveController {
  /** The parts last said, or taken as read. */
  private _last?: readonly string[];
  private _pending?: readonly string[];
  private _timer?: ReturnType<typeof setTimeout>;

  private _host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this._host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    // Not said, so not taken as said: the same summary after a return is still news.
    this._pending = undefined;
  }

  /** The live region, once per host render. */
  region(): TemplateResult {
    return html`<p part="announcer" class="sr-only" role="status"></p>`;
  }

  /** Says `text` now: the reply to a person's own action, not a change to sum up. */
  say(text: string): void {
    const region = this._host.renderRoot.querySelector('[part="announcer"]');
    if (region) region.textContent = text;
  }

  /** Takes the host's current summary; says what differs from what was said before. */
  follow(summary: string | readonly string[] | undefined): void {
    if (summary === undefined) return;
    const parts = typeof summary === 'string' ? [summary] : summary;
    const same = (a?: readonly string[]) => !!a && a.join('\n') === parts.join('\n');
    if (same(this._pending ?? this._last)) return;
    if (!this._last) {
      this._last = parts;
      return;
    }
    this._pending = parts;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      this._timer = undefined;
      const now = this._pending!;
      const before = this._last!;
      this._pending = undefined;
      this._last = now;
      const text = now.filter((part, i) => part !== before[i]).join(' ');
      if (text) this.say(text);
    }, ANNOUNCE_DELAY_MS);
  }
}

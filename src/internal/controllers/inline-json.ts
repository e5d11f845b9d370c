import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The text of the element's own `<script type="application/json">` child, kept up to date:
 * inline JSON may be written after the element is upgraded (by a framework, a template), so a
 * MutationObserver watches the children while the host is connected. A change requests an update
 * with the name `inlineText`, so that `willUpdate` can tell it apart from other changes.
 */
export class InlineJsonController implements ReactiveController {
  /** The script's text; null when there is no such script, undefined before the first look. */
  text?: string | null;
  #host: ReactiveElement;
  #observer?: MutationObserver;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#read());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    const text = script ? (script.textContent ?? '') : null;
    if (text === this.text) return;
    const old = this.text;
    this.text = text;
    this.#host.requestUpdate('inlineText', old);
  }
}

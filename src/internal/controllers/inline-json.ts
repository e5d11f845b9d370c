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
  private _host: ReactiveElement;
  private _observer?: MutationObserver;

  constructor(host: ReactiveElement) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this._observer ??= new MutationObserver(() => this._read());
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true });
    this._read();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  private _read(): void {
    const script = this._host.querySelector(':scope > script[type="application/json"]');
    const text = script ? (script.textContent ?? '') : null;
    if (text === this.text) return;
    const old = this.text;
    this.text = text;
    this._host.requestUpdate('inlineText', old);
  }
}

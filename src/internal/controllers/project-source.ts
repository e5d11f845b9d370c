import type { ReactiveController, ReactiveElement } from 'lit';

/** A problem met before the data could be parsed: the `src` request or the JSON text. */
export type LoadProblem =
  | { kind: 'http'; status: number; url: string }
  | { kind: 'network'; url: string }
  | { kind: 'json'; where: 'src' | 'script'; detail: string };

export type LoadState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'problem'; problem: LoadProblem }
  | { kind: 'value'; value: unknown };

/** The three ways to give an element its document, in the order they win. */
export interface SourceInput {
  /** A value given as a property. */
  value: unknown;
  /** A URL to fetch JSON from. */
  src: string | undefined;
  fetchOptions: RequestInit | undefined;
  /** The inline `<script type="application/json">` text (null: none). */
  inlineText: string | null | undefined;
}

/**
 * Loads one JSON document from a property, a `src` URL or inline JSON (elements.md, "Input"), as
 * a `LoadState`. A newer `src` aborts the older request, and only the newest may render; a
 * request dropped on disconnect starts again when the host comes back. The host calls `choose()`
 * from `willUpdate` when one of the inputs changed and renders `state`.
 *
 * Not `@lit/task`: a property or inline value must be in force in the same update that set it
 * (a Task resolves a microtask later, one more render and a flash of "Loading…"), and the Task's
 * run-on-every-argument-change would refetch when only the property changed.
 */
export class ProjectSourceController implements ReactiveController {
  state: LoadState = { kind: 'empty' };
  private _host: ReactiveElement;
  private _abort?: AbortController;
  private _lastSrc?: string;
  private _input?: SourceInput;

  constructor(host: ReactiveElement) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this._host.hasUpdated && this._input?.src && this._lastSrc === undefined) {
      this._host.requestUpdate('src');
    }
  }

  hostDisconnected(): void {
    // A request that can no longer be shown is dropped; reconnecting starts it again.
    if (!this._abort) return;
    this._cancel();
    if (this.state.kind === 'loading') this.state = { kind: 'empty' };
    this._lastSrc = undefined;
  }

  /** Decides which input is in force, starting a fetch when `src` changed. */
  choose(input: SourceInput): LoadState {
    this._input = input;
    this.state = this._choose(input);
    return this.state;
  }

  private _choose({ value, src, fetchOptions, inlineText }: SourceInput): LoadState {
    if (value !== undefined && value !== null) {
      this._forgetSrc();
      return { kind: 'value', value };
    }
    if (src) {
      if (src === this._lastSrc) return this.state;
      this._lastSrc = src;
      void this._fetch(src, fetchOptions);
      return { kind: 'loading' };
    }
    this._forgetSrc();
    if (inlineText === null || inlineText === undefined) return { kind: 'empty' };
    try {
      return { kind: 'value', value: JSON.parse(inlineText) };
    } catch (error) {
      return { kind: 'problem', problem: { kind: 'json', where: 'script', detail: String(error) } };
    }
  }

  private _forgetSrc(): void {
    this._cancel();
    this._lastSrc = undefined;
  }

  private _cancel(): void {
    this._abort?.abort();
    this._abort = undefined;
  }

  private async _fetch(url: string, fetchOptions: RequestInit | undefined): Promise<void> {
    this._cancel();
    const controller = new AbortController();
    this._abort = controller;
    let next: LoadState;
    try {
      const response = await fetch(url, { ...fetchOptions, signal: controller.signal });
      if (!response.ok) {
        next = { kind: 'problem', problem: { kind: 'http', status: response.status, url } };
      } else {
        const text = await response.text();
        try {
          next = { kind: 'value', value: JSON.parse(text) };
        } catch (error) {
          next = {
            kind: 'problem',
            problem: { kind: 'json', where: 'src', detail: String(error) },
          };
        }
      }
    } catch {
      next = { kind: 'problem', problem: { kind: 'network', url } };
    }
    // Only the newest request may render: an aborted or superseded one leaves no trace.
    if (controller.signal.aborted || this._abort !== controller) return;
    this._abort = undefined;
    this.state = next;
    this._host.requestUpdate('loadState');
  }
}

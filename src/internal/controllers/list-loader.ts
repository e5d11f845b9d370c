import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadProblem } from './project-source.js';

/**
 * Loading a list of documents for an element, shared so that other elements can adopt it: the
 * three inputs of elements.md (a property, `src`, inline JSON), a newer `src` aborting the older
 * request, and NDJSON read as a stream. Each document is handed to `read(value, index)` in
 * slices of a few milliseconds, so that a large input never blocks the page: the host renders
 * between slices and shows how far it got.
 */

/** Something that stops the whole input from being used (not one bad document). */
/** The same problems as a single project's load (project-source.ts). */
export type ListLoadProblem = LoadProblem;

/** A line of an NDJSON stream that is not JSON: it counts as a document that cannot be read. */
export interface BadLine {
  line: number;
  detail: string;
}

export type ListLoadPhase = 'empty' | 'loading' | 'done' | 'problem';

export interface ListInput {
  /** Documents given as a property: wins over `src` and inline JSON. */
  value?: unknown;
  src?: string | undefined;
  fetchOptions?: RequestInit | undefined;
  /** The text of a child `<script type="application/json">`, or null without one. */
  inlineText?: string | null | undefined;
}

export interface ListLoaderOptions<T> {
  /** Reads one document; `bad` is set for an NDJSON line that is not JSON. */
  read(value: unknown, index: number, bad?: BadLine): T;
  /** Milliseconds of reading per slice. Default 8. */
  sliceMs?: number;
}

const NDJSON_TYPE = /(nd|x-)?json-?(seq|lines)|ndjson|jsonl/i;
const NDJSON_URL = /\.(ndjson|jsonl)(?:[?#]|$)/i;

/** A new task at once (a message to ourselves: no timer clamping). */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** After the next frame has been painted: what was read so far reaches the screen. */
const nextFrame = (): Promise<void> =>
  typeof requestAnimationFrame === 'function'
    ? new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    : nextTask();

/** How long reading may go on without letting the page paint (ms). */
const PAINT_EVERY_MS = 100;

export class ListLoader<T> implements ReactiveController {
  /** What is in force: nothing, reading, all read, or a problem with the whole input. */
  phase: ListLoadPhase = 'empty';
  problem?: ListLoadProblem;
  /** What `read` returned for each document read so far, in input order. */
  results: T[] = [];
  /** Documents received so far (read or waiting to be read). */
  received = 0;
  /** Documents in all, when known (an array; a stream once it has ended). */
  total: number | null = null;
  /** Bytes of a `src` received so far, and in all when the server said so. */
  bytes = 0;
  totalBytes: number | null = null;
  /** Grows on every change of `results`: a cheap key for what the host derives from them. */
  version = 0;

  private _host: ReactiveControllerHost;
  private _options: ListLoaderOptions<T>;
  private _documents: unknown[] = [];
  private _bad = new Map<number, BadLine>();
  private _streaming = false;
  private _input: ListInput = {};
  private _src?: string;
  private _abort?: AbortController;
  private _generation = 0;
  private _pumping = false;
  private _notAList?: { value: unknown };

  constructor(host: ReactiveControllerHost, options: ListLoaderOptions<T>) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // A request dropped on disconnect starts again when the element comes back.
    if (this._src !== undefined && this.phase === 'loading' && !this._abort) {
      const src = this._src;
      this._src = undefined;
      this._choose(src);
    }
  }

  hostDisconnected(): void {
    if (this._abort) {
      this._abort.abort();
      this._abort = undefined;
    }
  }

  /** Gives the loader its inputs; call it from `willUpdate` when any of them changed. */
  setInput(input: ListInput): void {
    this._input = input;
    const { value, src } = input;
    if (value !== undefined && value !== null) {
      this._cancel();
      this._src = undefined;
      this._startWith(value);
      return;
    }
    if (src) {
      if (src !== this._src) this._choose(src);
      return;
    }
    this._cancel();
    this._src = undefined;
    const text = input.inlineText;
    if (text === null || text === undefined) {
      this._reset('empty');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this._fail({ kind: 'json', where: 'script', detail: String(error) });
      return;
    }
    this._startWith(parsed);
  }

  /** Reads every document again (the as-of date or the language changed): no new request. */
  reread(): void {
    if (this.phase === 'empty' || this.phase === 'problem') return;
    this.results = [];
    this.version++;
    if (!this._streaming) this.phase = 'loading';
    this._pump(this._generation);
  }

  /** The input when it was a single value rather than a list (the host reports it). */
  get notAList(): { value: unknown } | undefined {
    return this._notAList;
  }

  private _reset(phase: ListLoadPhase): void {
    this._generation++;
    this.phase = phase;
    this.problem = undefined;
    this.results = [];
    this._documents = [];
    this._bad = new Map();
    this._notAList = undefined;
    this.received = 0;
    this.total = null;
    this.bytes = 0;
    this.totalBytes = null;
    this._streaming = false;
    this.version++;
  }

  private _fail(problem: ListLoadProblem): void {
    this._reset('problem');
    this.problem = problem;
    this._host.requestUpdate();
  }

  /** An array is read document by document; anything else is kept as `notAList`. */
  private _startWith(value: unknown): void {
    this._reset('loading');
    const documents = Array.isArray(value) ? value : [];
    if (!Array.isArray(value)) this._notAList = { value };
    this._documents = documents;
    this.received = documents.length;
    this.total = documents.length;
    this._pump(this._generation);
  }

  private _cancel(): void {
    this._abort?.abort();
    this._abort = undefined;
  }

  private _choose(src: string): void {
    this._cancel();
    this._src = src;
    this._reset('loading');
    this._host.requestUpdate();
    void this._fetch(src, this._generation);
  }

  private async _fetch(url: string, generation: number): Promise<void> {
    const controller = new AbortController();
    this._abort = controller;
    const current = () => generation === this._generation && !controller.signal.aborted;
    try {
      const response = await fetch(url, { ...this._input.fetchOptions, signal: controller.signal });
      if (!current()) return;
      if (!response.ok) {
        this._fail({ kind: 'http', status: response.status, url });
        return;
      }
      const length = Number(response.headers.get('content-length'));
      this.totalBytes = Number.isFinite(length) && length > 0 ? length : null;
      const ndjson =
        NDJSON_TYPE.test(response.headers.get('content-type') ?? '') || NDJSON_URL.test(url);
      if (ndjson) await this._stream(response, generation, current);
      else await this._whole(response, current);
    } catch {
      if (current()) this._fail({ kind: 'network', url });
      return;
    }
    if (this._abort === controller) this._abort = undefined;
  }

  /** A JSON array: the bytes counted as they come, then read in slices. */
  private async _whole(response: Response, current: () => boolean): Promise<void> {
    const decoder = new TextDecoder();
    let text = '';
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (!current()) return void reader.cancel().catch(() => {});
        if (done) break;
        this.bytes += value.byteLength;
        text += decoder.decode(value, { stream: true });
        this._host.requestUpdate();
      }
      text += decoder.decode();
    } else {
      text = await response.text();
    }
    if (!current()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this._fail({ kind: 'json', where: 'src', detail: String(error) });
      return;
    }
    const bytes = this.bytes;
    const totalBytes = this.totalBytes;
    this._startWith(parsed);
    this.bytes = bytes;
    this.totalBytes = totalBytes;
  }

  /** NDJSON: one document per line, read while the rest is still arriving. */
  private async _stream(
    response: Response,
    generation: number,
    current: () => boolean,
  ): Promise<void> {
    this._streaming = true;
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let pending = '';
    let line = 0;
    const take = (text: string) => {
      line++;
      if (text.trim() === '') return;
      try {
        this._documents.push(JSON.parse(text));
      } catch (error) {
        this._bad.set(this._documents.length, { line, detail: String(error) });
        this._documents.push(undefined);
      }
    };
    for (;;) {
      const { done, value } = await reader.read();
      if (!current()) return void reader.cancel().catch(() => {});
      if (done) break;
      this.bytes += value.byteLength;
      pending += decoder.decode(value, { stream: true });
      let start = 0;
      for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
        take(pending.slice(start, end));
        start = end + 1;
      }
      pending = pending.slice(start);
      this.received = this._documents.length;
      this._pump(generation);
    }
    pending += decoder.decode();
    if (pending.trim() !== '') take(pending);
    this.received = this._documents.length;
    this.total = this._documents.length;
    this._streaming = false;
    this._pump(generation);
  }

  /** Reads what has arrived, a slice at a time, rendering between slices. */
  private _pump(generation: number): void {
    if (this._pumping) return;
    this._pumping = true;
    void (async () => {
      const sliceMs = this._options.sliceMs ?? 8;
      // The first slice is painted at once; later ones at least every PAINT_EVERY_MS.
      let painted = -Infinity;
      try {
        while (generation === this._generation) {
          const start = performance.now();
          const from = this.results.length;
          while (
            this.results.length < this._documents.length &&
            performance.now() - start < sliceMs
          ) {
            const index = this.results.length;
            this.results.push(
              this._options.read(this._documents[index], index, this._bad.get(index)),
            );
          }
          if (this.results.length !== from) this.version++;
          const finished = !this._streaming && this.results.length >= this._documents.length;
          if (finished) this.phase = 'done';
          // The host renders (and derives its views) only when a frame is to be painted, not
          // after every slice: deriving costs time in proportion to what was read so far.
          const paint = finished || performance.now() - painted >= PAINT_EVERY_MS;
          if (paint) this._host.requestUpdate();
          if (finished || this.results.length >= this._documents.length) {
            this._host.requestUpdate();
            break;
          }
          if (paint) {
            await nextFrame();
            painted = performance.now();
          } else {
            await nextTask();
          }
        }
      } finally {
        this._pumping = false;
      }
      // More may have arrived, or a new generation may have started, while this pump ran.
      if (generation !== this._generation || this.results.length < this._documents.length) {
        if (this.phase === 'loading') this._pump(this._generation);
      }
    })();
  }

  /** Resolves once every document is read (for tests and the bench). */
  async settled(): Promise<void> {
    while (this.phase === 'loading') await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

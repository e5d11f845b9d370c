import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Loading a list of documents for an element, shared so that other elements can adopt it: the
 * three inputs of elements.md (a property, `src`, inline JSON), a newer `src` aborting the older
 * request, and NDJSON read as a stream. Each document is handed to `read(value, index)` in
 * slices of a few milliseconds, so that a large input never blocks the page: the host renders
 * between slices and shows how far it got.
 */

/** Something that stops the whole input from being used (not one bad document). */
export type ListLoadProblem =
  | { kind: 'http'; status: number; url: string }
  | { kind: 'network'; url: string }
  | { kind: 'json'; where: 'src' | 'script'; detail: string };

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

  #host: ReactiveControllerHost;
  #options: ListLoaderOptions<T>;
  #documents: unknown[] = [];
  #bad = new Map<number, BadLine>();
  #streaming = false;
  #input: ListInput = {};
  #src?: string;
  #abort?: AbortController;
  #generation = 0;
  #pumping = false;
  #notAList?: { value: unknown };

  constructor(host: ReactiveControllerHost, options: ListLoaderOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // A request dropped on disconnect starts again when the element comes back.
    if (this.#src !== undefined && this.phase === 'loading' && !this.#abort) {
      const src = this.#src;
      this.#src = undefined;
      this.#choose(src);
    }
  }

  hostDisconnected(): void {
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
    }
  }

  /** Gives the loader its inputs; call it from `willUpdate` when any of them changed. */
  setInput(input: ListInput): void {
    this.#input = input;
    const { value, src } = input;
    if (value !== undefined && value !== null) {
      this.#cancel();
      this.#src = undefined;
      this.#startWith(value);
      return;
    }
    if (src) {
      if (src !== this.#src) this.#choose(src);
      return;
    }
    this.#cancel();
    this.#src = undefined;
    const text = input.inlineText;
    if (text === null || text === undefined) {
      this.#reset('empty');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.#fail({ kind: 'json', where: 'script', detail: String(error) });
      return;
    }
    this.#startWith(parsed);
  }

  /** Reads every document again (the as-of date or the language changed): no new request. */
  reread(): void {
    if (this.phase === 'empty' || this.phase === 'problem') return;
    this.results = [];
    this.version++;
    if (!this.#streaming) this.phase = 'loading';
    this.#pump(this.#generation);
  }

  /** The input when it was a single value rather than a list (the host reports it). */
  get notAList(): { value: unknown } | undefined {
    return this.#notAList;
  }

  #reset(phase: ListLoadPhase): void {
    this.#generation++;
    this.phase = phase;
    this.problem = undefined;
    this.results = [];
    this.#documents = [];
    this.#bad = new Map();
    this.#notAList = undefined;
    this.received = 0;
    this.total = null;
    this.bytes = 0;
    this.totalBytes = null;
    this.#streaming = false;
    this.version++;
  }

  #fail(problem: ListLoadProblem): void {
    this.#reset('problem');
    this.problem = problem;
    this.#host.requestUpdate();
  }

  /** An array is read document by document; anything else is kept as `notAList`. */
  #startWith(value: unknown): void {
    this.#reset('loading');
    const documents = Array.isArray(value) ? value : [];
    if (!Array.isArray(value)) this.#notAList = { value };
    this.#documents = documents;
    this.received = documents.length;
    this.total = documents.length;
    this.#pump(this.#generation);
  }

  #cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #choose(src: string): void {
    this.#cancel();
    this.#src = src;
    this.#reset('loading');
    this.#host.requestUpdate();
    void this.#fetch(src, this.#generation);
  }

  async #fetch(url: string, generation: number): Promise<void> {
    const controller = new AbortController();
    this.#abort = controller;
    const current = () => generation === this.#generation && !controller.signal.aborted;
    try {
      const response = await fetch(url, { ...this.#input.fetchOptions, signal: controller.signal });
      if (!current()) return;
      if (!response.ok) {
        this.#fail({ kind: 'http', status: response.status, url });
        return;
      }
      const length = Number(response.headers.get('content-length'));
      this.totalBytes = Number.isFinite(length) && length > 0 ? length : null;
      const ndjson =
        NDJSON_TYPE.test(response.headers.get('content-type') ?? '') || NDJSON_URL.test(url);
      if (ndjson) await this.#stream(response, generation, current);
      else await this.#whole(response, current);
    } catch {
      if (current()) this.#fail({ kind: 'network', url });
      return;
    }
    if (this.#abort === controller) this.#abort = undefined;
  }

  /** A JSON array: the bytes counted as they come, then read in slices. */
  async #whole(response: Response, current: () => boolean): Promise<void> {
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
        this.#host.requestUpdate();
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
      this.#fail({ kind: 'json', where: 'src', detail: String(error) });
      return;
    }
    const bytes = this.bytes;
    const totalBytes = this.totalBytes;
    this.#startWith(parsed);
    this.bytes = bytes;
    this.totalBytes = totalBytes;
  }

  /** NDJSON: one document per line, read while the rest is still arriving. */
  async #stream(response: Response, generation: number, current: () => boolean): Promise<void> {
    this.#streaming = true;
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let pending = '';
    let line = 0;
    const take = (text: string) => {
      line++;
      if (text.trim() === '') return;
      try {
        this.#documents.push(JSON.parse(text));
      } catch (error) {
        this.#bad.set(this.#documents.length, { line, detail: String(error) });
        this.#documents.push(undefined);
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
      this.received = this.#documents.length;
      this.#pump(generation);
    }
    pending += decoder.decode();
    if (pending.trim() !== '') take(pending);
    this.received = this.#documents.length;
    this.total = this.#documents.length;
    this.#streaming = false;
    this.#pump(generation);
  }

  /** Reads what has arrived, a slice at a time, rendering between slices. */
  #pump(generation: number): void {
    if (this.#pumping) return;
    this.#pumping = true;
    void (async () => {
      const sliceMs = this.#options.sliceMs ?? 8;
      // The first slice is painted at once; later ones at least every PAINT_EVERY_MS.
      let painted = -Infinity;
      try {
        while (generation === this.#generation) {
          const start = performance.now();
          const from = this.results.length;
          while (
            this.results.length < this.#documents.length &&
            performance.now() - start < sliceMs
          ) {
            const index = this.results.length;
            this.results.push(
              this.#options.read(this.#documents[index], index, this.#bad.get(index)),
            );
          }
          if (this.results.length !== from) this.version++;
          const finished = !this.#streaming && this.results.length >= this.#documents.length;
          if (finished) this.phase = 'done';
          // The host renders (and derives its views) only when a frame is to be painted, not
          // after every slice: deriving costs time in proportion to what was read so far.
          const paint = finished || performance.now() - painted >= PAINT_EVERY_MS;
          if (paint) this.#host.requestUpdate();
          if (finished || this.results.length >= this.#documents.length) {
            this.#host.requestUpdate();
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
        this.#pumping = false;
      }
      // More may have arrived, or a new generation may have started, while this pump ran.
      if (generation !== this.#generation || this.results.length < this.#documents.length) {
        if (this.phase === 'loading') this.#pump(this.#generation);
      }
    })();
  }

  /** Resolves once every document is read (for tests and the bench). */
  async settled(): Promise<void> {
    while (this.phase === 'loading') await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

import {
  adoptStyles,
  html,
  LitElement,
  nothing,
  type CSSResultOrNative,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { str, type MsgFn } from '@lit/localize';
import {
  dataQuality,
  describeIssue,
  describeWarning,
  parseDate,
  parseProject,
  todayIso,
  type Issue,
  type Locale,
  type Project,
  type Warning,
  DEFAULT_STALE_AFTER_DAYS,
} from '../domain/index.js';
import { emit } from './events.js';
import { followPageScheme } from './controllers/page-scheme.js';
// Re-exported so that the declaration file of every element module carries the
// GlobalEventHandlersEventMap entries of events.ts (typed addEventListener('project-load', …)).
export type { ProjectLoadEvent, ProjectErrorEvent } from './events.js';
import { formatterFor, type Calendar, type Formatter, type Numerals } from './format.js';
import { onDocumentLangChange, resolveLocale, translator } from './localize.js';
import { baseStyles } from './styles.js';

/** What an element renders with: everything resolved from its attributes and the page. */
export interface RenderContext {
  locale: Locale;
  msg: MsgFn;
  fmt: Formatter;
  asOf: string;
  calendar: Calendar;
  numerals: Numerals;
  staleAfterDays: number;
  /** The project's own language, set as `lang` on text that comes from the data. */
  dataLang: string | undefined;
  /**
   * The `lang` for one string from the data: the project's `language`, else `th` when the text
   * has Thai script (so that an English page voices Thai data in Thai), else none.
   */
  langOf(text: string | undefined): string | undefined;
}

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;

/** A problem met before the data could be parsed: the `src` request or the JSON text. */
type LoadProblem =
  | { kind: 'http'; status: number; url: string }
  | { kind: 'network'; url: string }
  | { kind: 'json'; where: 'src' | 'script'; detail: string };

type LoadState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'problem'; problem: LoadProblem }
  | { kind: 'value'; value: unknown };

/**
 * Projects that a `<project-dashboard>` has parsed already: its children use them as they are,
 * so a project is parsed once per render of the page.
 */
export const parsedProjects = new WeakSet<object>();

/** Style sheets constructed in another window, per window and element class (see adoptedCallback). */
const sheetsByWindow = new WeakMap<Window, Map<unknown, CSSStyleSheet[]>>();

function sheetsFor(view: Window & typeof globalThis, styles: CSSResultOrNative[], key: unknown) {
  let byClass = sheetsByWindow.get(view);
  if (!byClass) sheetsByWindow.set(view, (byClass = new Map()));
  let sheets = byClass.get(key);
  if (!sheets) {
    sheets = styles.map((style) => {
      const text =
        style instanceof CSSStyleSheet
          ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n')
          : style.cssText;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    byClass.set(key, sheets);
  }
  return sheets;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The behaviour every element shares (elements.md): the three ways to give it a project, the
 * attributes, the events, and the loading, error, empty and warning views. An element extends it
 * and implements `renderProject()`.
 */
export abstract class ProjectElement extends LitElement {
  static override styles = [baseStyles];

  // Reactive properties are declared here rather than with @property/@state: the decorators
  // cost a helper call per property and their modules in the bundle (about 0.4 KB gzip in all).
  // Each element declares its own the same way; Lit merges them with these.
  // Other internals are ES #private: the minifier may shorten those names, never a TypeScript
  // `private` one (about 0.4 KB gzip). Reactive state stays `private` (Lit reaches it by name),
  // and so does a member named in a string, such as requestUpdate('inlineText').
  static override properties: PropertyDeclarations = {
    project: { attribute: false },
    src: { reflect: true },
    fetchOptions: { attribute: false },
    asOf: { attribute: 'as-of', reflect: true },
    calendar: { reflect: true },
    numerals: { reflect: true },
    staleAfterDays: { attribute: 'stale-after-days', type: Number, reflect: true },
    nested: { attribute: false },
    loadState: { state: true },
    result: { state: true },
  };

  /** The project JSON as a plain object. Wins over `src` and inline JSON. */
  project?: unknown;

  /** A URL to fetch the project JSON from. A newer `src` aborts the older request. */
  src?: string;

  /** Passed to `fetch` for `src` (credentials, headers), for intranet endpoints behind a login. */
  fetchOptions?: RequestInit;

  /** The date that "planned", "stale" and "behind" are measured at (`YYYY-MM-DD`); today if unset. */
  asOf?: string;

  /** `buddhist` or `gregory`; Buddhist era in Thai and Gregorian in English by default. */
  calendar?: Calendar;

  /** `latn` (default) or `thai` digits. */
  numerals?: Numerals;

  /** The reporting rhythm: an update older than this many days (default 45) is stale. */
  staleAfterDays?: number;

  /**
   * Set by `<project-dashboard>` on the elements inside it: they leave the warnings to it.
   * @internal
   */
  nested = false;

  private loadState: LoadState = { kind: 'empty' };

  /** The outcome of the last parse, or undefined while there is nothing to parse. */
  protected result?:
    { ok: true; project: Project; warnings: Warning[] } | { ok: false; issues: Issue[] };

  protected ctx!: RenderContext;

  #abortController?: AbortController;
  #inlineObserver?: MutationObserver;
  #stopLangListening?: () => void;
  private inlineText?: string | null;
  #announce = false;

  static override get observedAttributes(): string[] {
    // `lang` is the native attribute; watching it lets a change re-render in the new language.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopLangListening = onDocumentLangChange(() => this.requestUpdate());
    // Inline JSON may be written after the element is upgraded (a framework, a template).
    this.#inlineObserver = new MutationObserver(() => this.#readInlineJson());
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.#readInlineJson();
    // A request dropped on disconnect starts again when the element comes back.
    if (this.hasUpdated && this.src && this.#lastSrc === undefined) this.requestUpdate('src');
  }

  /**
   * Moved to another document (`adoptNode`, an iframe, a print window): a document applies only
   * style sheets constructed by its own window, and Chromium drops the others from the shadow
   * root, so without this the element would lose every style, also once back home. Adopts the
   * sheets again, built for the new document's window (once per window and class).
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!root || !view) return;
    const elementClass = this.constructor as typeof ProjectElement;
    const styles = elementClass.elementStyles;
    if (view === window) adoptStyles(root, styles);
    else root.adoptedStyleSheets = sheetsFor(view, styles, elementClass);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLangListening?.();
    this.#inlineObserver?.disconnect();
    // A request that can no longer be shown is dropped; reconnecting starts it again.
    if (this.#abortController) {
      this.#abortController.abort();
      this.#abortController = undefined;
      if (this.loadState.kind === 'loading') this.loadState = { kind: 'empty' };
      this.#lastSrc = undefined;
    }
  }

  #readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script ? (script.textContent ?? '') : null;
    if (text !== this.inlineText) {
      this.inlineText = text;
      this.requestUpdate('inlineText');
    }
  }

  #lastSrc?: string;
  #lastInput: LoadState | undefined;

  /** Decides which input is in force and starts a fetch when `src` changed. */
  #chooseInput(): LoadState {
    if (this.project !== undefined && this.project !== null) {
      this.#abortFetch();
      this.#lastSrc = undefined;
      return { kind: 'value', value: this.project };
    }
    if (this.src) {
      if (this.src !== this.#lastSrc) {
        this.#lastSrc = this.src;
        void this.#fetchProject(this.src);
        return { kind: 'loading' };
      }
      return this.loadState;
    }
    this.#abortFetch();
    this.#lastSrc = undefined;
    if (this.inlineText !== null && this.inlineText !== undefined) {
      try {
        return { kind: 'value', value: JSON.parse(this.inlineText) };
      } catch (error) {
        return {
          kind: 'problem',
          problem: { kind: 'json', where: 'script', detail: String(error) },
        };
      }
    }
    return { kind: 'empty' };
  }

  #abortFetch(): void {
    this.#abortController?.abort();
    this.#abortController = undefined;
  }

  async #fetchProject(url: string): Promise<void> {
    this.#abortFetch();
    const controller = new AbortController();
    this.#abortController = controller;
    let next: LoadState;
    try {
      const response = await fetch(url, { ...this.fetchOptions, signal: controller.signal });
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
    if (controller.signal.aborted || this.#abortController !== controller) return;
    this.#abortController = undefined;
    this.loadState = next;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inputChanged =
      changed.has('project') || changed.has('src') || changed.has('inlineText') || !this.#lastInput;
    if (inputChanged) this.loadState = this.#chooseInput();

    const locale = resolveLocale(this);
    const calendar: Calendar =
      this.calendar === 'gregory' || this.calendar === 'buddhist'
        ? this.calendar
        : locale === 'th'
          ? 'buddhist'
          : 'gregory';
    const numerals: Numerals = this.numerals === 'thai' ? 'thai' : 'latn';
    // An impossible date ("2020-02-31") counts as unset, like a missing one.
    const asOf = (this.asOf && ISO_DATE.test(this.asOf) && parseDate(this.asOf)) || todayIso();
    const staleAfterDays =
      typeof this.staleAfterDays === 'number' && Number.isFinite(this.staleAfterDays)
        ? this.staleAfterDays
        : DEFAULT_STALE_AFTER_DAYS;

    const reparse =
      this.loadState !== this.#lastInput ||
      asOf !== this.ctx?.asOf ||
      staleAfterDays !== this.ctx?.staleAfterDays ||
      changed.has('nested');
    if (reparse) {
      const newInput = this.loadState !== this.#lastInput;
      this.#lastInput = this.loadState;
      this.result = this.#parse(asOf, staleAfterDays);
      // A valid project is announced again when its warnings may have changed (a new as-of);
      // a failure only when the input is new: the same bad input is not a new error.
      this.#announce =
        this.result?.ok === true ||
        (newInput && this.loadState.kind !== 'loading' && this.loadState.kind !== 'empty');
    }

    const dataLang =
      this.result?.ok && typeof this.result.project.language === 'string'
        ? this.result.project.language
        : undefined;
    this.ctx = {
      locale,
      msg: translator(locale),
      fmt: formatterFor({ locale, calendar, numerals }),
      asOf,
      calendar,
      numerals,
      staleAfterDays,
      dataLang,
      langOf: (text) => dataLang ?? (text && THAI_SCRIPT.test(text) ? 'th' : undefined),
    };
  }

  #parse(asOf: string, staleAfterDays: number): typeof this.result {
    if (this.loadState.kind !== 'value') return undefined;
    const value = this.loadState.value;
    if (typeof value === 'object' && value !== null && parsedProjects.has(value)) {
      const project = value as Project;
      return {
        ok: true,
        project,
        warnings: this.nested ? [] : dataQuality(project, asOf, { staleAfterDays }),
      };
    }
    const parsed = parseProject(value, { asOf, staleAfterDays });
    return parsed.ok && this.nested ? { ...parsed, warnings: [] } : parsed;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadState.kind === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (!this.#announce) return;
    this.#announce = false;
    const { locale } = this.ctx;
    if (this.result?.ok) {
      const warnings = this.result.warnings.map((w) => ({
        ...w,
        message: describeWarning(w, locale, this.ctx),
      }));
      emit(this, 'project-load', { project: this.result.project, warnings });
    } else {
      emit(this, 'project-error', { issues: this.currentIssues() });
    }
  }

  /** The problems on screen, each with its message in the element's language. */
  protected currentIssues(): Issue[] {
    const { msg, locale } = this.ctx;
    if (this.loadState.kind === 'problem') {
      const problem = this.loadState.problem;
      const message =
        problem.kind === 'http'
          ? msg(str`The server answered ${problem.status} for ${problem.url}.`)
          : problem.kind === 'network'
            ? msg(str`The project could not be fetched from ${problem.url}.`)
            : msg(str`The text is not valid JSON (${problem.detail}).`);
      const path = problem.kind === 'json' && problem.where === 'script' ? 'script' : 'src';
      return [{ path, code: `load-${problem.kind}`, message, params: {} }];
    }
    if (this.result && !this.result.ok) {
      return this.result.issues.map((issue) => ({
        ...issue,
        message: describeIssue(issue, locale, this.ctx),
      }));
    }
    return [];
  }

  protected override render(): unknown {
    const { msg } = this.ctx;
    switch (this.loadState.kind) {
      case 'loading':
        return html`<p part="loading" role="status">${msg('Loading the project…')}</p>`;
      case 'empty':
        return html`<p part="empty">${msg('No project data has been given yet.')}</p>`;
      case 'problem':
        return this.renderError();
    }
    if (!this.result?.ok) return this.renderError();
    return [this.renderWarnings(this.result.warnings), this.renderProject(this.result.project)];
  }

  protected renderError(): TemplateResult {
    const { msg } = this.ctx;
    return html`<div part="error" role="alert">
      <p>${msg('This project cannot be shown:')}</p>
      <ul>
        ${this.currentIssues().map(
          // In Thai the sentence names the field in words and comes first; the path follows it
          // for whoever fixes the data. In English the path leads, as developers read it.
          (issue) =>
            this.ctx.locale === 'th'
              ? html`<li>${issue.message} <code>(${issue.path || msg('document')})</code></li>`
              : html`<li><code>${issue.path || msg('document')}</code>: ${issue.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  protected renderWarnings(warnings: Warning[]): TemplateResult | typeof nothing {
    if (this.nested || warnings.length === 0) return nothing;
    const { msg, locale } = this.ctx;
    return html`<div part="warnings">
      <p>${msg('Data-quality warnings')}</p>
      <ul>
        ${warnings.map((w) => html`<li>${describeWarning(w, locale, this.ctx)}</li>`)}
      </ul>
    </div>`;
  }

  /** Draws a valid project. `this.ctx` holds the locale, formatter and dates to use. */
  protected abstract renderProject(project: Project): unknown;
}
// A dark page that declares no color-scheme: every element follows it (docs/theming.md).
ProjectElement.addInitializer((el) => followPageScheme(el as ProjectElement));

import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { str } from '@lit/localize';
import {
  dataQuality,
  describeIssue,
  describeWarning,
  parseProject,
  type Issue,
  type Project,
  type Warning,
} from '../domain/index.js';
import { emit } from './events.js';
// Re-exported so that the declaration file of every element module carries the
// GlobalEventHandlersEventMap entries of events.ts (typed addEventListener('project-load', …)).
export type { ProjectLoadEvent, ProjectErrorEvent } from './events.js';
import { DataElement, type Settings } from './data-element.js';
import { AnnounceController } from './controllers/announcer.js';
import { ProjectSourceController, type LoadState } from './controllers/project-source.js';
import { loadProblemIssue } from './load-problem.js';
import { baseStyles } from './styles.js';

/** What an element renders with: everything resolved from its attributes and the page. */
export interface RenderContext extends Settings {
  /** The project's own language, set as `lang` on text that comes from the data. */
  dataLang: string | undefined;
  /**
   * The `lang` for one string from the data: the project's `language`, else `th` when the text
   * has Thai script (so that an English page voices Thai data in Thai), else none.
   */
  langOf(text: string | undefined): string | undefined;
}

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;

/**
 * Projects that a `<project-dashboard>` has parsed already: its children use them as they are,
 * so a project is parsed once per render of the page.
 */
export const parsedProjects = new WeakSet<object>();

/**
 * The behaviour every one-project element shares (elements.md): the three ways to give it a
 * project (through ProjectSourceController), the events, and the loading, error, empty and
 * warning views. An element extends it and implements `renderProject()`.
 */
export abstract class ProjectElement extends DataElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    project: { attribute: false },
    nested: { attribute: false },
    result: { state: true },
  };

  /** The project JSON as a plain object. Wins over `src` and inline JSON. */
  project?: unknown;

  /**
   * Set by `<project-dashboard>` on the elements inside it: they leave the warnings to it.
   * @internal
   */
  nested = false;

  /** The outcome of the last parse, or undefined while there is nothing to parse. */
  protected result?:
    { ok: true; project: Project; warnings: Warning[] } | { ok: false; issues: Issue[] };

  protected ctx!: RenderContext;

  private _source = new ProjectSourceController(this);
  private _announcer = new AnnounceController(this);
  /**
   * Whether the element keeps its live region inside a dashboard, for its replies to what a
   * person does in it (`say`); the dashboard alone says what changed on the page.
   */
  protected repliesWhenNested = false;
  private _lastInput: LoadState | undefined;
  private _announce = false;

  private get loadState(): LoadState {
    return this._source.state;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inputChanged =
      changed.has('project') || changed.has('src') || changed.has('inlineText') || !this._lastInput;
    if (inputChanged) {
      this._source.choose({
        value: this.project,
        src: this.src,
        fetchOptions: this.fetchOptions,
        inlineText: this.inline.text,
      });
    }
    const settings = this.settings;
    const reparse =
      this.loadState !== this._lastInput ||
      settings.asOf !== this.ctx?.asOf ||
      settings.staleAfterDays !== this.ctx?.staleAfterDays ||
      changed.has('nested');
    if (reparse) {
      const newInput = this.loadState !== this._lastInput;
      this._lastInput = this.loadState;
      this.result = this._parse(settings.asOf, settings.staleAfterDays);
      // A valid project is announced again when its warnings may have changed (a new as-of);
      // a failure only when the input is new: the same bad input is not a new error.
      this._announce =
        this.result?.ok === true ||
        (newInput && this.loadState.kind !== 'loading' && this.loadState.kind !== 'empty');
    }

    const dataLang =
      this.result?.ok && typeof this.result.project.language === 'string'
        ? this.result.project.language
        : undefined;
    this.ctx = {
      ...settings,
      dataLang,
      langOf: (text) => dataLang ?? (text && THAI_SCRIPT.test(text) ? 'th' : undefined),
    };
  }

  private _parse(asOf: string, staleAfterDays: number): typeof this.result {
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
    // Inside a dashboard, the dashboard says what changed, once for the page.
    if (this.result?.ok && !this.nested) this._announcer.follow(this.announcement());
    if (!this._announce) return;
    this._announce = false;
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
      return [
        loadProblemIssue(this.loadState.problem, msg, (url) =>
          msg(str`The project could not be fetched from ${url}.`),
        ),
      ];
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
    return [
      this.renderWarnings(this.result.warnings),
      this.renderProject(this.result.project),
      this.nested && !this.repliesWhenNested ? nothing : this._announcer.region(),
    ];
  }

  /**
   * What the element shows, summed up in one sentence in its language ("Progress updated: 65
   * percent, planned 53 percent, on track"): said to assistive technology when it changes (a new
   * project, as-of date or language), not when the page is first read. None by default.
   */
  protected announcement(): string | undefined {
    return undefined;
  }

  /** Says `text` to assistive technology at once: the reply to what a person just did. */
  protected say(text: string): void {
    this._announcer.say(text);
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

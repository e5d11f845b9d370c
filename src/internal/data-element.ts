import {
  adoptStyles,
  LitElement,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import type { MsgFn } from '@lit/localize';
import { DEFAULT_STALE_AFTER_DAYS, ISO_DATE, type Locale } from '../vocabulary/terms.js';
import { parseDate, todayIso } from '../vocabulary/dates.js';
import { InlineJsonController } from './controllers/inline-json.js';
import { followPageScheme } from './controllers/page-scheme.js';
import { formatterFor, type Calendar, type Formatter, type Numerals } from '../domain/format.js';
import { onDocumentLangChange, resolveLocale, translator } from './localize.js';

/** The display settings an element renders with, resolved from its attributes and the page. */
export interface Settings {
  locale: Locale;
  msg: MsgFn;
  fmt: Formatter;
  asOf: string;
  calendar: Calendar;
  numerals: Numerals;
  staleAfterDays: number;
}

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

/**
 * What every element of the library shares before it knows what it shows: the `src`,
 * `fetchOptions`, `as-of`, `calendar`, `numerals`, `stale-after-days` and `lang` attributes, the
 * inline JSON child, and the move to another document. `settings` is resolved before each
 * render. `ProjectElement` (one project) and `ProjectPortfolio` (many) extend it.
 */
export abstract class DataElement extends LitElement {
  // Reactive properties are declared here rather than with @property/@state: the decorators
  // cost a helper call per property and their modules in the bundle (about 0.4 KB gzip in all).
  // Each element declares its own the same way; Lit merges them with these.
  // Internals across the library are TypeScript `private` with a leading underscore rather than
  // ES `#private`: for the support floor (Safari 15, whose class fields have engine bugs) the
  // build lowers every `#` field to a WeakMap with helper calls.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    fetchOptions: { attribute: false },
    asOf: { attribute: 'as-of', reflect: true },
    calendar: { reflect: true },
    numerals: { reflect: true },
    staleAfterDays: { attribute: 'stale-after-days', type: Number, reflect: true },
  };

  /** A URL to fetch the data from. A newer `src` aborts the older request. */
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

  /** The inline JSON child's text. */
  protected inline = new InlineJsonController(this);

  protected settings!: Settings;

  private _stopLangListening?: () => void;

  constructor() {
    super();
    // A dark page that declares no color-scheme: every element follows it (docs/theming.md).
    followPageScheme(this);
  }

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
    this._stopLangListening = onDocumentLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopLangListening?.();
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
    const elementClass = this.constructor as typeof DataElement;
    const styles = elementClass.elementStyles;
    if (view === window) adoptStyles(root, styles);
    else root.adoptedStyleSheets = sheetsFor(view, styles, elementClass);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = resolveLocale(this);
    const calendar: Calendar =
      this.calendar === 'gregory' || this.calendar === 'buddhist'
        ? this.calendar
        : locale === 'th'
          ? 'buddhist'
          : 'gregory';
    const numerals: Numerals = this.numerals === 'thai' ? 'thai' : 'latn';
    this.settings = {
      locale,
      msg: translator(locale),
      fmt: formatterFor({ locale, calendar, numerals }),
      calendar,
      numerals,
      // An impossible date ("2020-02-31") counts as unset, like a missing one.
      asOf: (this.asOf && ISO_DATE.test(this.asOf) && parseDate(this.asOf)) || todayIso(),
      staleAfterDays:
        typeof this.staleAfterDays === 'number' && Number.isFinite(this.staleAfterDays)
          ? this.staleAfterDays
          : DEFAULT_STALE_AFTER_DAYS,
    };
  }
}

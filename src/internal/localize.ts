import { isServer } from 'lit';
import type { MsgFn, TemplateMap } from '@lit/localize';
// An internal module of @lit/localize (its per-template lookup): the dependency is pinned exactly.
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { templates as thTemplates } from '../i18n/locales/th.js';
import type { Locale } from '../domain/index.js';

export type { Locale };

/**
 * The translations each element can look its strings up in. English is the source language, so
 * it needs no table. We never call `configureLocalization`: a host page may use @lit/localize
 * itself, and it can be configured only once per page, while each of our elements resolves its
 * own language.
 */
const tables: Record<Locale, TemplateMap | undefined> = { en: undefined, th: thTemplates };

const translators = new Map<Locale, MsgFn>();

/**
 * How many characters of lit-localize's message id key the Thai table: its "s" and the first
 * five hex digits of the 64-bit hash. The full ids cost about 0.9 KB gzip more in the bundle,
 * being random. `npm run i18n` cuts the table's keys to this length and fails if two of them
 * become equal (then raise it here).
 */
export const MSG_KEY_LENGTH = 6;

const keys = new Map<unknown, string>();

/** The table key of a msg() template, as `npm run i18n` writes it (cached per template). */
function keyOf(template: Parameters<MsgFn>[0]): string {
  const strings = typeof template === 'string' ? template : template.strings;
  let key = keys.get(strings);
  if (key === undefined) {
    const html = typeof template !== 'string' && !('strTag' in template);
    key = generateMsgId(strings, html).slice(0, MSG_KEY_LENGTH);
    keys.set(strings, key);
  }
  return key;
}

/**
 * A `msg` function bound to one locale. It has the same type as @lit/localize's `msg`, so
 * `lit-localize extract` finds every call made through it.
 */
export function translator(locale: Locale): MsgFn {
  let fn = translators.get(locale);
  if (!fn) {
    const table = tables[locale];
    fn = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
      runtimeMsg(table, template, table && { id: options?.id ?? keyOf(template) })) as MsgFn;
    translators.set(locale, fn);
  }
  return fn;
}

/** `th`, `th-TH`, `TH` → `th`; anything else we do not translate → `en`. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  return tag && /^th(-|$)/i.test(tag.trim()) ? 'th' : 'en';
}

/**
 * The language in force for `element`: its own `lang`, else the nearest `lang` up the tree,
 * crossing shadow roots to their hosts, then `<html lang>`, then English. On the server, the
 * element's own `lang` only.
 */
export function resolveLocale(element: Element): Locale {
  // Server rendering (@lit-labs/ssr) has no tree to walk: the element's own `lang` or English.
  if (isServer) return normalizeLocale(element.getAttribute('lang'));
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const lang = withLang.getAttribute('lang');
      if (lang) return normalizeLocale(lang);
      // lang="" means "unknown": keep looking further up.
      node = withLang.parentElement ?? hostOf(withLang);
      continue;
    }
    node = hostOf(node);
  }
  return normalizeLocale(document.documentElement.lang);
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Elements that want to hear when `<html lang>` changes. */
const langListeners = new Set<() => void>();
let htmlLangObserver: MutationObserver | undefined;

export function onDocumentLangChange(listener: () => void): () => void {
  if (!htmlLangObserver) {
    htmlLangObserver = new MutationObserver(() => langListeners.forEach((fn) => fn()));
    htmlLangObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }
  langListeners.add(listener);
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      htmlLangObserver?.disconnect();
      htmlLangObserver = undefined;
    }
  };
}

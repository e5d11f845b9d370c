import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import type { UnreadableEntry } from '../../domain/index.js';
import type { Settings } from '../../internal/data-element.js';
import { langOf } from './grid-view.js';

/** How many unreadable documents are listed before "Show all". */
const UNREADABLE_SHOWN = 20;

export interface UnreadableOptions {
  /** "Show all" was pressed: list every entry. */
  showAll: boolean;
  onShowAll(): void;
}

/**
 * The documents that could not be read, each with its position, its code when it has one and its
 * first problems: counted and listed, never hidden (portfolio.md, "Input").
 */
export function renderUnreadable(
  unreadable: readonly UnreadableEntry[],
  { showAll, onShowAll }: UnreadableOptions,
  { msg, fmt: f }: Pick<Settings, 'msg' | 'fmt'>,
): TemplateResult | typeof nothing {
  if (unreadable.length === 0) return nothing;
  const shown = showAll ? unreadable : unreadable.slice(0, UNREADABLE_SHOWN);
  return html`<section part="unreadable" aria-label=${msg('Could not be read')}>
    <p class="heading">${msg(str`Could not be read (${f.number(unreadable.length, 0)})`)}</p>
    <ul>
      ${shown.map(
        (entry) =>
          html`<li>
            ${
              entry.id === undefined
                ? msg(str`Entry ${f.number(entry.index + 1, 0)}`)
                : html`${msg(str`Entry ${f.number(entry.index + 1, 0)}`)} (<span
                      lang=${ifDefined(langOf(entry.id))}
                      >${entry.id}</span
                    >)`
            }:
            ${entry.issues.map(
              (issue, i) =>
                html`${i > 0 ? '; ' : ''}<code>${issue.path || msg('document')}</code>:
                ${issue.message}`,
            )}${
              entry.issueCount > entry.issues.length
                ? msg(str`; and ${f.number(entry.issueCount - entry.issues.length, 0)} more`)
                : ''
            }
          </li>`,
      )}
    </ul>
    ${
      shown.length < unreadable.length
        ? html`<button type="button" @click=${onShowAll}>
            ${msg(str`Show all ${f.number(unreadable.length, 0)}`)}
          </button>`
        : nothing
    }
  </section>`;
}

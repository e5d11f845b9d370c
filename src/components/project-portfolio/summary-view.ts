import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import {
  PORTFOLIO_STATUSES,
  type PortfolioStatus,
  type PortfolioSummary,
} from '../../domain/index.js';
import type { ListLoader } from '../../internal/controllers/list-loader.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import type { Settings } from '../../internal/data-element.js';
import { scheduleStatusLabel, statusGlyph } from '../../internal/status.js';

type Words = Pick<Settings, 'msg' | 'fmt'>;

/** How far the reading got: what the loader knows of the whole (documents, or else bytes). */
export function renderProgress(
  loader: Pick<ListLoader<unknown>, 'results' | 'total' | 'bytes' | 'totalBytes'>,
  { msg, fmt: f }: Words,
): TemplateResult {
  const read = loader.results.length;
  const size = (bytes: number) => byteSize(bytes, { msg, fmt: f });
  let text: string;
  let value: number | undefined;
  let max: number | undefined;
  if (loader.total !== null && loader.total > 0) {
    text = msg(str`Read ${f.number(read, 0)} of ${f.number(loader.total, 0)} projects`);
    value = read;
    max = loader.total;
  } else if (loader.totalBytes) {
    text = msg(
      str`Read ${f.number(read, 0)} projects (${size(loader.bytes)} of ${size(loader.totalBytes)})`,
    );
    value = Math.min(loader.bytes, loader.totalBytes);
    max = loader.totalBytes;
  } else {
    text =
      read > 0 || loader.bytes > 0
        ? msg(str`Read ${f.number(read, 0)} projects (${size(loader.bytes)})`)
        : msg('Loading the projects…');
  }
  return html`<div part="progress">
    <progress
      aria-label=${msg('Projects read')}
      value=${ifDefined(value)}
      max=${ifDefined(max)}
    ></progress>
    <span>${text}</span>
  </div>`;
}

function byteSize(bytes: number, { msg, fmt: f }: Words): string {
  if (bytes >= 1e6) return `${f.number(bytes / 1e6, 1)} MB`;
  if (bytes >= 1e3) return `${f.number(bytes / 1e3, 0)} kB`;
  return msg(str`${f.number(bytes, 0)} bytes`);
}

export interface SummaryOptions {
  /** The one status the table is filtered to, or '' for none. */
  chosen: PortfolioStatus | '';
  /** A legend button was pressed: filter to its status, or stop filtering by it. */
  onToggle(status: PortfolioStatus): void;
}

/** The counts: a sentence, the stacked bar of the statuses, and a legend that filters. */
export function renderSummary(
  summary: PortfolioSummary,
  { chosen, onToggle }: SummaryOptions,
  { msg, fmt: f }: Words,
): TemplateResult | typeof nothing {
  if (summary.total === 0) return nothing;
  const n = (x: number) => f.number(x, 0);
  const shown = PORTFOLIO_STATUSES.filter((s) => summary.byStatus[s] > 0);
  return html`<section part="summary" aria-label=${msg('Summary')}>
    <p part="summary-text">${summarySentence(summary, { msg, fmt: f })}</p>
    ${
      summary.projects > 0
        ? html`<div part="bar" aria-hidden="true">
            ${shown.map(
              (s) =>
                html`<span
                  class="segment"
                  data-status=${s}
                  ${cssomStyle({ 'flex-grow': String(summary.byStatus[s]) })}
                  ><span class="glyph">${statusGlyph[s]}</span> ${n(summary.byStatus[s])}</span
                >`,
            )}
          </div>`
        : nothing
    }
    <ul part="legend" aria-label=${msg('Filter by status')}>
      ${PORTFOLIO_STATUSES.map(
        (s) =>
          html`<li>
            <button
              type="button"
              class="status"
              data-status=${s}
              aria-pressed=${chosen === s ? 'true' : 'false'}
              @click=${() => onToggle(s)}
            >
              <span class="glyph" aria-hidden="true">${statusGlyph[s]}</span>
              <span>${scheduleStatusLabel(msg, s)}</span>
              <span class="count">${n(summary.byStatus[s])}</span>
            </button>
          </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The counts in words: "38 of 412 projects are behind schedule; 17 have not reported yet.", and
 * how many documents could not be read.
 */
export function summarySentence(summary: PortfolioSummary, { msg, fmt: f }: Words): string {
  const n = (x: number) => f.number(x, 0);
  const sentences: string[] = [];
  if (summary.projects > 0) {
    sentences.push(
      msg(
        str`${n(summary.byStatus.behind)} of ${n(summary.projects)} projects are behind schedule; ${n(summary.byStatus['no-report'])} have not reported yet.`,
      ),
    );
  }
  if (summary.unreadable > 0) {
    sentences.push(msg(str`${n(summary.unreadable)} could not be read.`));
  }
  return sentences.join(' ');
}

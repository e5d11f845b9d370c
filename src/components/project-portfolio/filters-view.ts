import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  PORTFOLIO_STATUSES,
  type PortfolioFilter,
  type PortfolioStatus,
  type PortfolioSummary,
} from '../../domain/index.js';
import type { Settings } from '../../internal/data-element.js';
import { scheduleStatusLabel } from '../../internal/status.js';
import { langOf } from './grid-view.js';

/** The one status a filter keeps, or '' when it keeps all or several. */
export function chosenStatus(filter: PortfolioFilter | undefined): PortfolioStatus | '' {
  const status = filter?.status;
  if (typeof status === 'string') return status;
  return status && status.length === 1 ? status[0] : '';
}

/** `filter` with `change` applied; a field set to nothing (undefined, '', false) is dropped. */
export function changedFilter(
  filter: PortfolioFilter | undefined,
  change: Partial<PortfolioFilter>,
): PortfolioFilter {
  const next: PortfolioFilter = { ...filter, ...change };
  for (const key of Object.keys(next) as (keyof PortfolioFilter)[]) {
    const value = next[key];
    if (value === undefined || value === '' || value === false) delete next[key];
  }
  return next;
}

export interface FiltersOptions {
  filter: PortfolioFilter;
  /** A control changed: apply this change to the filter. */
  onChange(change: Partial<PortfolioFilter>): void;
  onClear(): void;
}

/** The filter controls: status, organisation, fiscal year, text, and only rows with warnings. */
export function renderFilters(
  summary: PortfolioSummary,
  { filter, onChange, onClear }: FiltersOptions,
  { msg, fmt: f }: Pick<Settings, 'msg' | 'fmt'>,
): TemplateResult {
  const chosen = chosenStatus(filter);
  const active = Object.keys(filter).length > 0;
  const valueOf = (e: Event) => (e.target as HTMLSelectElement | HTMLInputElement).value;
  return html`<div part="filters" role="search" aria-label=${msg('Filters')}>
    <label
      >${msg('Status')}
      <select
        @change=${(e: Event) =>
          onChange({ status: (valueOf(e) || undefined) as PortfolioStatus | undefined })}
      >
        <option value="" ?selected=${chosen === ''}>${msg('All')}</option>
        ${PORTFOLIO_STATUSES.map(
          (s) =>
            html`<option value=${s} ?selected=${chosen === s}>
              ${scheduleStatusLabel(msg, s)}
            </option>`,
        )}
      </select></label
    >
    <label
      >${msg('Organisation')}
      <select @change=${(e: Event) => onChange({ organization: valueOf(e) || undefined })}>
        <option value="" ?selected=${!filter.organization}>${msg('All')}</option>
        ${summary.organizations.map(
          (o) =>
            html`<option
              value=${o}
              lang=${ifDefined(langOf(o))}
              ?selected=${filter.organization === o}
            >
              ${o}
            </option>`,
        )}
      </select></label
    >
    <label
      >${msg('Fiscal year')}
      <select
        @change=${(e: Event) => {
          const value = valueOf(e);
          onChange({ fiscalYear: value ? Number(value) : undefined });
        }}
      >
        <option value="" ?selected=${filter.fiscalYear === undefined}>${msg('All')}</option>
        ${summary.fiscalYears.map(
          (y) =>
            html`<option value=${String(y)} ?selected=${filter.fiscalYear === y}>
              ${f.yearNumber(y)}
            </option>`,
        )}
      </select></label
    >
    <label
      >${msg('Code or title')}
      <input
        type="search"
        .value=${filter.text ?? ''}
        @input=${(e: Event) => onChange({ text: valueOf(e) || undefined })}
    /></label>
    <label class="check"
      ><input
        type="checkbox"
        .checked=${filter.withWarnings === true}
        @change=${(e: Event) =>
          onChange({ withWarnings: (e.target as HTMLInputElement).checked || undefined })}
      />
      ${msg('Only with warnings')}</label
    >
    ${
      active
        ? html`<button type="button" @click=${onClear}>${msg('Clear the filters')}</button>`
        : nothing
    }
  </div>`;
}

import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import type { Project } from '../../domain/index.js';
import { ScrollRegionsController } from '../../internal/controllers/scroll-regions.js';
import { ProjectElement } from '../../internal/project-element.js';
import { kpiStatusLabel, statusGlyph } from '../../internal/status.js';
import { kpiCsv } from './kpi-csv.js';
import {
  barCell,
  keepTogether,
  missingCell,
  quarterLabel,
  scoreCell,
  valueCell,
} from './kpi-cells.js';
import { saveCsvFile } from './csv.js';
import {
  buildKpiView,
  levelLabel,
  quarterResultLabel,
  ratioText,
  type KpiView,
  type QuarterRow,
} from './kpi-view.js';
import { styles } from './kpi-quarter-table.styles.js';

export interface KpiCsvDownloadDetail {
  /** The CSV text (without the byte-order mark, which the downloaded file starts with). */
  csv: string;
  /** The name the file is saved under. */
  filename: string;
}

export type KpiCsvDownloadEvent = CustomEvent<KpiCsvDownloadDetail>;

/**
 * Each indicator (KPI) of a project, its target, and how every quarter went: one table per KPI
 * with its target and achievement in words, a row per fiscal quarter with the result, the score
 * (only where the data has one), each assessment criterion and a small bar of the result against
 * the target. Nothing from after `as-of` is shown: a quarter that has not begun by then is "not
 * yet due" (no result, bar, score or assessment), and the achievement is judged at `as-of`, on the
 * latest begun quarter's result until every reported quarter has begun (the summary says which
 * figure was judged). The quarter that contains `as-of` is marked as the current one. A button
 * downloads what is shown as CSV.
 *
 * @summary Each indicator, its target, and how every quarter went.
 * @fires {ProjectLoadDetail} project-load - A valid project was rendered. Detail: `{project, warnings}`.
 * @fires {ProjectErrorDetail} project-error - The input could not be used. Detail: `{issues}`.
 * @fires {KpiCsvDownloadDetail} kpi-csv-download - A person asked for the CSV. Detail: `{csv, filename}`. Cancelable:
 *   `preventDefault()` stops the browser download (to send the file elsewhere, for instance).
 * @csspart error - The list of problems shown instead of the tables.
 * @csspart warnings - The data-quality warnings.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when no project was given.
 * @csspart none - The sentence shown when there is no KPI to show.
 * @csspart toolbar - The bar holding the download button.
 * @csspart download - The "Download CSV" button.
 * @csspart kpi - The block of one KPI.
 * @csspart region - The region around one KPI, its table scrolling inside it; focusable while the
 *   table is wider than the region, so that a keyboard can scroll it.
 * @csspart table - One KPI's table.
 * @csspart caption - The block above the table: code, name and the summary. (The table's own
 *   `<caption>` holds code and name only, for assistive technology; the summary describes the
 *   table through `aria-describedby`.)
 * @csspart summary - Target, achieved (or the quarter result judged at `as-of`), achievement, type
 *   and level.
 * @csspart status - The achievement in words with its shape.
 * @csspart row - A quarter's row (`row current` for the current quarter, `row not-yet-due` for a
 *   quarter that has not begun by `as-of`).
 * @csspart current - The current quarter's row (also part `row`), which holds the "Current quarter" mark.
 * @csspart not-yet-due - A quarter's row that has not begun by `as-of` (also part `row`), saying so.
 * @csspart bar - The inline bar of a quarter's result (decorative: the figures are in the cells).
 * @cssprop --kpi-bar-color - The bar's colour. Defaults to the accent colour.
 * @cssprop --kpi-bar-track-color - The track behind the bar.
 * @cssprop --kpi-target-color - The target mark on the bar.
 * @cssprop --kpi-bar-width - The bar's width (default 4.5rem).
 * @cssprop --kpi-current-background - The current quarter's row background.
 * @cssprop --kpi-header-background - The header cells' background.
 */
export class KpiQuarterTable extends ProjectElement {
  static override styles = [...ProjectElement.styles, styles];

  static override properties: PropertyDeclarations = {
    kpi: { reflect: true },
  };

  /** Show only the KPI with this code (`5008-0791`); all KPIs when unset. */
  kpi?: string;

  constructor() {
    super();
    // A region is a Tab stop only while its table is wider than it.
    new ScrollRegionsController(this, { region: '.region', content: 'table' });
  }

  /** The KPIs on screen, as the tables and the CSV show them. */
  private _views(project: Project): KpiView[] {
    const { msg, fmt, asOf } = this.ctx;
    const code = this.kpi?.trim();
    return (project.kpis ?? [])
      .filter((kpi) => !code || kpi.code === code)
      .map((kpi) => buildKpiView(kpi, project, asOf, msg, fmt));
  }

  /** Each indicator shown and its verdict at as-of, after the news. */
  protected override announcement(): string | undefined {
    if (!this.result?.ok) return undefined;
    const { msg } = this.ctx;
    const verdicts = this._views(this.result.project).map(({ kpi, achievement }) =>
      msg(str`Indicator ${kpi.code}: ${kpiStatusLabel(msg, achievement.status)}`),
    );
    return verdicts.length === 0
      ? undefined
      : msg(str`Indicators updated: ${verdicts.join('; ')}.`);
  }

  protected override renderProject(project: Project): unknown {
    const { msg } = this.ctx;
    if (!project.kpis?.length) {
      return html`<p part="none">${msg('This project has no indicators (KPIs).')}</p>`;
    }
    const views = this._views(project);
    if (views.length === 0) {
      const code = this.kpi?.trim() ?? '';
      return html`<p part="none">
        ${msg(str`This project has no indicator with the code ${code}.`)}
      </p>`;
    }
    return html`
      <div part="toolbar" class="toolbar">
        <button part="download" type="button" @click=${this._onDownloadClick}>
          ${msg('Download CSV')}
        </button>
      </div>
      ${views.map((view, index) => this._renderKpi(view, index))}
    `;
  }

  private _renderKpi(view: KpiView, index: number): TemplateResult {
    const { msg, langOf } = this.ctx;
    const { kpi } = view;
    const titleId = `kpi-${index}-title`;
    const summaryId = `kpi-${index}-summary`;
    const grouped = view.criteria.length > 0;
    const leading = view.hasScore ? 3 : 2;
    const columns = leading + view.criteria.length;
    const rowspan = grouped ? 2 : 1;
    const title = html`<span class="code">${msg(str`Indicator ${kpi.code}`)}</span>
      <span class="name" lang=${ifDefined(langOf(kpi.name))}>${kpi.name}</span>`;
    // The table's name is its caption, code and name only; the summary describes it. Shown in
    // reading order (title, summary, table), the visible title is a copy of the caption, hidden
    // from assistive technology, which reads the caption itself.
    return html`<div part="kpi" class="kpi">
      <div part="region" class="region" role="region" aria-labelledby=${titleId}>
        <div part="caption" class="caption">
          <p class="title" aria-hidden="true">${title}</p>
          ${this._renderSummary(view, summaryId)}
        </div>
        <table part="table" aria-describedby=${summaryId}>
          <caption class="sr-only">
            <span id=${titleId}>${title}</span>
          </caption>
          ${
            grouped
              ? html`<colgroup span=${leading}></colgroup>
                  <colgroup span=${view.criteria.length}></colgroup>`
              : nothing
          }
          <thead>
            <tr>
              <th scope="col" rowspan=${rowspan}>${msg('Quarter')}</th>
              <th scope="col" class="num" rowspan=${rowspan}>${msg('Result')}</th>
              ${
                view.hasScore
                  ? html`<th scope="col" class="num" rowspan=${rowspan}>${msg('Score')}</th>`
                  : nothing
              }
              ${
                grouped
                  ? html`<th scope="colgroup" colspan=${view.criteria.length}>
                      ${msg('Assessment by criterion')}
                    </th>`
                  : nothing
              }
            </tr>
            ${
              grouped
                ? html`<tr>
                    ${view.criteria.map(
                      (criterion) =>
                        html`<th scope="col" class="num" lang=${ifDefined(langOf(criterion))}>
                          ${criterion}
                        </th>`,
                    )}
                  </tr>`
                : nothing
            }
          </thead>
          <tbody>
            ${
              view.rows.length === 0
                ? html`<tr part="row">
                    <td colspan=${columns} class="note">${msg('No quarterly results yet.')}</td>
                  </tr>`
                : view.rows.map((row, i) => this._renderRow(view, row, i, columns))
            }
          </tbody>
        </table>
      </div>
    </div>`;
  }

  private _renderSummary(view: KpiView, id: string): TemplateResult {
    const { msg, fmt } = this.ctx;
    const { kpi, achievement } = view;
    const ratio = ratioText(msg, fmt, view);
    // The figure judged at as-of: the year's `achieved` once every reported quarter has begun,
    // else the latest begun quarter's result (named as such), else none yet.
    const judgedLabel =
      achievement.quarter === undefined
        ? msg('Achieved')
        : quarterResultLabel(msg, fmt, achievement.quarter);
    const judged =
      achievement.value === null
        ? nothing
        : html`<div>
            <dt>${judgedLabel}</dt>
            <dd>${valueCell(this.ctx, view, achievement.value)}</dd>
          </div>`;
    return html`<dl part="summary" class="summary" id=${id}>
      <div>
        <dt>${msg('Target')}</dt>
        <dd>${valueCell(this.ctx, view, kpi.target)}</dd>
      </div>
      ${
        kpi.direction === 'decrease'
          ? html`<div>
              <dt>${msg('Direction')}</dt>
              <dd><span aria-hidden="true">▼ </span>${msg('Less is better')}</dd>
            </div>`
          : nothing
      }
      ${judged}
      <div>
        <dt>${msg('Achievement')}</dt>
        <dd>
          <span part="status" class="status" data-status=${achievement.status}
            ><span class="glyph" aria-hidden="true">${statusGlyph[achievement.status]}</span
            >${kpiStatusLabel(msg, achievement.status)}</span
          >${
            achievement.quarter !== undefined && achievement.value !== null
              ? html` <span class="basis"
                  >(${msg(str`judged on the ${quarterResultLabel(msg, fmt, achievement.quarter)}`)})</span
                >`
              : nothing
          }${
            ratio
              ? html` <span class="ratio">${keepTogether(ratio.text, ratio.percent)}</span>`
              : nothing
          }
        </dd>
      </div>
      ${
        kpi.type
          ? html`<div>
              <dt>${msg('Type')}</dt>
              <dd lang=${ifDefined(this.ctx.langOf(kpi.type))}>${kpi.type}</dd>
            </div>`
          : nothing
      }
      ${
        kpi.level
          ? html`<div>
              <dt>${msg('Level')}</dt>
              <dd>${levelLabel(msg, kpi.level)}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  private _renderRow(view: KpiView, row: QuarterRow, index: number, columns: number) {
    const { msg } = this.ctx;
    const part = ['row', row.current ? 'current' : '', row.due ? '' : 'not-yet-due']
      .filter(Boolean)
      .join(' ');
    return html`<tr part=${part} class=${part.replace(/^row ?/, '')}>
      <th scope="row">
        <span class="quarter">${quarterLabel(row)}</span>
        ${row.current ? html`<span class="current-mark">${msg('Current quarter')}</span>` : nothing}
      </th>
      ${
        !row.due
          ? // A quarter that has not begun: in words, and nothing from the data.
            html`<td colspan=${columns - 1} class="note">${kpiStatusLabel(msg, 'not-yet-due')}</td>`
          : row.reported
            ? html`<td class="num">
                  <span class="result">
                    <span class="figure"
                      >${row.result === null ? missingCell(this.ctx) : valueCell(this.ctx, view, row.result)}</span
                    >${barCell(view, index)}
                  </span>
                </td>
                ${view.hasScore ? html`<td class="num">${scoreCell(this.ctx, row.score)}</td>` : nothing}
                ${row.assessments.map((score) => html`<td class="num">${scoreCell(this.ctx, score)}</td>`)}`
            : html`<td colspan=${columns - 1} class="note">${msg('No result reported yet.')}</td>`
      }
    </tr>`;
  }

  /**
   * The KPIs on screen as CSV text (RFC 4180, CRLF line ends, no byte-order mark): one line per
   * table row, headers and words in the element's language, figures as plain numbers so a
   * spreadsheet can compute with them (`100`, not "100%" or "ร้อยละ 100", in both languages; the
   * unit has its own column). As on screen, nothing from after `as-of`: "Achieved" is the figure
   * judged then and "Judged on" names the quarter whose result it is (empty for the year's
   * figure); a quarter not begun has no figures and says "not yet due". Empty when no valid
   * project is shown.
   */
  toCsv(): string {
    if (!this.result?.ok || !this.ctx) return '';
    return kpiCsv(this.ctx, this._views(this.result.project));
  }

  /** The name the CSV is saved under: the project id, and the KPI code when one is chosen. */
  get csvFilename(): string {
    const id = this.result?.ok ? this.result.project.id : 'project';
    const code = this.kpi?.trim();
    const name = code ? `${id}-kpi-${code}` : `${id}-kpis`;
    // Keep the name valid on every file system.
    return `${name.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.csv`;
  }

  /** Saves the CSV of what is shown through a temporary download link. */
  downloadCsv(): void {
    this._saveCsv({ askListeners: false });
  }

  private _onDownloadClick(): void {
    this._saveCsv({ askListeners: true });
  }

  /**
   * From the button (`askListeners`), the download happens only if no listener cancels
   * `kpi-csv-download`; `downloadCsv()` is the page's own request and asks no one.
   */
  private _saveCsv({ askListeners }: { askListeners: boolean }): void {
    const csv = this.toCsv();
    if (!csv) return;
    const filename = this.csvFilename;
    const proceed =
      !askListeners ||
      this.dispatchEvent(
        new CustomEvent<KpiCsvDownloadDetail>('kpi-csv-download', {
          detail: { csv, filename },
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    if (!proceed) return;
    saveCsvFile(this.renderRoot, csv, filename);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-csv-download': KpiCsvDownloadEvent;
  }
}

// The table view (the "Show as table" switch): the steps and the log as real tables.
import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../../internal/project-element.js';
import { logTableColumns, stepTableColumns, type Column } from './columns.js';
import type { Model } from './model.js';
import { langOf, noLogNote, noPlanNote } from './view.js';

/** The steps and the log as tables, or a note where one is empty. */
export function renderTables(ctx: RenderContext, model: Model): TemplateResult {
  const { msg } = ctx;
  const { steps, log } = model.data;
  return html`<div class="tables">
    ${
      steps.length === 0
        ? noPlanNote(ctx)
        : table(ctx, {
            id: 'steps-caption',
            caption: msg('Plan steps'),
            rows: steps,
            columns: stepTableColumns(ctx),
            header: 1,
          })
    }
    ${
      log.length === 0
        ? noLogNote(ctx)
        : table(ctx, {
            id: 'log-caption',
            caption: msg('Progress reports'),
            rows: [...log].reverse(),
            columns: logTableColumns(ctx),
            header: 0,
          })
    }
  </div>`;
}

interface TableOptions<T> {
  /** The id of the caption, which names the scrolling wrapper too. */
  id: string;
  caption: string;
  rows: T[];
  columns: Column<T>[];
  /** The column that names each row (its row header). */
  header: number;
}

/** A table with a caption, a heading for each column, and a row for each of `rows`. */
function table<T>(
  ctx: RenderContext,
  { id, caption, rows, columns, header }: TableOptions<T>,
): TemplateResult {
  // A Tab stop only while the table is wider than it (ScrollRegionsController sets `tabindex`).
  return html`<div class="table-wrap" role="group" aria-labelledby=${id}>
    <table part="table">
      <caption id=${id}>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.map(({ head }) => html`<th scope="col">${head}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${columns.map(({ value, fromData }, i) => {
                const text = value(row);
                const lang = fromData ? langOf(ctx, text) : nothing;
                return i === header
                  ? html`<th scope="row" lang=${lang}>${text}</th>`
                  : html`<td lang=${lang}>${text}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

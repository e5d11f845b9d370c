// The details panel beside the chart: the step or report under the pointer, else the one in
// focus, else the pinned step, told in full.
import { html, nothing, type TemplateResult } from 'lit';
import { logDetailLines, stepDetailLines, type Column } from './columns.js';
import { langOf, type TimelineView } from './view.js';

export function renderDetails(view: TimelineView): TemplateResult {
  const { ctx, model } = view;
  const { msg, fmt } = ctx;
  const index = view.hovered ?? (view.focusInside ? view.active : null) ?? view.pinned;
  const item = index === null ? undefined : model.items[index];
  // Said in words, not by a colour: these are the pinned step's details.
  const pin =
    index !== null && index === view.pinned
      ? html`<p class="pin-tag">${msg('Pinned')}</p>`
      : nothing;
  let content: unknown = html`<p>${msg('Click or tap a step or a report to see its details.')}</p>`;
  if (item?.kind === 'step') {
    content = html`${pin}
      <p class="title" lang=${langOf(ctx, item.info.step.name)}>${item.info.step.name}</p>
      ${lines(view, item.info, stepDetailLines(ctx))}`;
  } else if (item) {
    const { entry, problem, number } = item.info;
    content = html`<p class="title">
        <span class="number">(${fmt.number(number, 0)})</span>
        <time datetime=${entry.date}>${fmt.date(entry.date)}</time>
        ${
          problem
            ? html`<span class="flag"
                ><span aria-hidden="true">▲</span> ${msg('Problem reported')}</span
              >`
            : nothing
        }
      </p>
      ${lines(view, item.info, logDetailLines(ctx, entry))}`;
  }
  return html`<div part="details" class=${item ? 'details' : 'details hint'}>${content}</div>`;
}

/** The details of one step or report: a line for each column. */
function lines<T>({ ctx }: TimelineView, row: T, columns: Column<T>[]): TemplateResult {
  return html`<dl>
    ${columns.map(({ head, value, fromData }) => {
      const text = value(row);
      return html`<div>
        <dt>${head}</dt>
        <dd lang=${fromData ? langOf(ctx, text) : nothing}>${text}</dd>
      </div>`;
    })}
  </dl>`;
}

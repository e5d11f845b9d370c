import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import type { RenderContext } from '../../internal/project-element.js';
import { shownChange, type LogRow } from './log-rows.js';

/**
 * A report as a list item. One kept only for paper (`place: 'paper'`) is not part `entry`: on
 * screen it is not there at all.
 */
export function renderLogEntry(
  ctx: RenderContext,
  row: LogRow,
  { place }: { place: 'screen' | 'paper' },
): TemplateResult {
  const { fmt, langOf } = ctx;
  const { entry } = row;
  // The note as written, with no white space around it: its `lang` is worked out first.
  const noteLang = ifDefined(langOf(entry.note));
  return html`<li
    part=${place === 'paper' ? 'printed-entry' : 'entry'}
    class="entry"
    data-key=${row.key}
    tabindex="-1"
  >
    <p class="head">
      <span part="number" class="number">(${fmt.number(row.number, 0)})</span>
      <time datetime=${entry.date}>${fmt.date(entry.date)}</time>
      <span part="percent" class="percent">${fmt.percent(entry.percent)}</span>
      ${renderChange(ctx, row.change)}
    </p>
    ${
      entry.note.trim()
        ? html`<p part="note" class="note" lang=${noteLang}>${entry.note}</p>`
        : nothing
    }
    ${renderCallouts(ctx, row)}
  </li>`;
}

function renderChange(ctx: RenderContext, exact: number | null): TemplateResult {
  const { msg, fmt } = ctx;
  if (exact === null) {
    return html`<span part="change" class="change" data-trend="first"
      >${msg('first report')}</span
    >`;
  }
  // Decided on the figure as printed, not the raw one (−0.04 prints as 0).
  const change = shownChange(exact);
  if (change === 0) {
    return html`<span part="change" class="change" data-trend="same">${msg('no change')}</span>`;
  }
  if (change > 0) {
    // "(+25)": the change in points since the report before, as officers write it.
    return html`<span part="change" class="change" data-trend="up"
      >(${fmt.signedNumber(change)})</span
    >`;
  }
  const points = fmt.number(-change);
  // A decrease is rare and worth a second look: a word and a shape, not only a colour.
  return html`<strong part="change" class="change" data-trend="down"
    ><span class="glyph" aria-hidden="true">▼</span>
    ${change === -1 ? msg(str`down ${points} point`) : msg(str`down ${points} points`)}</strong
  >`;
}

function renderCallouts(ctx: RenderContext, row: LogRow): unknown {
  const { msg, langOf } = ctx;
  const { problems, obstacles } = row.entry;
  const fields = [
    { kind: 'problems', label: msg('Problems'), text: problems, says: row.hasProblems },
    { kind: 'obstacles', label: msg('Obstacles'), text: obstacles, says: row.hasObstacles },
  ];
  const callouts = fields.filter((f) => f.says);
  // "ไม่มี" (none) is data too: it stays readable, quietly, instead of vanishing.
  const quiet = fields.filter((f) => !f.says && typeof f.text === 'string' && f.text.trim());
  return html`${callouts.map(
    (f) =>
      html`<div part="callout ${f.kind}" class="callout" data-kind=${f.kind}>
        <p class="callout-label">
          <span class="glyph" aria-hidden="true">⚠</span><span>${f.label}</span>
        </p>
        <p class="callout-text" lang=${ifDefined(langOf(f.text ?? undefined))}>${f.text}</p>
      </div>`,
  )}
  ${
    quiet.length > 0
      ? html`<p part="quiet" class="quiet">
          ${quiet.map(
            (f) =>
              // The trailing space keeps "ไม่มี" and the next label apart when read aloud.
              html`<span class="quiet-item"
                >${f.label}:
                <span lang=${ifDefined(langOf(f.text ?? undefined))}>${f.text}</span></span
              > `,
          )}
        </p>`
      : nothing
  }`;
}

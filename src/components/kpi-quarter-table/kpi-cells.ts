// The cells of a KPI table: figures with their units, missing values, scores and the small bars.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RenderContext } from '../../internal/project-element.js';
import { BAR_HEIGHT, BAR_WIDTH, figure, type KpiView, type QuarterRow } from './kpi-view.js';

/**
 * The quarter's label with its months kept on one line, so a narrow column wraps after "Q1:"
 * and never inside "ต.ค.–ธ.ค. 2562". The label is one translated string; it is only split
 * where the months are, whatever order the translation puts them in.
 */
export function quarterLabel(row: QuarterRow): unknown {
  const at = row.label.indexOf(row.months);
  if (at === -1) return row.label;
  return html`${row.label.slice(0, at)}<span class="months">${row.months}</span>${row.label.slice(
      at + row.months.length,
    )}`;
}

/**
 * A figure with its unit, kept on one line ("ร้อยละ 100" never splits); the unit is data, so it
 * carries its own language.
 */
export function valueCell(ctx: RenderContext, view: KpiView, value: number): TemplateResult {
  const { fmt, langOf } = ctx;
  return html`<span class="nowrap">${figure(fmt, view, value)}</span>${
      view.unitName
        ? html` <span lang=${ifDefined(langOf(view.unitName))}>${view.unitName}</span>`
        : nothing
    }`;
}

export function scoreCell(ctx: RenderContext, score: number | null): unknown {
  return score === null ? missingCell(ctx) : ctx.fmt.number(score, 2);
}

/** A dash for the eye and words for a screen reader, which would otherwise read "dash". */
export function missingCell(ctx: RenderContext): TemplateResult {
  return html`<span aria-hidden="true">–</span
    ><span class="sr-only">${ctx.msg('Not given')}</span>`;
}

/** The small bar of a quarter's result against the target (hidden: the figure says it). */
export function barCell(view: KpiView, index: number): TemplateResult | typeof nothing {
  const bar = view.bars.bars[index];
  const { targetX, zeroX } = view.bars;
  if (!bar && targetX === null) return nothing;
  return html`<svg
    part="bar"
    class="bar"
    viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    <rect
      class="track"
      x="0"
      y=${bar?.y ?? BAR_HEIGHT * 0.2}
      width=${BAR_WIDTH}
      height=${bar?.height ?? BAR_HEIGHT * 0.6}
    ></rect>
    ${
      bar
        ? svg`<rect class="fill" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>`
        : nothing
    }
    <line class="zero" x1=${zeroX} x2=${zeroX} y1="0" y2=${BAR_HEIGHT}></line>
    ${
      targetX !== null
        ? svg`<line class="target" x1=${targetX} x2=${targetX} y1="0" y2=${BAR_HEIGHT}></line>`
        : nothing
    }
  </svg>`;
}

/**
 * `text` with `piece` (a percentage inside a sentence) kept on one line, wherever the translation
 * puts it: "ร้อยละ 100" must never be split across two lines.
 */
export function keepTogether(text: string, piece: string): unknown {
  const at = text.indexOf(piece);
  if (at === -1 || !piece) return text;
  return html`${text.slice(0, at)}<span class="nowrap">${piece}</span
    >${text.slice(at + piece.length)}`;
}

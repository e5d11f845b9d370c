// What every view of <milestone-timeline> renders with, and the small pieces they share.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RenderContext } from '../../internal/project-element.js';
import type { MeasureText } from '../../viz/timeline.js';
import type { Model } from './model.js';

/** The state a view is drawn from; views are functions of it and hold none of their own. */
export interface TimelineView {
  ctx: RenderContext;
  model: Model;
  /** The position (in `model.items`) of the one mark in the tab order. */
  active: number;
  /** The mark under the pointer, else null. */
  hovered: number | null;
  /** Whether the focus is on a mark (then the details tell the active one). */
  focusInside: boolean;
  /** The step whose details are pinned, else null. */
  pinned: number | null;
  measure: MeasureText;
}

/** A step mark's toggle state and class: `aria-pressed`, and `pinned` while its details are. */
export function pinOf(view: TimelineView, index: number): { pressed: string; pinned: string } {
  const pinned = index === view.pinned;
  return { pressed: pinned ? 'true' : 'false', pinned: pinned ? ' pinned' : '' };
}

/**
 * How to use the marks, in whole sentences: under the chart, above the list (up and down only,
 * tapped). It describes the group of marks too (`aria-describedby="cue"`).
 */
export function renderCue({ ctx, model }: TimelineView): TemplateResult {
  const { msg } = ctx;
  return html`<p id="cue" part="cue" class="cue">
    ${
      model.narrow
        ? msg(
            'Up and down arrow keys move between the steps and reports, Home and End to the first and last. Enter, Space or a tap on a step pins it; Escape unpins it.',
          )
        : msg(
            'Arrow keys move between the steps and reports, Home and End to the first and last. Enter, Space or a click on a step pins its details; Escape unpins them.',
          )
    }
  </p>`;
}

/** `tabindex` of the mark at `index`: only the active one is in the tab order. */
export function tabIndexOf(view: TimelineView, index: number): string {
  return index === view.active ? '0' : '-1';
}

/** The `aria-labelledby` of the mark at `index`: the pieces of its name (see `renderNames`). */
export function nameIds(view: TimelineView, index: number): string {
  return view.model.items[index].name.map((_, k) => `name-${index}-${k}`).join(' ');
}

/**
 * The pieces of every mark's accessible name, hidden: a mark names itself with
 * `aria-labelledby` over them, so the data text in it keeps its own `lang`.
 */
export function renderNames(model: Model): TemplateResult {
  return html`<div class="names" hidden>
    ${model.items.map((item, i) =>
      item.name.map(
        (part, k) =>
          html`<span id=${`name-${i}-${k}`} lang=${ifDefined(part.lang)}>${part.text}</span>`,
      ),
    )}
  </div>`;
}

/** `lang` for a text from the data (the project's language, else `th` for Thai script). */
export function langOf(ctx: RenderContext, text: unknown): string | typeof nothing {
  return ifDefined(typeof text === 'string' ? ctx.langOf(text) : undefined);
}

/** A short date, machine-readable too. */
export function time(ctx: RenderContext, date: string): TemplateResult {
  return html`<time datetime=${date}>${ctx.fmt.date(date, 'short')}</time>`;
}

/** The sentence that says the plan has no steps. */
export function noPlanNote(ctx: RenderContext): TemplateResult {
  return html`<p part="note">${ctx.msg('No plan steps have been given.')}</p>`;
}

/** The sentence that says the log has no reports. */
export function noLogNote(ctx: RenderContext): TemplateResult {
  return html`<p part="note">${ctx.msg('No progress has been reported yet.')}</p>`;
}

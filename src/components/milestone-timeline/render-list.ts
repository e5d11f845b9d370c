// The narrow layout: the steps as a list with small bars of planned and actual progress, then
// the reports, newest first.
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { cssomStyle } from '../../internal/cssom-style.js';
import type { RenderContext } from '../../internal/project-element.js';
import type { LogInfo, StepInfo } from '../../viz/timeline.js';
import { progressWithChange } from './columns.js';
import {
  langOf,
  nameIds,
  noLogNote,
  noPlanNote,
  pinOf,
  tabIndexOf,
  time,
  type TimelineView,
} from './view.js';
import { stepDates, weightText } from './words.js';

/** The content of the list group (the element wraps it in the group that takes the keys). */
export function renderList(view: TimelineView): TemplateResult {
  const { ctx, model } = view;
  const { msg, fmt, asOf } = ctx;
  const { steps, log } = model.data;
  return html`<div class="overall">
      ${bars(ctx, model.report.planned, model.report.actual)}
      <p class="as-of-note">${msg(str`As of ${fmt.date(asOf)}`)}</p>
    </div>
    <p class="list-title">${msg('Plan steps')}</p>
    ${
      steps.length === 0
        ? noPlanNote(ctx)
        : html`<ol class="steps">
            ${steps.map((info, i) => stepRow(view, info, i))}
          </ol>`
    }
    <p class="list-title">${msg('Progress reports')}</p>
    ${
      log.length === 0
        ? noLogNote(ctx)
        : html`<ol class="reports">
            ${model.items
              .slice(steps.length)
              .map((item, k) => reportRow(view, item.info as LogInfo, steps.length + k))}
          </ol>`
    }`;
}

/**
 * A step: a button named as the mark in the chart, and what its name says shown beside it, under
 * it on screen (a control cannot hold text that differs from its name).
 */
function stepRow(view: TimelineView, info: StepInfo, index: number): TemplateResult {
  const { ctx } = view;
  const { msg, fmt } = ctx;
  const { pressed, pinned } = pinOf(view, index);
  return html`<li class="step-row${pinned}">
    <div
      part="step"
      class="nav row-button"
      role="button"
      aria-pressed=${pressed}
      tabindex=${tabIndexOf(view, index)}
      data-nav=${index}
      aria-labelledby=${nameIds(view, index)}
    ></div>
    <div class="item" aria-hidden="true">
      <span class="glyph">${info.milestone ? '◆' : '▬'}</span>
      <span class="name" lang=${langOf(ctx, info.step.name)}>${info.step.name}</span>
      ${pinned ? html`<span class="pin-tag">${msg('Pinned')}</span>` : nothing}
      <span class="meta"
        >${msg(str`Step ${fmt.number(info.step.step, 0)}`)} ·
        ${msg(str`weight ${weightText(msg, fmt, info)}`)} · ${stepDates(fmt, info)}</span
      >
      ${bars(ctx, info.plannedAtEnd, info.actualAtEnd, info.atEnd)}
    </div>
  </li>`;
}

function reportRow(view: TimelineView, info: LogInfo, index: number): TemplateResult {
  const { ctx } = view;
  return html`<li>
    <div
      part="log-point"
      class=${info.problem ? 'nav item problem' : 'nav item'}
      role="img"
      tabindex=${tabIndexOf(view, index)}
      data-nav=${index}
      aria-labelledby=${nameIds(view, index)}
    >
      <span class="glyph" aria-hidden="true">${info.problem ? '▲' : '●'}</span>
      <span class="meta"
        >(${ctx.fmt.number(info.number, 0)}) ${time(ctx, info.entry.date)} ·
        ${progressWithChange(ctx, info)}</span
      >
      <span class="name" lang=${langOf(ctx, info.entry.note)}>${info.entry.note}</span>
      ${
        info.problemText
          ? html`<span class="problem-text" lang=${langOf(ctx, info.problemText)}
              >${info.problemText}</span
            >`
          : nothing
      }
    </div>
  </li>`;
}

/**
 * Two small bars, planned and actual, each with its figure in words beside it: for the whole
 * project at the as-of date, or (given `atStepEnd`) at the end of one step.
 */
function bars(
  { msg, fmt }: RenderContext,
  planned: number | null,
  actual: number | null,
  atStepEnd?: StepInfo['atEnd'],
): TemplateResult {
  const bar = (kind: string, value: number | null, text: string) =>
    html`<span class="bar-row ${kind}">
      <span class="track" aria-hidden="true"
        ><span class="fill" ${cssomStyle({ width: `${value ?? 0}%` })}></span></span
      ><span class="bar-text">${text}</span>
    </span>`;
  const p = planned === null ? null : fmt.percent(planned);
  const a = actual === null ? null : fmt.percent(actual);
  const plannedText =
    p === null
      ? msg('Planned: not available')
      : atStepEnd
        ? msg(str`Planned ${p} by its end`)
        : msg(str`Planned ${p}`);
  // No report is not 0 %: the bar stays empty and the words say so.
  const actualText =
    a !== null
      ? atStepEnd
        ? msg(str`Actual ${a} at its end`)
        : msg(str`Actual ${a}`)
      : atStepEnd === 'not-due'
        ? msg('Actual: not due yet')
        : atStepEnd === 'no-report'
          ? msg('No report by its end')
          : msg('No report yet');
  return html`<span class="bars">
    ${bar('planned', planned, plannedText)} ${bar('actual', actual, actualText)}
  </span>`;
}

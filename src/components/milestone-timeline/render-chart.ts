// The wide layout's drawing: the key to its marks, then the SVG in layers — the axis, the
// progress lines with the as-of line and the problems' annotations, the steps' labels, and the
// marks a person moves between.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import {
  TICK_GAP,
  type FiscalYearBand,
  type LogMark,
  type StepMark,
  type TimelineLayout,
} from '../../viz/timeline.js';
import { percentTick } from './model.js';
import { langOf, nameIds, pinOf, tabIndexOf, type TimelineView } from './view.js';

/** A key to the marks that are drawn: a shape and a word for each, not colour alone. */
export function renderLegend({ ctx, model }: TimelineView): TemplateResult {
  const { msg, fmt, asOf } = ctx;
  const { steps, log } = model.data;
  const date = fmt.date(asOf);
  const entries: [shown: boolean, swatch: SVGTemplateResult, text: string][] = [
    [
      model.layout?.plannedPath !== '',
      svg`<path class="planned" d="M1,6H23"/>`,
      msg('Planned (cumulative)'),
    ],
    [
      log.length > 0,
      svg`<path class="actual" d="M1,9H12V3H23"/><circle class="point" cx="12" cy="3" r="2.5"/>`,
      msg('Actual (reported)'),
    ],
    [
      log.some((l) => l.problem),
      svg`<path class="problem" d="M12,1L17,10H7Z"/>`,
      msg('Report naming a problem'),
    ],
    [steps.some((s) => !s.milestone), svg`<path class="bar" d="M2,3H22V9H2Z"/>`, msg('Plan step')],
    [
      steps.some((s) => s.milestone),
      svg`<path class="bar" d="M12,1L17,6L12,11L7,6Z"/>`,
      msg('One-day step'),
    ],
    [true, svg`<path class="as-of" d="M12,0V12"/>`, msg(str`As of ${date}`)],
  ];
  return html`<ul part="legend" class="legend">
    ${entries.map(([shown, swatch, text]) =>
      shown
        ? html`<li>
            <svg class="swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">
              ${swatch}</svg
            >${text}
          </li>`
        : nothing,
    )}
  </ul>`;
}

/** The SVG of the chart (the element wraps it in the group that takes the keys). */
export function renderChart(view: TimelineView): TemplateResult {
  const { model } = view;
  const layout = model.layout!;
  const { width, height } = layout;
  const stepCount = model.data.steps.length;
  return html`<svg role="none" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
    ${axis(view, layout)}${lines(view, layout)}
    <g class="labels" aria-hidden="true">
      ${layout.steps.map((mark, i) => stepLabel(view, mark, i))}
    </g>
    <g class="steps">${layout.steps.map((mark, i) => markOf(view, mark, i))}</g>
    <g class="log">${layout.logMarks.map((mark, i) => markOf(view, mark, stepCount + i))}</g>
  </svg>`;
}

/** The quarters' shading, the names of the years and quarters, the months, the percentages. */
function axis({ ctx, measure }: TimelineView, layout: TimelineLayout): SVGTemplateResult {
  const { msg, fmt, locale } = ctx;
  const { height, rows, progress } = layout;
  // A band's name, else a shorter one, else none, whichever fits between its edges.
  const bandName = (cls: string, band: FiscalYearBand, y: number, ...names: string[]) => {
    const text = names.find((name) => measure(name) <= band.x1 - band.x0 - 6);
    return text
      ? svg`<text class=${cls} x=${(band.x0 + band.x1) / 2} y=${y}>${text}</text>`
      : nothing;
  };
  return svg`<g part="axis" class="axis" aria-hidden="true">
    ${layout.quarters.map(
      (q) =>
        svg`<rect class=${q.shaded ? 'quarter shaded' : 'quarter'} x=${q.x0} y=${layout.gridTop}
          width=${Math.max(0, q.x1 - q.x0)} height=${height - layout.gridTop}></rect>`,
    )}
    ${layout.fiscalYears.map((fy) => {
      // "ปีงบประมาณ 2563": the bare year, as every element names a fiscal year.
      const year = fmt.yearNumber(fy.fiscalYear);
      return bandName('fy', fy, rows.fiscalYear, msg(str`Fiscal year ${year}`), year);
    })}
    ${layout.quarters.map((q) => {
      const number = fmt.number(q.quarter, 0);
      return bandName('quarter-name', q, rows.quarter, msg(str`Q${number}`), number);
    })}
    ${layout.monthTicks.map(
      (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${progress.top} y2=${height - 4}></line>
        <text class="month" x=${t.x + 3} y=${rows.month}>${fmt.month(t.date)}</text>
        ${t.showYear ? svg`<text class="year" x=${t.x + 3} y=${rows.year}>${fmt.yearNumber(Number(t.date.slice(0, 4)))}</text>` : nothing}`,
    )}
    ${progress.ticks.map(
      // Thai writes "ร้อยละ" before its number: the ticks are bare numbers under a "ร้อยละ"
      // title; English writes "25%". The margin holds the widest, measured (model.ts).
      (t) => svg`<line class="grid" x1=${layout.left} x2=${layout.right} y1=${t.y} y2=${t.y}></line>
        <text class="tick" x=${layout.left - TICK_GAP} y=${t.y}>${percentTick(ctx, t.value)}</text>`,
    )}
    ${
      locale === 'th'
        ? svg`<text class="tick axis-title" x=${layout.left - TICK_GAP} y=${rows.axisTitle}>${msg('percent')}</text>`
        : nothing
    }
  </g>`;
}

/** The planned and actual lines, the as-of line, and the problems written below the panel. */
function lines({ ctx }: TimelineView, layout: TimelineLayout): SVGTemplateResult {
  const { msg, fmt, asOf } = ctx;
  const { asOfLine } = layout;
  // The as-of label reads away from the nearer edge.
  const end = asOfLine && asOfLine.x > layout.width / 2;
  return svg`<g aria-hidden="true">
    <path class="planned" d=${layout.plannedPath}></path>
    <path class="actual" d=${layout.actualPath}></path>
    ${
      asOfLine
        ? svg`<line class="as-of" x1=${asOfLine.x} x2=${asOfLine.x}
            y1=${asOfLine.y0} y2=${asOfLine.y1}></line>
          <text class="as-of-label" x=${asOfLine.x + (end ? -4 : 4)} y=${layout.rows.asOf}
            text-anchor=${end ? 'end' : 'start'}>${msg(
              str`As of ${fmt.dayMonth(asOf, 'short')}`,
            )}</text>`
        : nothing
    }
    ${layout.logMarks.map((m) =>
      m.annotation
        ? svg`<path class="leader" d=${m.annotation.leader}></path>
          <text class="annotation" x=${m.annotation.x} y=${m.annotation.y}
            text-anchor=${m.annotation.anchor} lang=${langOf(ctx, m.problemText)}>${m.annotation.text}</text>`
        : nothing,
    )}
  </g>`;
}

/**
 * The mark of a step (a toggle button, pressed while pinned) or of a report (an image, with a wider circle to point at),
 * named by its item's name.
 */
function markOf(view: TimelineView, mark: StepMark | LogMark, index: number): SVGTemplateResult {
  const step = 'step' in mark;
  const hovered = index === view.hovered ? ' hovered' : '';
  const { pressed, pinned } = pinOf(view, index);
  return svg`<g
    part=${step ? 'step' : 'log-point'}
    class=${step ? `nav step${mark.milestone ? ' milestone' : ''}${hovered}${pinned}` : `nav point${mark.problem ? ' problem' : ''}`}
    role=${step ? 'button' : 'img'}
    aria-pressed=${step ? pressed : nothing}
    tabindex=${tabIndexOf(view, index)}
    data-nav=${index}
    aria-labelledby=${nameIds(view, index)}
  >
    ${step ? nothing : svg`<circle class="hit" cx=${mark.x} cy=${mark.y} r="10"></circle>`}
    <path class="halo" d=${mark.d}></path>
    <path class="shape" d=${mark.d}></path>
  </g>`;
}

/**
 * A step's label, drawn apart from its mark: the mark's name says it all, and a visible label
 * that is cut short or reordered must not sit inside a control with a different name.
 */
function stepLabel(
  { ctx }: TimelineView,
  mark: StepMark,
  index: number,
): SVGTemplateResult | typeof nothing {
  if (!mark.label.name) return nothing;
  return svg`<text part="label" class="label" data-nav-label=${index} x=${mark.label.x}
    y=${mark.y} text-anchor=${mark.label.anchor}><tspan
    lang=${langOf(ctx, mark.step.name)}>${mark.label.name}</tspan><tspan>${mark.label.suffix}</tspan></text>`;
}

import { html, nothing, svg, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import {
  fiscalYearRange,
  plannedProgress,
  scheduledSteps,
  type Project,
} from '../../domain/index.js';
import type { RenderContext } from '../../internal/project-element.js';
import type { TextMeasure } from '../../internal/text-measure.js';
import { actualPoints, plannedCurve } from '../../viz/curves.js';
import {
  logChartExtent,
  logChartFrame,
  logChartLayout,
  VALUE_TICKS,
  type LogChartFrame,
  type LogChartLayout,
} from '../../viz/log-chart.js';
import { sonify, type Sound } from '../../viz/sonify.js';
import { shownChange, type LogRow } from './log-rows.js';

/** The chart's geometry, and where its text goes. */
export interface LogChart {
  layout: LogChartLayout;
  frame: LogChartFrame;
}

/**
 * The log chart with its legend and its summary in words. `box` attaches the element's width
 * watcher to the box whose width the chart is laid out at.
 */
export function renderLogChart(
  ctx: RenderContext,
  {
    project,
    rows,
    chart: { layout, frame },
    box,
  }: { project: Project; rows: LogRow[]; chart: LogChart; box: unknown },
): TemplateResult {
  const { msg, fmt, asOf, locale } = ctx;
  const planned = plannedProgress(project, asOf);
  const { plot } = layout;
  // The margins hold the labels as measured (logChartFor), at whatever size the reader reads.
  const valueX = plot.x - frame.tickGap;
  return html`<figure part="chart" class="chart">
    <div class="chart-box" ${box}>
      <svg
        aria-hidden="true"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
      >
        ${layout.valueTicks.map(
          (tick) =>
            svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.position}
              y2=${tick.position}></line>
            <text class="tick" x=${valueX} y=${tick.position} dy="0.32em"
              text-anchor="end">${valueLabel(ctx, Number(tick.value))}</text>`,
        )}
        ${
          locale === 'th'
            ? svg`<text class="tick axis-title" x=${valueX} y=${frame.titleY}
                text-anchor="end">${msg('percent')}</text>`
            : nothing
        }
        ${layout.timeTicks.map(
          (tick, i) =>
            svg`<text class="tick" x=${tick.position} y=${frame.timeY[i]}
              text-anchor=${tick.anchor}>${fmt.date(String(tick.value), 'short')}</text>`,
        )}
        ${layout.plannedPath ? svg`<path class="planned" d=${layout.plannedPath}></path>` : nothing}
        ${
          layout.asOfX === null
            ? nothing
            : svg`<line class="as-of" x1=${layout.asOfX} x2=${layout.asOfX} y1=${plot.y - 8}
                y2=${plot.y + plot.height}></line>`
        }
        ${layout.holdPath ? svg`<path class="hold" d=${layout.holdPath}></path>` : nothing}
        <path class="actual" d=${layout.actualPath}></path>
        ${layout.points.map(
          (p) => svg`<circle class="point" cx=${p.x} cy=${p.y} r="3.5"></circle>`,
        )}
      </svg>
      <p class="legend" aria-hidden="true">
        <span class="key"><span class="swatch actual"></span>${msg('Reported')}</span>
        ${
          layout.plannedPath
            ? html`<span class="key"><span class="swatch planned"></span>${msg('Planned')}</span>`
            : nothing
        }
        ${
          layout.asOfX === null
            ? nothing
            : html`<span class="key"
                ><span class="swatch as-of"></span>${msg(
                  str`As of ${fmt.date(asOf, 'short')}`,
                )}</span
              >`
        }
      </p>
    </div>
    <figcaption part="summary" class="summary">
      ${summaryText(ctx, rows)}
      ${
        planned === null
          ? nothing
          : html`<span class="planned-figure"
              >${msg(str`Planned by ${fmt.date(asOf)}: ${fmt.percent(planned)}.`)}</span
            >`
      }
    </figcaption>
  </figure>`;
}

/** The chart in words: where the history starts and ends, and how often it went down. */
export function summaryText(ctx: RenderContext, rows: LogRow[]): string {
  const { msg, fmt } = ctx;
  const newest = rows[0].entry;
  const oldest = rows[rows.length - 1].entry;
  if (rows.length === 1) {
    return msg(str`One report: ${fmt.percent(newest.percent)} on ${fmt.date(newest.date)}.`);
  }
  // The year is said once when both dates share it: "from 30 April to 21 September 2020".
  const sameYear = oldest.date.slice(0, 4) === newest.date.slice(0, 4);
  const from = sameYear ? fmt.dayMonth(oldest.date) : fmt.date(oldest.date);
  const span = msg(
    str`From ${fmt.percent(oldest.percent)} on ${from} to ${fmt.percent(newest.percent)} on ${fmt.date(newest.date)}, in ${fmt.number(rows.length, 0)} reports.`,
  );
  // Counted as the list shows them: a change that rounds to 0 is no decrease.
  const decreases = rows.filter((row) => row.change !== null && shownChange(row.change) < 0).length;
  if (decreases === 0) return span;
  const down =
    decreases === 1
      ? msg('Progress went down once.')
      : msg(str`Progress went down ${fmt.number(decreases, 0)} times.`);
  return `${span} ${down}`;
}

/**
 * A percentage on the value axis. Thai writes "ร้อยละ" before its number: bare numbers under a
 * "ร้อยละ" title; English writes "100%".
 */
function valueLabel({ locale, fmt }: RenderContext, value: number): string {
  return locale === 'th' ? fmt.number(value, 0) : fmt.percentSign(value);
}

/**
 * The chart's geometry for a project at `width` CSS pixels, with room for its labels as `labels`
 * measures them (in the font it was last given: the element's labels' font).
 */
export function logChartFor(
  ctx: RenderContext,
  project: Project,
  width: number,
  labels: Pick<TextMeasure, 'measure' | 'size'>,
): LogChart {
  const { asOf, locale, msg, fmt } = ctx;
  const { measure } = labels;
  // Only the reports known at as-of; the axis ends at as-of, but no later than the plan's or
  // the fiscal year's end (whichever is later) unless a shown report is later still.
  const actual = actualPoints(project, asOf);
  const until = endOfPlanOrYear(project);
  const [first, last] = logChartExtent(actual, asOf, until);
  const planned = plannedCurve(project, first, last);
  const titled = locale === 'th';
  const frame = logChartFrame(
    {
      size: labels.size,
      valueWidth: Math.max(
        ...VALUE_TICKS.map((value) => measure(valueLabel(ctx, value))),
        titled ? measure(msg('percent')) : 0,
      ),
      titled,
      // The axis's first and last dates, as logChartLayout() puts them at its ends.
      timeWidths: [measure(fmt.date(first, 'short')), measure(fmt.date(last, 'short'))],
    },
    width,
  );
  const layout = logChartLayout(actual, planned, asOf, {
    width,
    height: frame.height,
    until,
    margin: frame.margin,
  });
  return { layout, frame };
}

/** The chart as sound: the planned curve and the reports over the dates the chart spans. */
export function logSound(project: Project, layout: LogChartLayout, asOf: string): Sound {
  const [from, to] = layout.timeTicks.map((tick) => String(tick.value));
  return sonify(plannedCurve(project, from, to), actualPoints(project, asOf), [from, to], asOf);
}

/** The later of the plan's last due day and the fiscal year's last day. */
function endOfPlanOrYear(project: Project): string {
  const year = fiscalYearRange(project.fiscalYear, project.fiscalYearStartMonth).end;
  return scheduledSteps(project).reduce((end, step) => (step.end > end ? step.end : end), year);
}

import { css } from 'lit';
import { labelFontSize } from '../../internal/text-measure.js';

export const styles = css`
  :host {
    --_line: var(--progress-log-line-color, var(--_accent));
    --_plan: var(--progress-log-plan-color, var(--_neutral));
    --_problem: var(--progress-log-problem-color, var(--_warn));
    --_decrease: var(--progress-log-decrease-color, var(--_danger));
    container-type: inline-size;
  }

  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  /* The chart and its summary side by side when there is room, stacked on a phone. */
  .chart {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }
  .chart-box {
    flex: 2 1 18rem;
    max-width: var(--progress-log-chart-max-width, 36rem);
    min-width: 0;
  }
  /* The height is the attribute's, whatever the width: a resize never moves what is below. */
  .chart-box svg {
    display: block;
    width: 100%;
    overflow: visible;
  }
  .summary {
    flex: 1 1 12rem;
    margin: 0;
  }
  .planned-figure {
    display: block;
    color: var(--_muted);
  }

  .grid {
    stroke: var(--_border);
  }
  /* The labels follow the element's font size (text enlarged by the reader included): what
     text-measure.ts measures the chart's margins with. */
  .tick {
    fill: var(--_muted);
    font-size: ${labelFontSize};
  }
  path {
    fill: none;
  }
  /* Set apart from the actual line by its dash, thinner stroke and grey, never by fading it:
     a line that carries data keeps 3:1 against the page. */
  .planned {
    stroke: var(--_plan);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .actual,
  .hold,
  .point {
    stroke: var(--_line);
    stroke-width: 2;
  }
  .actual {
    stroke-linejoin: round;
  }
  .hold {
    stroke-dasharray: 1 4;
    stroke-linecap: round;
  }
  .point {
    fill: var(--_surface);
  }
  .as-of {
    stroke: var(--_fg);
    stroke-dasharray: 2 2;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  /* Each series differs by its stroke's shape as well as its colour. */
  /* A flex item of its key: a block, whatever its display. */
  .swatch {
    width: 1.25rem;
    border-top: 2px solid var(--_line);
  }
  .swatch.planned {
    border-top: 2px dashed var(--_plan);
  }
  .swatch.as-of {
    width: 0;
    height: 0.9em;
    border-top: 0;
    border-inline-start: 1px dashed var(--_fg);
  }

  /* Framed as one of the warnings (the shared styles of part warnings). */
  [part~='stale'] {
    display: flex;
    gap: 0.5em;
    margin: 0;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
  }
  .filter {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.5em;
    cursor: pointer;
  }
  .filter input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.2em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }

  [part~='list'],
  .list.paper {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .entry {
    padding: calc(var(--_space) * 0.75) 0;
    border-bottom: 1px solid var(--_border);
    /*
     * No content-visibility: auto here. It made laying out 10,000 reports 13 times faster, but
     * in Chromium removing such elements costs about 3 ms each: switching the filter or leaving
     * the page froze it for seconds. "Show all" adds reports a chunk per task instead
     * (setTimeout, so that it also completes in a background tab).
     */
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  time {
    font-weight: 600;
  }
  .number {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .later,
  .sound {
    margin: 0.5rem 0;
    color: var(--_muted);
  }
  .percent {
    font-size: 1.125em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .change {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .change[data-trend='down'] {
    color: var(--_decrease);
    font-weight: 700;
  }
  .change .glyph {
    font-size: 0.8em;
  }
  .note,
  .callout-text {
    margin: 0.25rem 0 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .callout {
    margin-top: 0.5rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_problem);
    border-radius: var(--_radius);
  }
  .callout-label {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    margin: 0;
    font-weight: 600;
  }
  .callout-label .glyph {
    color: var(--_problem);
  }
  .callout-text {
    margin: 0.125rem 0 0;
  }

  .quiet {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  [part~='show-all'] {
    align-self: flex-start;
  }

  @media (forced-colors: active) {
    .actual,
    .hold,
    .point,
    .as-of {
      stroke: CanvasText;
    }
    .point {
      fill: Canvas;
    }
    .planned,
    .grid {
      stroke: GrayText;
    }
    .tick {
      fill: CanvasText;
    }
    .swatch,
    .swatch.planned,
    .swatch.as-of,
    .callout {
      border-color: CanvasText;
    }
    .change[data-trend='down'] {
      color: CanvasText;
    }
  }

  /* The reports folded away on screen, and the count of all of them: on paper only. */
  .paper {
    display: none;
  }

  @media print {
    .filter {
      display: none;
    }
    /* Every report on paper, without a re-render when printing starts. */
    .paper {
      display: block;
    }
    .count.paper + .count {
      display: none;
    }
    .list.paper {
      border-top: 0;
    }
    .entry,
    .chart {
      break-inside: avoid;
    }
  }
`;

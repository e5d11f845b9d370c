import { css } from 'lit';
import { labelFontSize } from '../../internal/text-measure.js';
import { mediaStyles } from './milestone-timeline.media.styles.js';

const own = css`
  :host {
    /* The host's width comes from its container, never from the drawing inside it. */
    container-type: inline-size;
    --_planned: var(--planned-color, var(--_muted));
    --_actual: var(--actual-color, var(--_accent));
    --_problem: var(--problem-color, var(--_warn));
    --_step: var(--step-color, var(--_fg));
    --_as-of: var(--as-of-color, var(--_danger));
    /* Tints as plain translucent colours first (no color-mix() before Safari 16.2). */
    --_quarter: var(--quarter-color, rgb(128 128 128 / 8%));
  }
  @supports (color: color-mix(in srgb, red 50%, transparent)) {
    :host {
      --_quarter: var(--quarter-color, color-mix(in srgb, currentColor 6%, transparent));
    }
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-end: calc(var(--_space) / 2);
  }
  p,
  dd,
  ol {
    margin: 0;
  }
  [part='summary'] {
    flex: 1 1 16rem;
    min-width: 0;
  }
  [part='table-toggle'][aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  [part='note'] {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
  }

  /* Legend: a swatch (shape and dash, not colour alone) and a word for each kind of mark. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.25rem;
  }
  .legend,
  ol {
    padding: 0;
    list-style: none;
  }
  /* Words that accompany: the legend, the names of details, table headings, secondary lines. */
  .legend,
  .cue,
  .details dt,
  thead th,
  .as-of-note,
  .steps .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }

  /* The chart. Its drawing is exactly as wide as the element; the viewBox lets print scale it. */
  .chart svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  /* The element's font size follows the page's (text enlarged by the reader included), and the
     labels follow it: what text-measure.ts measures the layout with. */
  svg text {
    font-size: ${labelFontSize};
    fill: currentColor;
    dominant-baseline: central;
  }
  .axis .quarter {
    fill: transparent;
  }
  .axis .quarter.shaded {
    fill: var(--_quarter);
  }
  .axis .fy,
  .axis .quarter-name {
    text-anchor: middle;
    font-weight: 600;
  }
  .axis .month,
  .axis .year,
  .axis .tick {
    fill: var(--_muted);
  }
  .axis .tick {
    text-anchor: end;
  }
  .names[hidden] {
    display: none;
  }
  .axis .grid {
    stroke: var(--_border);
    stroke-opacity: 0.6;
  }
  path.planned {
    fill: none;
    stroke: var(--_planned);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  path.actual {
    fill: none;
    stroke: var(--_actual);
    stroke-width: 2.5;
  }
  .point {
    fill: var(--_actual);
  }
  path.problem,
  .point.problem .shape {
    fill: var(--_problem);
    stroke: var(--_fg);
  }
  .as-of {
    stroke: var(--_as-of);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  .as-of-label {
    font-weight: 600;
  }
  .leader {
    stroke: var(--_problem);
    stroke-dasharray: 1 2;
  }
  path.bar,
  .step .shape {
    fill: var(--_step);
    fill-opacity: 0.75;
    stroke: var(--_step);
  }
  .point .shape {
    stroke: var(--_surface);
  }
  .point .hit {
    fill: transparent;
  }
  /* A step's label points at its step. */
  .nav,
  .label {
    cursor: pointer;
  }
  /* A mark in the drawing shows its focus by its halo. */
  g.nav {
    outline: none;
  }
  .nav .halo {
    fill: none;
    stroke: transparent;
    stroke-width: 7;
    stroke-linejoin: round;
  }
  .nav:hover .halo,
  .nav.hovered .halo {
    stroke: var(--ppe-focus-color, var(--_accent));
    stroke-opacity: 0.35;
  }
  .nav:focus-visible .halo {
    stroke: var(--ppe-focus-color, var(--_accent));
    stroke-opacity: 1;
  }

  /* Details of the step or report in focus or under the pointer. */
  .details {
    min-height: 3.5rem;
    margin-block-start: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .details.hint {
    color: var(--_muted);
  }
  .details .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .details dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.25rem var(--_space);
    margin: 0.25rem 0 0;
  }
  .details dl div {
    min-width: 0;
  }
  .details dd {
    overflow-wrap: anywhere;
  }
  /* How to use the marks, under the chart or above the list; a pinned step's edge and word. */
  .cue {
    margin-block-start: 0.25rem;
  }
  .step.pinned .shape {
    stroke-width: 3;
  }
  .step-row.pinned .item {
    box-shadow: inset 3px 0 0 currentColor;
  }
  .pin-tag {
    font-weight: 600;
  }
  .flag {
    font-weight: 400;
    margin-inline-start: 0.5rem;
  }
  .flag [aria-hidden] {
    color: var(--_problem);
  }

  /* Narrow layout: a list with small bars. */
  .list-title {
    margin: var(--_space) 0 0.25rem;
    font-weight: 600;
  }
  .list li + li {
    border-top: 1px solid var(--_border);
  }
  .item {
    display: grid;
    grid-template-columns: 1.25rem 1fr;
    gap: 0 0.25rem;
    padding: 0.5rem 0.25rem;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .item > :not(.glyph) {
    grid-column: 2;
  }
  .item .glyph {
    grid-row: 1;
    color: var(--_step);
  }
  .item.problem .glyph {
    color: var(--_problem);
  }
  /* A step's row begins with its name, a report's with its date and figure. */
  .steps .name,
  .reports .meta {
    grid-row: 1;
    font-weight: 600;
  }
  .item .meta {
    font-size: 0.875em;
  }
  .item .problem-text::before {
    content: '▲ ';
    content: '▲ ' / '';
    color: var(--_problem);
  }
  /* A step's button lies over its row, whose text shows what the button's name says. */
  .step-row {
    position: relative;
  }
  .row-button {
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .item:focus-visible,
  .row-button:focus-visible {
    outline-offset: -2px;
  }
  .nav.item:hover,
  .row-button:hover + .item {
    background: rgb(128 128 128 / 8%);
    background: color-mix(in srgb, currentColor 5%, transparent);
  }
  .overall {
    padding: 0.25rem 0;
  }
  .bars {
    display: grid;
    gap: 0.125rem;
    margin-block-start: 0.25rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(3rem, 8rem) 1fr;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.875em;
  }
  /* A light tint for the fill, and an outline that shows where the track ends (3:1). */
  .track {
    display: block;
    height: 0.5rem;
    border: 1px solid var(--_edge);
    border-radius: 999px;
    background: rgb(128 128 128 / 15%);
    background: color-mix(in srgb, currentColor 10%, transparent);
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    border-radius: inherit;
  }
  /* Planned is hatched and actual solid, so the two differ in print and without colour. */
  .planned .fill {
    /* Where color-mix() is missing, the gap in the hatching is transparent. */
    background: repeating-linear-gradient(-45deg, var(--_planned) 0 3px, transparent 3px 6px);
  }
  @supports (color: color-mix(in srgb, red 50%, transparent)) {
    .planned .fill {
      background: repeating-linear-gradient(
        -45deg,
        var(--_planned) 0 3px,
        color-mix(in srgb, var(--_planned) 45%, transparent) 3px 6px
      );
    }
  }
  .actual .fill {
    background: var(--_actual);
  }

  /* Table view. */
  .table-wrap {
    overflow-x: auto;
    margin-block-end: var(--_space);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    /* Long words may break, but columns are not squeezed to a letter for them. */
    overflow-wrap: break-word;
  }
  td time,
  th time {
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
  }

  @media (prefers-reduced-motion: no-preference) {
    .nav .halo {
      transition: stroke 120ms ease-out;
    }
  }
`;

/** One sheet: the element's own rules, then those for forced colours and print. */
// postcss-lit-disable-next-line
export const styles = css`
  ${own}
  ${mediaStyles}
`;

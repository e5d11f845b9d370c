import { css } from 'lit';

export const styles = css`
  :host {
    /* The host is the size container: captions are kept to its width while the table scrolls. */
    container-type: inline-size;
    --_bar: var(--kpi-bar-color, var(--_accent));
    /* Tints as plain translucent colours first (no color-mix() before Safari 16.2). */
    --_track: var(--kpi-bar-track-color, rgb(107 114 128 / 22%));
    --_target: var(--kpi-target-color, var(--_fg));
    --_current: var(--kpi-current-background, rgb(11 107 203 / 12%));
    --_head: var(--kpi-header-background, rgb(107 114 128 / 10%));
  }
  @supports (color: color-mix(in srgb, red 50%, transparent)) {
    :host {
      --_track: var(--kpi-bar-track-color, color-mix(in srgb, var(--_neutral) 22%, transparent));
      --_current: var(
        --kpi-current-background,
        color-mix(in srgb, var(--_accent) 12%, transparent)
      );
      --_head: var(--kpi-header-background, color-mix(in srgb, var(--_neutral) 10%, transparent));
    }
  }

  [part~='none'] {
    color: var(--_muted);
    margin: 0;
    padding: var(--_space) 0;
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_space) / 2);
  }

  .kpi + .kpi {
    margin-block-start: calc(var(--_space) * 2);
  }

  /* A wide table scrolls inside its own region; the page itself never scrolls sideways. */
  .region {
    /* Holds the visually hidden caption, which would otherwise be placed against the page. */
    position: relative;
    overflow-x: auto;
    max-inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }

  /*
   * The title and summary above the table keep to the visible width and stay in view while a
   * table wider than the screen scrolls beside them. The line under them spans the table.
   */
  .caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100%;
    max-inline-size: calc(100cqi - 2px);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .region > table {
    border-block-start: 1px solid var(--_border);
  }
  .title {
    margin: 0;
  }
  .code {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .name {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0 0;
    font-size: 0.9375em;
  }
  .summary div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    min-inline-size: 0;
  }
  .summary dt {
    color: var(--_muted);
  }
  .summary dt::after {
    content: ':';
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .ratio,
  .basis {
    margin-inline-start: 0.15em;
    color: var(--_muted);
  }
  .nowrap {
    white-space: nowrap;
  }

  th,
  td {
    padding: 0.4rem 0.6rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th {
    font-weight: 600;
  }
  thead th {
    background: var(--_head);
    vertical-align: bottom;
  }
  thead th[scope='colgroup'] {
    text-align: center;
  }
  tbody tr:last-child > * {
    border-block-end: 0;
  }
  .quarter {
    display: block;
    white-space: nowrap;
  }
  /*
   * On a phone every column fits the screen (none hidden, nothing cut at the edge): the quarter's
   * label wraps before its months, the "current" mark may wrap, the text is a little smaller,
   * cells are tighter, and a result's bar goes under its percent, shorter. Wider still (many
   * criteria), the region scrolls.
   */
  @container (inline-size < 30rem) {
    .region > table {
      font-size: 0.8125em;
    }
    .quarter {
      white-space: normal;
    }
    .months {
      white-space: nowrap;
    }
    th .current-mark {
      white-space: normal;
    }
    th,
    td {
      padding-inline: 0.3rem;
    }
    td .result {
      flex-direction: column;
      align-items: flex-end;
      gap: 0.2rem;
    }
    .result .bar {
      inline-size: var(--kpi-bar-width, 3rem);
    }
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .note {
    color: var(--_muted);
  }

  tr.current > * {
    background: var(--_current);
  }
  tr.current > th {
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .current-mark {
    display: inline-block;
    margin-block-start: 0.15rem;
    padding: 0 0.4em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    /* Smaller than the cell's text, never under 12px (in a phone's smaller table it would be). */
    font-size: max(0.75rem, 0.8125em);
    font-weight: 600;
    /* Text colour on the page's own background: readable on the row's tint in both schemes. */
    color: var(--_fg);
    background: var(--_surface);
    white-space: nowrap;
  }

  .result {
    display: inline-flex;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .bar {
    inline-size: var(--kpi-bar-width, 4.5rem);
    block-size: 0.75rem;
    flex: none;
    overflow: visible;
  }
  /* A light tint for the bar to stand out on, and an outline that shows the track's end. */
  .bar .track {
    fill: var(--_track);
    stroke: var(--_edge);
  }
  .bar .fill {
    fill: var(--_bar);
  }
  .bar * {
    vector-effect: non-scaling-stroke;
  }
  .bar .zero {
    stroke: var(--_muted);
  }
  .bar .target {
    stroke: var(--_target);
    stroke-width: 2;
  }

  @media (forced-colors: active) {
    .region,
    .region > table,
    th,
    td {
      border-color: CanvasText;
    }
    tr.current > * {
      background: Canvas;
    }
    tr.current > th {
      box-shadow: none;
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .current-mark {
      color: CanvasText;
    }
    .bar .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar .fill {
      fill: Highlight;
    }
    .bar .zero,
    .bar .target {
      stroke: CanvasText;
    }
  }

  /* Print: every column on the paper, no scrolling, bars in their colours. */
  @media print {
    .region {
      overflow: visible;
      border-color: #888;
    }
    .caption {
      position: static;
      max-inline-size: none;
    }
    table {
      font-size: 0.8125rem;
    }
    .quarter,
    .num {
      white-space: normal;
    }
    .kpi,
    tr {
      break-inside: avoid;
    }
    .bar,
    tr.current > * {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

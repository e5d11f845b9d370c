import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    /* Prefixed names: custom properties inherit, and a page's own --size or --track-color
       (set for something else higher up) must not reshape the gauge. */
    --_size: var(--project-progress-size, 10rem);
  }
  /* A compact gauge sits inline in cards and table cells; size containment would collapse it. */
  :host([variant='compact']) {
    container-type: normal;
    display: inline-block;
    vertical-align: middle;
    --_size: min(var(--project-progress-size, 3.5rem), 64px);
  }

  .base {
    display: grid;
    gap: var(--_space);
    break-inside: avoid;
  }

  /* Text from the data is isolated: a stray bidi control in it (U+202E) cannot reorder the
     interface words after it, such as "Tel.". */
  .data {
    unicode-bidi: isolate;
  }

  .header,
  .summary {
    display: grid;
    gap: 0.25rem;
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.4;
  }
  /* A code or an organization without spaces still wraps at 320px. */
  .title,
  .meta,
  dd {
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 1rem;
    margin: 0;
  }
  .meta > span {
    min-width: 0;
  }
  .meta,
  .as-of,
  .ago,
  dt,
  .compact .planned-text {
    color: var(--_muted);
  }

  .gauge {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .dial {
    position: relative;
    flex: none;
    width: var(--_size);
    height: var(--_size);
  }
  .ring {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  /* Light first; where light-dark() exists, like the shared tokens, the ring follows the page's
     color-scheme. The tint is light so that the indicator stands out on it (3:1); its outline
     shows where the ring ends against the page (3:1 too). */
  .track {
    fill: var(--project-progress-track-color, var(--ppe-color-track, #e3e8ee));
    stroke: var(--_edge);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  @supports (color: light-dark(#000, #fff)) {
    .track {
      fill: var(
        --project-progress-track-color,
        var(--ppe-color-track, light-dark(#e3e8ee, #3a4350))
      );
    }
  }
  /* The status colour is the indicator's colour (class status), as for the status word. */
  .indicator {
    fill: var(--project-progress-indicator-color, currentColor);
  }
  .planned {
    fill: var(--project-progress-planned-color, var(--_fg));
    /* A light edge keeps the marker readable where it crosses the indicator. */
    stroke: var(--_surface);
    stroke-width: 0.75;
    paint-order: stroke;
  }
  .figure {
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .full .figure {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    font-size: calc(var(--_size) * 0.17);
  }

  .summary {
    min-width: min(12rem, 100%);
    flex: 1 1 12rem;
  }
  .summary .status {
    font-size: 1.1em;
  }
  .planned-text {
    font-weight: 600;
  }
  .as-of {
    font-size: 0.9em;
  }

  .details {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem var(--_space);
    margin: 0;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  dd {
    margin: 0;
  }
  /* "Tel." and a short number stay together on one line, the block moving to the next line as
     a whole; a long text wraps inside it rather than widening the page. */
  .phone {
    display: inline-block;
    max-inline-size: calc(100% - 0.5em);
    margin-inline-start: 0.5em;
  }
  .phone a {
    /* A comfortable target on a phone, where most readers are. */
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }

  /* The compact variant: the dial with the figure beside it, at most 64px tall. */
  .compact {
    display: block;
  }
  .compact .dial {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    width: auto;
  }
  .compact .ring {
    width: var(--_size);
  }
  /* Three short lines beside the ring: the figure, the status in words, the planned figure.
     Sizes in rem, so the block stays within 64px whatever the cell's own font size. */
  .compact-text {
    display: grid;
    line-height: 1.15;
  }
  .compact .figure {
    font-size: clamp(0.875rem, calc(var(--_size) * 0.32), 1.25rem);
  }
  .compact .status,
  .compact .planned-text {
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .compact .status {
    gap: 0.25em;
  }
  .compact .planned-text {
    font-weight: 400;
  }

  /* Narrow screens: the dial on top, centred, the words under it; details stacked. */
  @container (max-width: 26rem) {
    .gauge {
      flex-direction: column;
      align-items: center;
      text-align: center;
    }
    .summary {
      justify-items: center;
      flex-basis: auto;
    }
    .details {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dd + dt {
      margin-block-start: 0.5rem;
    }
  }

  @media (forced-colors: active) {
    .ring {
      forced-color-adjust: none;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .indicator {
      fill: Highlight;
    }
    .planned {
      fill: CanvasText;
      stroke: Canvas;
    }
  }

  @media print {
    .phone a {
      color: inherit;
      text-decoration: none;
    }
  }
`;

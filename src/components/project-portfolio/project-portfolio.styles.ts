import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';

const own = css`
  :host {
    --_row-height: var(--project-portfolio-row-height, 3.5rem);
    --_cols: minmax(8.5rem, 1.1fr) minmax(7.5rem, 0.9fr) minmax(12rem, 2.6fr) minmax(9rem, 1.4fr)
      repeat(3, minmax(4.5rem, 0.6fr)) minmax(8rem, 1fr) minmax(4.5rem, 0.6fr) minmax(4.5rem, 0.6fr);
  }
  [part~='summary'] {
    margin-block-end: var(--_space);
  }
  [part~='summary-text'] {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  [part~='bar'] {
    display: flex;
    gap: 2px;
    min-height: 1.75rem;
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .segment {
    flex: 1 1 0;
    min-width: 2.25rem;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.2em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_surface);
    background: var(--_neutral);
    white-space: nowrap;
    overflow: hidden;
  }
  .segment[data-status='behind'] {
    background: var(--ppe-status-behind-color, var(--_danger));
  }
  .segment[data-status='at-risk'],
  .segment[data-status='no-report'] {
    background: var(--ppe-status-at-risk-color, var(--_warn));
  }
  .segment[data-status='on-track'] {
    background: var(--ppe-status-on-track-color, var(--_accent));
  }
  .segment[data-status='complete'] {
    background: var(--ppe-status-complete-color, var(--_ok));
  }
  .status[data-status='no-report'] {
    color: var(--ppe-status-at-risk-color, var(--_warn));
  }
  [part~='legend'] {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0.5rem 0 0;
    padding: 0;
  }
  [part~='legend'] button {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    font-weight: 400;
  }
  [part~='legend'] button[aria-pressed='true'] {
    border-width: 2px;
    border-color: currentColor;
    font-weight: 700;
  }
  [part~='legend'] .count {
    font-weight: 700;
    color: var(--_fg);
  }
  [part~='progress'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  [part~='progress'] progress {
    flex: 1 1 10rem;
    max-width: 24rem;
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
    margin-block-end: var(--_space);
  }
  [part~='filters'] label {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: 0.9em;
    min-width: 0;
    max-width: 100%;
  }
  [part~='filters'] label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.35rem;
    min-height: 2rem;
  }
  /* A field's border is all that shows where it is: 3:1 against the page (WCAG 1.4.11). */
  select,
  input[type='search'] {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_edge);
    border-radius: var(--_radius);
    min-height: 2rem;
    max-width: 100%;
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  [part~='count'] {
    margin: 0;
    font-weight: 600;
  }
  [part~='cue'] {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part~='table'] {
    max-height: var(--project-portfolio-height, 70vh);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* An enhancement: older Safari scrolls the page on past the grid's end, as without it. */
    /* stylelint-disable-next-line plugin/no-unsupported-browser-features */
    overscroll-behavior: contain;
  }
  [role='grid'] {
    min-width: 72rem;
    font-size: 0.9em;
  }
  .cols {
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    border-block-end: 2px solid var(--_border);
  }
  [role='columnheader'] button {
    width: 100%;
    min-height: 2.5rem;
    border: 0;
    border-radius: 0;
    background: transparent;
    text-align: start;
    font-weight: 700;
    padding: 0.25rem 0.5rem;
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  [role='columnheader'].num button {
    justify-content: end;
    text-align: end;
  }
  .body {
    position: relative;
    box-sizing: border-box;
  }
  [part~='row'] {
    height: var(--_row-height);
    border-block-end: 1px solid var(--_border);
    overflow: hidden;
    cursor: pointer;
  }
  [part~='row']:hover {
    background: color-mix(in srgb, var(--_accent) 6%, transparent);
  }
  [part~='row']:focus-visible {
    outline-offset: -2px;
  }
  [part~='row'].away {
    position: absolute;
    inset-inline-start: 0;
    top: 0;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  [role='gridcell'],
  [role='rowheader'] {
    padding: 0 0.5rem;
    min-width: 0;
    overflow: hidden;
    max-height: var(--_row-height);
  }
  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .code {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .none,
  .ago {
    color: var(--_muted);
  }
  .ago {
    display: block;
    font-size: 0.85em;
  }
  [part~='none'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  [part~='unreadable'] {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block-start: var(--_space);
  }
  [part~='unreadable'] .heading {
    margin: 0;
    font-weight: 600;
  }
  [part~='unreadable'] ul {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    [part~='filters'],
    [part~='progress'],
    [part~='cue'] {
      display: none;
    }
    [part~='table'] {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    [role='grid'] {
      min-width: 0;
      font-size: 8pt;
    }
    .head {
      position: static;
    }
    [part~='row'] {
      height: auto;
      break-inside: avoid;
    }
    .title {
      display: block;
    }
    [part~='row'].away {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .segment {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    [part~='legend'] button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;

export const styles = [baseStyles, own];

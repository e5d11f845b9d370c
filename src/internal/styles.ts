import { css } from 'lit';

/**
 * What every element shares: design tokens with fallbacks, the error / warnings / loading / empty
 * views, the status badge, and screen-reader-only text. Each element adds its own styles after it.
 */
export const baseStyles = css`
  /* Plain colours first (the light scheme): an engine without light-dark() (Safari/iOS before
     17.5, Firefox before 120, Chrome before 123) keeps them and stays readable. */
  :host {
    --_fg: var(--ppe-color-text, CanvasText);
    --_muted: var(--ppe-color-muted, #52606d);
    --_surface: var(--ppe-color-surface, Canvas);
    --_border: var(--ppe-color-border, #c7ced6);
    --_accent: var(--ppe-color-accent, #0b6bcb);
    --_ok: var(--ppe-color-success, #1a7f37);
    --_warn: var(--ppe-color-warning, #9a6700);
    --_danger: var(--ppe-color-danger, #c62828);
    --_neutral: var(--ppe-color-neutral, #6b7280);
    /* An outline that must be seen (WCAG 1.4.11: 3:1 against the page): where a track ends (the
       gauge's ring, a KPI bar, a timeline bar; their tints stay light), a form field's border. */
    --_edge: var(--ppe-color-edge, var(--_neutral));
    --_radius: var(--ppe-radius, 6px);
    --_space: var(--ppe-space, 0.75rem);
    display: block;
    box-sizing: border-box;
    /* The page's text colour, as for any text on it; --_fg is the ink of the scheme (marks, text
       on the element's own surfaces). */
    color: var(--ppe-color-text, currentColor);
    font: inherit;
    line-height: 1.5;
    min-width: 0;
  }
  /* Where light-dark() exists, colours follow the page's color-scheme: a page that declares
     "color-scheme: light dark" follows the reader's preference; one that stays light stays light. */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_muted: var(--ppe-color-muted, light-dark(#52606d, #b6c0ca));
      --_border: var(--ppe-color-border, light-dark(#c7ced6, #4b5563));
      --_accent: var(--ppe-color-accent, light-dark(#0b6bcb, #6cb6ff));
      --_ok: var(--ppe-color-success, light-dark(#1a7f37, #57c46b));
      --_warn: var(--ppe-color-warning, light-dark(#9a6700, #e3b341));
      --_danger: var(--ppe-color-danger, light-dark(#c62828, #ff7b72));
      --_neutral: var(--ppe-color-neutral, light-dark(#6b7280, #9ca3af));
    }
  }
  /* A page that declares no color-scheme but gives light text (a dark page styled by hand): the
     element takes the dark scheme, set by followPageScheme() (docs/theming.md). */
  :host([data-ppe-scheme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part~='error'],
  [part~='warnings'] {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block: 0 var(--_space);
  }
  [part~='warnings'] {
    border-inline-start-color: var(--_warn);
  }
  [part~='error'] p,
  [part~='warnings'] p {
    margin: 0;
    font-weight: 600;
  }
  [part~='error'] ul,
  [part~='warnings'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  [part~='error'] code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  [part~='loading'],
  [part~='empty'] {
    color: var(--_muted);
    margin: 0;
    padding: var(--_space) 0;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .status .glyph {
    /* No text under 12px, the glyph of a compact gauge's 12px status word included. */
    font-size: max(0.75rem, 0.9em);
    line-height: 1;
  }
  .status[data-status='complete'],
  .status[data-status='met'] {
    color: var(--ppe-status-complete-color, var(--_ok));
  }
  .status[data-status='on-track'] {
    color: var(--ppe-status-on-track-color, var(--_accent));
  }
  .status[data-status='at-risk'] {
    color: var(--ppe-status-at-risk-color, var(--_warn));
  }
  .status[data-status='behind'],
  .status[data-status='not-met'] {
    color: var(--ppe-status-behind-color, var(--_danger));
  }
  .status[data-status='not-started'],
  .status[data-status='unplanned'],
  .status[data-status='no-target'] {
    color: var(--ppe-status-neutral-color, var(--_neutral));
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--ppe-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    min-height: 2rem;
    cursor: pointer;
  }
  /* "Play as sound" and its explanation, on a line of their own. */
  .sound {
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .sound-help {
    flex: 1 1 12rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='sound'][aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  @media print {
    button,
    .sound {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .status {
      color: CanvasText;
    }
    [part~='error'],
    [part~='warnings'] {
      border-color: CanvasText;
    }
  }
`;

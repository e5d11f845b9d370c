import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--ppe-dashboard-gap, 1.5rem);
  }
  .page {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .skip-links ul,
  .breadcrumb {
    display: flex;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .skip-links ul {
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.9em;
  }
  .skip-links a {
    display: inline-block;
    padding-block: 0.25rem;
  }
  [part~='warnings'],
  private _warnings-heading {
    margin: 0;
  }
  private _warnings-heading {
    font-size: 1em;
  }
  /* The targets of the skip links: focused by a click without a ring, by keys with one. */
  [tabindex='-1'] {
    outline-offset: 4px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .section {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_gap) / 2);
  }
  [part~='heading'] {
    font-size: 1.15em;
    margin: 0 0 0.75rem;
  }
  .prose {
    margin: 0;
    max-width: 75ch;
    overflow-wrap: anywhere;
  }
  ul.prose {
    padding-inline-start: 1.25rem;
  }
  ul.prose li + li {
    margin-top: 0.5rem;
  }
  .breadcrumb {
    flex-direction: column;
    gap: 0.35rem;
  }
  .breadcrumb li {
    position: relative;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  /* The arrow says "narrower than the line above"; decorative, the order says it already. */
  .breadcrumb li + li::before {
    content: '↳';
    /* Said by nobody: an empty alternative text (where it is understood; elsewhere the line above). */
    content: '↳' / '';
    position: absolute;
    inset-inline-start: 0;
    color: var(--_muted);
  }
  .breadcrumb .level {
    font-weight: 600;
    margin-inline-end: 0.35rem;
  }
  @container (min-width: 64rem) {
    .grid {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .section-plan,
    .section-kpis {
      grid-column: 1 / -1;
    }
    .section-log {
      grid-row: span 4;
    }
  }
  @media print {
    .skip-links {
      display: none;
    }
    .grid {
      display: block;
    }
    .section {
      margin-top: 1rem;
    }
    [part~='heading'] {
      break-after: avoid;
    }
    /* Whole sections may be taller than a page: only the charts inside keep together. */
    .header {
      break-inside: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;

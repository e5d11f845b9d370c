import type { ReactiveControllerHost } from 'lit';
import type { PortfolioRow } from '../../domain/index.js';
import type { RovingFocusController } from '../../internal/controllers/roving-focus.js';
import type { GridHandlers } from './grid-view.js';

export type RowHandlers = Pick<
  GridHandlers,
  'onRowClick' | 'onLinkClick' | 'onRowKey' | 'onRowFocus'
>;

export interface RowActionsOptions {
  roving: RovingFocusController<number>;
  /** The rows as shown, to find a row by its key. */
  rows(): readonly PortfolioRow[];
}

/**
 * What a person does to a row: a click or Enter or Space chooses its project (`project-select`,
 * cancelable), the arrows, Home, End and the page keys move the one tab stop between rows, and
 * a code's link is followed unless a listener cancelled the choice.
 */
export function rowActions(
  host: ReactiveControllerHost & HTMLElement,
  { roving, rows }: RowActionsOptions,
): RowHandlers {
  const select = (row: PortfolioRow): boolean =>
    host.dispatchEvent(
      new CustomEvent('project-select', {
        detail: { project: row.project, row },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  // Set while Enter on a row clicks its link, which then must not announce the choice again.
  let followingLink = false;

  return {
    onRowFocus: (row) => roving.setActive(row.index),
    onRowClick: (event, row) => {
      roving.setActive(row.index);
      host.requestUpdate();
      if ((event.target as Element).closest('a')) return;
      select(row);
    },
    onLinkClick: (event, row) => {
      event.stopPropagation();
      roving.setActive(row.index);
      if (followingLink) return;
      if (!select(row)) event.preventDefault();
    },
    onRowKey: (event) => {
      const target = event.currentTarget as HTMLElement;
      if (event.target !== target || target.getAttribute('role') !== 'row') return;
      if (roving.handleKey(event)) return;
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      const key = Number(target.dataset.key);
      const row = rows().find((r) => r.index === key);
      if (!row || !select(row)) return;
      // Enter on a row with a link follows it, as Enter on the link itself would.
      const link = target.querySelector<HTMLAnchorElement>('a[href]');
      if (!link || event.key !== 'Enter') return;
      followingLink = true;
      try {
        link.click();
      } finally {
        followingLink = false;
      }
    },
  };
}

import type {
  PortfolioRow,
  PortfolioSummary,
  Project,
  UnreadableEntry,
} from '../../domain/index.js';

export interface ProjectSelectDetail {
  /** The parsed, normalised project of the chosen row. */
  project: Project;
  /** The row as the table shows it (status, figures, position in the input). */
  row: PortfolioRow;
}

export interface PortfolioCsvDownloadDetail {
  /** The CSV text (without the byte-order mark, which the downloaded file starts with). */
  csv: string;
  filename: string;
}

export interface PortfolioLoadDetail {
  summary: PortfolioSummary;
  unreadable: UnreadableEntry[];
}

export type ProjectSelectEvent = CustomEvent<ProjectSelectDetail>;
export type PortfolioCsvDownloadEvent = CustomEvent<PortfolioCsvDownloadDetail>;
export type PortfolioLoadEvent = CustomEvent<PortfolioLoadDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'project-select': ProjectSelectEvent;
    'portfolio-csv-download': PortfolioCsvDownloadEvent;
    'portfolio-load': PortfolioLoadEvent;
  }
}

// Tabulator ships no types; the bench uses a handful of its methods.
declare module 'tabulator-tables' {
  export class TabulatorFull {
    constructor(element: HTMLElement, options: Record<string, unknown>);
    on(event: string, callback: () => void): void;
    setSort(field: string, direction: 'asc' | 'desc'): void;
    setFilter(field: string, type: string, value: unknown): void;
    getDataCount(which?: string): number;
  }
}

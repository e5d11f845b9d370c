import { defineElement } from '../../internal/define.js';
import { KpiQuarterTable } from './kpi-quarter-table.js';

export { KpiQuarterTable };

defineElement('kpi-quarter-table', KpiQuarterTable);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-quarter-table': KpiQuarterTable;
  }
}

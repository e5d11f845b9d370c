import { defineElement } from '../../internal/define.js';
import { ProgressLog } from './progress-log.js';

export { ProgressLog };

defineElement('progress-log', ProgressLog);

declare global {
  interface HTMLElementTagNameMap {
    'progress-log': ProgressLog;
  }
}

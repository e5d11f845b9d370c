// The entry of the single-file bundle (`vite build --mode cdn`): the whole library as
// src/index.ts exports it, with its modules laid out for gzip. gzip finds repeats only within
// 32 KB, so text of one kind compresses better side by side: the style sheets, then the English
// and Thai tables, then the geometry are placed first, ahead of the code that imports them
// (about 0.6 KB gzip less than the order of the imports). These modules have no side effects.
import './internal/styles.js';
import './components/project-progress/project-progress.styles.js';
import './components/milestone-timeline/milestone-timeline.styles.js';
import './components/kpi-quarter-table/kpi-quarter-table.styles.js';
import './components/progress-log/progress-log.styles.js';
import './components/project-dashboard/project-dashboard.styles.js';
import './components/project-portfolio/project-portfolio.styles.js';
import './i18n/locales/th.js';
import './domain/messages.js';
import './viz/scale.js';
import './viz/curves.js';
import './viz/gauge.js';
import './viz/timeline.js';
import './viz/log-chart.js';
import './viz/kpi-bars.js';

export * from './index.js';

// The whole library: registers all six elements and exports their classes and the domain API.
// For the classes without registering any tag, import 'project-progress-elements/classes.js'.
export * from './classes.js';
import './components/project-progress/define.js';
import './components/milestone-timeline/define.js';
import './components/kpi-quarter-table/define.js';
import './components/progress-log/define.js';
import './components/project-dashboard/define.js';
import './components/project-portfolio/define.js';

// The KPI tables drawn with Chart.js and HTML, beside <kpi-quarter-table>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/chartjs-kpi-quarter-table.js';
import { chartjsKit } from '../peers/chartjs-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('chartjs', PARTS['kpi-quarter-table'], chartjsKit(setUp())), evaluated);

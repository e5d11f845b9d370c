// The KPI tables drawn with ECharts and HTML, beside <kpi-quarter-table>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/echarts-kpi-quarter-table.js';
import { echartsKit } from '../peers/echarts-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('echarts', PARTS['kpi-quarter-table'], echartsKit(setUp())), evaluated);

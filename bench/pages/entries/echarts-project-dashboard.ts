// The whole seed page drawn with ECharts and HTML, beside <project-dashboard>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/echarts-project-dashboard.js';
import { echartsKit } from '../peers/echarts-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('echarts', PARTS['project-dashboard'], echartsKit(setUp())), evaluated);

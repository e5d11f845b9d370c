// The headline gauge drawn with ECharts and HTML, beside <project-progress>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/echarts-project-progress.js';
import { echartsKit } from '../peers/echarts-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('echarts', PARTS['project-progress'], echartsKit(setUp())), evaluated);

// The progress log drawn with ECharts and HTML, beside <progress-log>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/echarts-progress-log.js';
import { echartsKit } from '../peers/echarts-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('echarts', PARTS['progress-log'], echartsKit(setUp())), evaluated);

// The plan on the fiscal year drawn with ECharts and HTML, beside <milestone-timeline>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/echarts-milestone-timeline.js';
import { echartsKit } from '../peers/echarts-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('echarts', PARTS['milestone-timeline'], echartsKit(setUp())), evaluated);

// The plan on the fiscal year drawn with Chart.js and HTML, beside <milestone-timeline>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/chartjs-milestone-timeline.js';
import { chartjsKit } from '../peers/chartjs-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('chartjs', PARTS['milestone-timeline'], chartjsKit(setUp())), evaluated);

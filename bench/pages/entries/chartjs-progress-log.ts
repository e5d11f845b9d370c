// The progress log drawn with Chart.js and HTML, beside <progress-log>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/chartjs-progress-log.js';
import { chartjsKit } from '../peers/chartjs-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('chartjs', PARTS['progress-log'], chartjsKit(setUp())), evaluated);

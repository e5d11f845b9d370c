// The headline gauge drawn with Chart.js and HTML, beside <project-progress>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/chartjs-project-progress.js';
import { chartjsKit } from '../peers/chartjs-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('chartjs', PARTS['project-progress'], chartjsKit(setUp())), evaluated);

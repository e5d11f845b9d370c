// The whole seed page drawn with Chart.js and HTML, beside <project-dashboard>.
import { run } from '../harness.js';
import { setUp } from '../peers/use/chartjs-project-dashboard.js';
import { chartjsKit } from '../peers/chartjs-kit.js';
import { PARTS, peerAdapter } from '../peers/page.js';

const evaluated = performance.now();
void run(peerAdapter('chartjs', PARTS['project-dashboard'], chartjsKit(setUp())), evaluated);

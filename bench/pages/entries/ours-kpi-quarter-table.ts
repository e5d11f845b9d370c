// <kpi-quarter-table> alone, drawn by our element, imported as an app would:
// its module registers the tag.
import { run } from '../harness.js';
import '../../../src/components/kpi-quarter-table/define.js';
import { oursAdapter } from '../ours.js';

const evaluated = performance.now();
void run(oursAdapter('kpi-quarter-table'), evaluated);

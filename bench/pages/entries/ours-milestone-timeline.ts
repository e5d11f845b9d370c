// <milestone-timeline> alone, drawn by our element, imported as an app would:
// its module registers the tag.
import { run } from '../harness.js';
import '../../../src/components/milestone-timeline/define.js';
import { oursAdapter } from '../ours.js';

const evaluated = performance.now();
void run(oursAdapter('milestone-timeline'), evaluated);

// <project-progress> alone, drawn by our element, imported as an app would:
// its module registers the tag.
import { run } from '../harness.js';
import '../../../src/components/project-progress/define.js';
import { oursAdapter } from '../ours.js';

const evaluated = performance.now();
void run(oursAdapter('project-progress'), evaluated);

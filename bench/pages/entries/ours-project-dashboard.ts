// The seed dashboard drawn by <project-dashboard> (its module registers the tag; it defines the
// four elements inside it when it is first created).
import { run } from '../harness.js';
import '../../../src/components/project-dashboard/define.js';
import { oursAdapter } from '../ours.js';

const evaluated = performance.now();
void run(oursAdapter('project-dashboard'), evaluated);

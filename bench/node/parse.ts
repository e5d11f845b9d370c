// parseProject throughput in Node: `node parse.js 1000 10000` prints one JSON line per count,
// the time of each pass over `count` distinct typical projects (the first pass is a discarded
// warm-up). Built by bench/run.mjs into bench/.tmp/node/parse.js, zod included.
import { parseProject } from '../../src/domain/index.js';
import { AS_OF, typicalProjects } from '../pages/data.js';

declare const process: { argv: string[]; env: Record<string, string | undefined> };
declare const gc: (() => void) | undefined;

const samples = Number(process.env.BENCH_SAMPLES ?? 5);

for (const count of process.argv.slice(2).map(Number)) {
  const projects = typicalProjects(count);
  const times: number[] = [];
  let valid = 0;
  let warnings = 0;
  for (let pass = 0; pass <= samples; pass++) {
    if (typeof gc === 'function') gc();
    valid = 0;
    warnings = 0;
    const start = performance.now();
    for (const project of projects) {
      const result = parseProject(project, { asOf: AS_OF });
      if (result.ok) {
        valid++;
        warnings += result.warnings.length;
      }
    }
    const time = performance.now() - start;
    if (pass > 0) times.push(time);
  }
  console.log(JSON.stringify({ count, times, valid, warnings }));
}

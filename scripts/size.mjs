// Prints the gzip size of the single-file bundle and of each npm entry module; fails above the
// budget. Size, not time: this is a byte count, the same on every machine.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.PPE_SIZE_BUDGET_KB ?? 60);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

const bundle = 'dist/cdn/project-progress-elements.js';
if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const raw = readFileSync(bundle).length;
const zipped = gz(bundle);
console.log(`${bundle}: ${kb(raw)} KB, ${kb(zipped)} KB gzip (budget ${BUDGET_KB} KB gzip)`);

for (const entry of [
  'domain/index',
  'project-progress',
  'milestone-timeline',
  'kpi-quarter-table',
  'progress-log',
  'project-dashboard',
]) {
  const path = `dist/${entry}.js`;
  if (existsSync(path))
    console.log(`  dist/${entry}.js: ${kb(gz(path))} KB gzip (own code, deps external)`);
}

if (zipped > BUDGET_KB * 1024) {
  console.error(`The single-file bundle is over its budget of ${BUDGET_KB} KB gzip.`);
  process.exit(1);
}

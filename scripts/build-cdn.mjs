// `node scripts/build-cdn.mjs [--combined-only]`: the single-file bundles in dist/cdn/, each
// self-contained (Lit, the D3 parts, zod, the Thai table) and fetching nothing else:
//
//   dist/cdn/project-progress-elements.js   all five elements (vite build --mode cdn)
//   dist/cdn/<tag>.js                       one element each, for a page that uses only it
//
// A page loads one of them: two of them on one page would each bring their own copy of Lit
// (the tags are defined once either way: the second define is skipped). `npm test` builds the
// combined one (--combined-only), which test/hostile/csp.test.ts loads as shipped.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const ELEMENTS = [
  'project-progress',
  'milestone-timeline',
  'kpi-quarter-table',
  'progress-log',
  'project-dashboard',
  'project-portfolio',
];

const repo = resolve(import.meta.dirname, '..');

/** Builds the combined bundle, then (unless `combinedOnly`) one bundle per element beside it. */
export async function buildCdn({ combinedOnly = false } = {}) {
  const common = {
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'warn',
  };
  // Only a full build empties dist/cdn: the tests' rebuild leaves the per-element files be.
  await build({ ...common, build: { emptyOutDir: !combinedOnly } });
  if (combinedOnly) return;
  for (const tag of ELEMENTS) {
    await build({
      ...common,
      build: {
        emptyOutDir: false,
        lib: {
          entry: join(repo, `src/components/${tag}/define.ts`),
          formats: ['es'],
          fileName: () => `${tag}.js`,
        },
      },
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCdn({ combinedOnly: process.argv.includes('--combined-only') });
}

// `npm run build`: translations, the npm modules with their types, the single-file bundle, the
// Custom Elements Manifest, the JSON Schema and the static demo. Stops at the first failure.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  // The table with the short keys src/internal/localize.ts looks messages up by.
  ['translations', 'npx lit-localize build && node scripts/i18n.mjs --shorten-keys'],
  ['npm modules', 'npx vite build --mode lib --logLevel warn'],
  ['single-file bundles', 'node scripts/build-cdn.mjs'],
  ['type declarations', 'npx tsc -p tsconfig.build.json'],
  ['custom elements manifest', 'npm run --silent analyze'],
  ['framework template types (Vue, Svelte, JSX)', 'node scripts/gen-framework-types.mjs'],
  ['JSON Schema', 'node scripts/gen-json-schema.mjs dist/project.schema.json'],
  ['demo', 'npx vite build --mode demo --logLevel warn'],
  ['editor data and reference', 'node scripts/gen-docs.mjs'],
];

rmSync('dist', { recursive: true, force: true });
for (const [name, command] of steps) {
  console.log(`• ${name}`);
  execSync(command, { stdio: 'inherit' });
}
console.log('Built dist/ and custom-elements.json.');

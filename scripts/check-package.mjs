// `node scripts/check-package.mjs` (after `npm run build`): the package as the ecosystem's tools
// check it. Prints one line per check with its time, the problems under a failing one, and
// exits non-zero if any fails.
//
//   publint --strict                     package.json fields, exports and files (warnings fail)
//   attw --pack --profile esm-only       every export resolves to JavaScript and to its types
//   custom-elements.json                 valid against the official schema (custom-elements-manifest
//                                        2.x), and what tools need of it: typed events, attributes
//                                        with their field, module paths naming shipped files, no
//                                        private or protected members
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';

const repo = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const bin = (name) => join(repo, 'node_modules/.bin', name);

function tool(command, args) {
  try {
    execFileSync(bin(command), args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (error) {
    return [`${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message];
  }
}

function manifestProblems() {
  const manifest = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8'));
  const schema = JSON.parse(
    readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'),
  );
  const ajv = new Ajv({ allErrors: true, strict: false });
  const problems = [];
  if (!ajv.validate(schema, manifest)) {
    for (const error of ajv.errors) problems.push(`schema: ${error.instancePath} ${error.message}`);
  }
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const shipped = (path) =>
    existsSync(join(repo, path)) &&
    pkg.files.some((entry) => path === entry || path.startsWith(`${entry}/`));
  for (const mod of manifest.modules) {
    if (!shipped(mod.path)) problems.push(`module ${mod.path}: not a file the package ships`);
    for (const declaration of mod.declarations ?? []) {
      const where = `${mod.path} ${declaration.name}`;
      if (declaration.superclass?.module && !shipped(declaration.superclass.module))
        problems.push(`${where}: superclass module ${declaration.superclass.module} not shipped`);
      for (const member of declaration.members ?? []) {
        if (
          member.privacy === 'private' ||
          member.privacy === 'protected' ||
          /^#/.test(member.name)
        )
          problems.push(`${where}: ${member.privacy ?? ''} member ${member.name} listed`);
      }
      for (const attribute of declaration.attributes ?? []) {
        if (!attribute.fieldName)
          problems.push(`${where}: attribute ${attribute.name} has no field`);
      }
      for (const event of declaration.events ?? []) {
        if (!event.type?.text) problems.push(`${where}: event ${event.name} has no type`);
      }
    }
  }
  return problems;
}

const checks = [
  ['publint --strict', () => tool('publint', ['--strict'])],
  ['attw --pack --profile esm-only', () => tool('attw', ['--pack', '.', '--profile', 'esm-only'])],
  ['custom-elements.json against the schema and for tools', manifestProblems],
];

let failed = 0;
for (const [name, check] of checks) {
  const started = Date.now();
  const problems = check();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) console.log(`✓ ${name} (${seconds} s)`);
  else {
    failed++;
    console.log(`✗ ${name} (${seconds} s)`);
    for (const problem of problems) console.log(`    ${problem.replace(/\n/g, '\n    ')}`);
  }
}
console.log(`package checks: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

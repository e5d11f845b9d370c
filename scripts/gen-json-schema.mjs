// Writes the JSON Schema of project JSON, generated from the input side of the zod schema in
// src/schema (the single source of truth), so that a backend in any language can validate a
// project before it sends it. Usage: node scripts/gen-json-schema.mjs [out, default
// dist/project.schema.json].
//
// The schema module is compiled from source on the fly (esbuild, into a temporary directory),
// so the output never lags behind src/ whatever has or has not been built.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'dist/project.schema.json'));
const temp = mkdtempSync(join(tmpdir(), 'ppe-schema-'));

try {
  const compiled = join(temp, 'schema.mjs');
  await build({
    stdin: {
      contents: "export { projectJsonSchema } from './src/schema/json-schema.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: compiled,
    logLevel: 'warning',
  });
  const { projectJsonSchema } = await import(pathToFileURL(compiled).href);
  // The input side: what a sender may write (defaults make fields optional; BE years and
  // D/M/YYYY dates allowed), not what parseProject returns.
  const schema = projectJsonSchema();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Wrote ${relative(process.cwd(), out)}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

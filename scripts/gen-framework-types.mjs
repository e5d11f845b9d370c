// `node scripts/gen-framework-types.mjs` (the build runs it after the manifest): template types
// for the frameworks people use custom elements from, generated from custom-elements.json by the
// custom-element-*-integration generators (github.com/break-stuff/cem-tools). Each file imports
// the element classes and event details from dist/types/classes.d.ts, so an attribute or property
// is typed as the class declares it and an event handler gets the detail the element sends:
//
//   dist/types/frameworks/vue.d.ts     Vue 3 templates (and Vue JSX): `GlobalComponents`
//                                      (keys rewritten to the camel case vue-tsc checks)
//   dist/types/frameworks/svelte.d.ts  Svelte 5 templates: `svelteHTML.IntrinsicElements`
//                                      (the generator writes Svelte 4's `on:event` and
//                                      `bind:prop`; rewritten below to Svelte 5's `onevent` and
//                                      `prop`, which set the listener and the property)
//   dist/types/frameworks/jsx.d.ts     `CustomElements`, for JSX (Preact, Solid, …) to extend
//
// An app opts in with one line, e.g. `/// <reference types="project-progress-elements/vue" />`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const repo = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8'));
const common = {
  outdir: join(repo, 'dist/types/frameworks'),
  // Relative to outdir: the classes and every *Detail type, registering nothing.
  globalTypePath: '../classes.js',
  // The base class has no tag: it is no element of a template.
  exclude: ['ProjectElement'],
  hideLogs: true,
};

generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
generateSvelteTypes(manifest, { ...common, fileName: 'svelte.d.ts' });
generateJsxTypes(manifest, { ...common, fileName: 'jsx.d.ts' });
const out = (name) => join(common.outdir, name);

/** Each generator imports a detail type once per element that fires it: once is enough. */
function dedupeImports(text) {
  return text.replace(/import type \{([^}]*)\}/g, (_, names) => {
    const unique = [
      ...new Set(
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ];
    return `import type { ${unique.join(', ')} }`;
  });
}

writeFileSync(out('jsx.d.ts'), dedupeImports(readFileSync(out('jsx.d.ts'), 'utf8')));

// Vue normalises a template's `as-of` to the prop `asOf`, and `@project-load` to the prop
// `onProjectLoad`, before vue-tsc checks them: the generator's kebab-case keys ("as-of",
// "onproject-load") would match nothing, and strict templates reject the camel-case names.
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const vue = dedupeImports(readFileSync(out('vue.d.ts'), 'utf8')).replace(
  /^(\s*)"([a-z0-9-]+)"\?:( \(e: CustomEvent<)?/gm,
  (_, indent, key, event = '') =>
    event
      ? `${indent}${camel(`on-${key.slice('on'.length)}`)}?:${event}`
      : `${indent}${camel(key)}?:`,
);
if (/^\s*"[a-z0-9-]+"\?:/m.test(vue)) throw new Error('vue.d.ts: a kebab-case key is left');
writeFileSync(out('vue.d.ts'), vue);

const svelte = dedupeImports(readFileSync(out('svelte.d.ts'), 'utf8'))
  .replace(/"on:([a-z-]+)"\?:/g, '"on$1"?:')
  .replace(/"bind:([A-Za-z]+)"\?:/g, '$1?:')
  // Solid's JSX types, which a Svelte app does not have: Svelte's own forms instead.
  .replace(/^\s*\/\*\*[^\n]*\*\/\n\s*children\?: JSX\.Element;\n/m, '')
  .replace(/^\s*\/\*\*[^\n]*\*\/\n\s*classList\?:[^\n]*\n/m, '')
  .replace('style?: JSX.CSSProperties;', 'style?: string;')
  // The file imports, so it is a module: the namespace Svelte reads must be declared global.
  .replace(
    /\ndeclare namespace svelteHTML \{([\s\S]*)\}\s*$/,
    '\ndeclare global {\n  namespace svelteHTML {$1}\n}\n',
  );
if (!svelte.includes('declare global {\n  namespace svelteHTML')) {
  throw new Error('svelte.d.ts: the svelteHTML namespace was not found');
}
if (/JSX\.|"(on|bind):/.test(svelte))
  throw new Error('svelte.d.ts: a Svelte 4 or JSX form is left');
writeFileSync(out('svelte.d.ts'), svelte);

console.log('Wrote dist/types/frameworks/{vue,svelte,jsx}.d.ts.');

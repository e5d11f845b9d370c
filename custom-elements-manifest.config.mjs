// The Custom Elements Manifest: what Storybook's docs, the editor data and the reference read.
// Our tags are registered through defineElement('tag', Class) (a guarded define), which the
// analyzer does not know; the plugin below teaches it, so every class gets its tag name.
function defineElementPlugin() {
  const tags = new Map();
  return {
    name: 'ppe-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        tags.set(node.arguments[1].text, node.arguments[0].text);
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: node.arguments[0].text,
          declaration: { name: node.arguments[1].text, module: moduleDoc.path },
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind === 'class' && tag) {
            declaration.tagName = tag;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

/**
 * Internal reactive state is declared in `static properties` as `{ state: true }` (decorators
 * would ship a helper per property), and the analyzer takes every entry there for an attribute.
 * A private or protected field is never one: its attribute entries are dropped here. So is the
 * bare member (no type, no description) that such an entry adds for a field marked @internal.
 */
function internalStatePlugin() {
  return {
    name: 'ppe-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          for (const member of declaration.members ?? []) {
            if (hidden.has(member.name)) delete member.attribute;
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                member.kind !== 'field' ||
                member.type ||
                member.description ||
                member.default ||
                hidden.has(member.name),
            );
          }
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !hidden.has(attribute.fieldName),
            );
          }
        }
      }
    },
  };
}

/** The file each source module's classes ship in: the entry point that exports them. */
function shippedPath(sourcePath) {
  const element = sourcePath.match(/^src\/components\/([^/]+)\/(?:\1|define)\.ts$/);
  if (element) return `dist/${element[1]}.js`;
  if (
    sourcePath === 'src/internal/project-element.ts' ||
    sourcePath === 'src/internal/data-element.ts'
  ) {
    return 'dist/classes.js';
  }
  return undefined;
}

/**
 * Lit's own statics and the custom-element callbacks are public in TypeScript, but nobody using
 * an element calls them: they are no more its API than a private member.
 */
const NOT_API = new Set([
  'styles',
  'properties',
  'observedAttributes',
  'shadowRootOptions',
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
]);

/**
 * The manifest as the package ships: what tools read it for (generated framework types,
 * Storybook, editors) is the public API, in the files an app imports.
 *
 * - Module paths name the shipped entry point (`dist/project-progress.js`, whose declarations are
 *   `dist/types/components/project-progress/define.d.ts` through package.json's `exports`), not a
 *   `src/**\/*.ts` file that is not in the package. An element's `define.ts` module is merged into
 *   it; modules of internal helpers (no class), which the package does not export, are left out.
 * - Private, protected, `#private` and `@internal` members, and Lit's statics, are dropped: the
 *   manifest lists what a page or an app may use.
 * - The native `lang` attribute, which the base class observes, gets its field (`lang`) and a
 *   description: without a field, generated types read `Element["undefined"]`.
 */
function shippedManifestPlugin() {
  return {
    name: 'ppe-shipped-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const byPath = new Map();
      for (const mod of customElementsManifest.modules) {
        const path = shippedPath(mod.path);
        if (!path) continue;
        const kept = byPath.get(path) ?? {
          kind: 'javascript-module',
          path,
          declarations: [],
          exports: [],
        };
        byPath.set(path, kept);
        kept.declarations.push(...(mod.declarations ?? []).filter((d) => d.kind === 'class'));
        kept.exports.push(
          ...(mod.exports ?? []).filter(
            (e) => e.kind === 'custom-element-definition' || /^[A-Z]/.test(e.name),
          ),
        );
      }
      // A superclass is named by its import (`/src/internal/project-element.js`).
      const relink = (reference) => {
        if (!reference?.module) return;
        const source = reference.module.replace(/^\//, '').replace(/\.js$/, '.ts');
        reference.module = shippedPath(source) ?? reference.module;
      };
      for (const mod of byPath.values()) {
        // One export per name (define.ts re-exports the class of the element module), and only
        // the classes and the tags: the entry points export nothing else.
        const classes = new Set(mod.declarations.map((declaration) => declaration.name));
        const seen = new Set();
        mod.exports = mod.exports.filter((e) => {
          if (e.kind !== 'custom-element-definition' && !classes.has(e.name)) return false;
          const key = `${e.kind}:${e.name}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        for (const e of mod.exports) relink(e.declaration);
        for (const declaration of mod.declarations) {
          relink(declaration.superclass);
          declaration.members = (declaration.members ?? []).filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#') &&
              !NOT_API.has(member.name) &&
              !/@internal\b/.test(member.description ?? ''),
          );
          const members = new Set(declaration.members.map((member) => member.name));
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) =>
              attribute.name === 'lang' || !attribute.fieldName || members.has(attribute.fieldName),
          );
          for (const attribute of declaration.attributes) {
            if (attribute.name === 'lang' && !attribute.fieldName) {
              attribute.fieldName = 'lang';
              // Its documented values are in scripts/gen-docs.mjs; any BCP 47 tag is accepted.
              attribute.description ??=
                'The language of the interface, `en` or `th` (`th-TH` counts as `th`). Default: the ' +
                'nearest `lang` up the tree (crossing shadow roots), then `<html lang>`, then `en`.';
            }
          }
          for (const item of [
            ...declaration.members,
            ...declaration.attributes,
            ...(declaration.events ?? []),
          ])
            relink(item.inheritedFrom);
        }
      }
      customElementsManifest.modules = [...byPath.values()];
    },
  };
}

export default {
  globs: [
    'src/components/**/*.ts',
    'src/internal/project-element.ts',
    'src/internal/data-element.ts',
  ],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  plugins: [defineElementPlugin(), internalStatePlugin(), shippedManifestPlugin()],
};

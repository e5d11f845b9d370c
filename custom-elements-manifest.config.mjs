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

export default {
  globs: ['src/components/**/*.ts', 'src/internal/project-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  plugins: [defineElementPlugin(), internalStatePlugin()],
};

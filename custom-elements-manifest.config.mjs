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

export default {
  globs: ['src/components/**/*.ts', 'src/internal/project-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  plugins: [defineElementPlugin()],
};

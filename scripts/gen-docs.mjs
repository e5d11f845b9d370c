// `node scripts/gen-docs.mjs [--check]`: from custom-elements.json (run `npm run analyze` or the
// build first), writes what editors and readers use:
//   dist/vscode.html-custom-data.json  VS Code: tag and attribute completion and hover docs
//   dist/web-types.json                JetBrains IDEs (the package.json "web-types" field)
//   docs/reference.md                  the reference page: every element's API with an example
// --check writes nothing and fails when docs/reference.md is not what the manifest says.
// The React props of each event are read from src/react/index.ts; an event that has none fails.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const repo = resolve(import.meta.dirname, '..');
const read = (path) => readFileSync(join(repo, path), 'utf8');
const check = process.argv.includes('--check');

if (!existsSync(join(repo, 'custom-elements.json'))) {
  console.error('custom-elements.json is missing: run `npm run analyze` (or the build) first.');
  process.exit(1);
}
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));

// ─── what the manifest does not say ─────────────────────────────────────────────────────────

/** `lang` is the native attribute the base class observes; the analyzer has no words for it. */
const NATIVE_ATTRIBUTES = {
  lang: {
    description:
      'The language of the interface, `en` or `th` (`th-TH` counts as `th`). Default: the nearest ' +
      '`lang` up the tree (crossing shadow roots), then `<html lang>`, then `en`.',
    type: "'en' | 'th'",
  },
};

/** The inline JSON child: not a slot (it is never shown), but it is how a page gives data. */
const INLINE_JSON =
  'No slots. A child `<script type="application/json">` holding the project JSON is read as the ' +
  'project (when neither `project` nor `src` is set) and is never shown.';

/** A usage example for each element: what a page author would write first. */
const EXAMPLES = {
  'project-progress': {
    html: `<project-progress lang="th" src="/api/projects/50080000-2982.json"></project-progress>

<!-- in a table cell: the dial and the figure only -->
<project-progress variant="compact" src="/api/projects/50080000-2982.json"></project-progress>`,
  },
  'milestone-timeline': {
    html: `<milestone-timeline lang="th" as-of="2020-09-30" src="/api/projects/50080000-2982.json">
</milestone-timeline>`,
    js: `document.querySelector('milestone-timeline').addEventListener('milestone-select', (event) => {
  console.log(event.detail.step.name); // the plan step a person chose
});`,
  },
  'kpi-quarter-table': {
    html: `<!-- only the indicator 5008-0791 -->
<kpi-quarter-table lang="th" kpi="5008-0791" src="/api/projects/50080000-2982.json">
</kpi-quarter-table>`,
    js: `// Send the CSV to your own endpoint instead of downloading it.
document.querySelector('kpi-quarter-table').addEventListener('kpi-csv-download', (event) => {
  event.preventDefault();
  fetch('/api/exports', { method: 'POST', body: event.detail.csv });
});`,
  },
  'progress-log': {
    html: `<progress-log lang="th" problems-only initial-count="5" src="/api/projects/50080000-2982.json">
</progress-log>`,
    js: `document.querySelector('progress-log').addEventListener('log-filter-change', (event) => {
  console.log(event.detail.problemsOnly);
});`,
  },
  'project-dashboard': {
    html: `<project-dashboard lang="th" heading-level="1">
  <script type="application/json">
    { "schemaVersion": 1, "id": "50080000-2982", "title": "…",
      "organization": { "name": "สำนักงานเขตพญาไท" }, "fiscalYear": 2563 }
  </script>
</project-dashboard>`,
  },
  'project-portfolio': {
    html: `<project-portfolio
  lang="th"
  src="/api/projects-2563.ndjson"
  project-href="/monitor/project?id={id}"
></project-portfolio>`,
    js: `// Open the project in the page instead of following its link.
document.querySelector('project-portfolio').addEventListener('project-select', (event) => {
  event.preventDefault();
  document.querySelector('project-dashboard').project = event.detail.project;
});`,
  },
};

// ─── type aliases: `Calendar` → 'buddhist' | 'gregory', for completion of attribute values ───

/** Every `type X = 'a' | 'b'` in src, by name: the values an attribute of that type takes. */
function stringUnionAliases() {
  const aliases = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(join(repo, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const file = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true);
        for (const statement of file.statements) {
          if (!ts.isTypeAliasDeclaration(statement)) continue;
          const members = ts.isUnionTypeNode(statement.type)
            ? statement.type.types
            : [statement.type];
          const values = members.map((member) =>
            ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)
              ? member.literal.text
              : null,
          );
          if (values.every((value) => value !== null)) aliases.set(statement.name.text, values);
        }
      }
    }
  };
  walk('src');
  return aliases;
}
const aliases = stringUnionAliases();

/** The type as a reader wants it: aliases spelled out, `| undefined` dropped. */
function describeType(text) {
  if (!text) return { text: '', values: null };
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const values = [];
  for (const part of parts) {
    const literal = part.match(/^'(.*)'$/);
    if (literal) values.push(literal[1]);
    else if (aliases.has(part)) values.push(...aliases.get(part));
    else return { text: parts.join(' | '), values: null };
  }
  return { text: values.map((value) => `'${value}'`).join(' | '), values };
}

// ─── React props, from the wrappers' source ───────────────────────────────────────────────────

/** `onMilestoneSelect: 'milestone-select' as …` → {'milestone-select': 'onMilestoneSelect'}. */
function reactEventProps() {
  const props = {};
  const source = read('src/react/index.ts');
  for (const [, prop, event] of source.matchAll(/\b(on[A-Z]\w*):\s*'([a-z-]+)'/g)) {
    props[event] = prop;
  }
  return props;
}
const reactProps = reactEventProps();
const reactComponent = (tag) =>
  tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

// ─── the elements ─────────────────────────────────────────────────────────────────────────────

const elements = [];
for (const mod of manifest.modules) {
  for (const declaration of mod.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const attributes = (declaration.attributes ?? []).map((attribute) => {
      const native = NATIVE_ATTRIBUTES[attribute.name];
      const type = describeType(attribute.type?.text ?? native?.type);
      return {
        name: attribute.name,
        property: attribute.fieldName ?? (native ? attribute.name : undefined),
        description: attribute.description ?? native?.description ?? '',
        default: attribute.default,
        type,
      };
    });
    const withAttribute = new Set(attributes.map((attribute) => attribute.property));
    const members = (declaration.members ?? []).filter(
      (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
    );
    const properties = members
      .filter((member) => member.kind === 'field' && !withAttribute.has(member.name))
      .map((member) => ({
        name: member.name,
        type: describeType(member.type?.text).text,
        readonly: Boolean(member.readonly),
        default: member.default,
        description: member.description ?? '',
      }));
    const methods = members
      .filter((member) => member.kind === 'method')
      .map((member) => ({
        name: member.name,
        signature: `${member.name}(${(member.parameters ?? []).map((p) => p.name).join(', ')})`,
        returns: member.return?.type?.text ?? 'void',
        description: member.description ?? '',
      }));
    const events = (declaration.events ?? [])
      .filter((event) => event.name)
      .map((event) => ({
        name: event.name,
        description: event.description ?? '',
        react: reactProps[event.name],
      }));
    elements.push({
      tag: declaration.tagName,
      className: declaration.name,
      summary: declaration.summary ?? '',
      description: declaration.description ?? '',
      attributes,
      properties,
      methods,
      events,
      slots: declaration.slots ?? [],
      parts: declaration.cssParts ?? [],
      cssProperties: declaration.cssProperties ?? [],
    });
  }
}
const ORDER = [
  'project-progress',
  'milestone-timeline',
  'kpi-quarter-table',
  'progress-log',
  'project-dashboard',
  'project-portfolio',
];
const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
elements.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));

const missing = elements.flatMap((element) =>
  element.events.filter((event) => !event.react).map((event) => `${element.tag}: ${event.name}`),
);
if (missing.length) {
  console.error(`Events without a React prop in src/react/index.ts: ${missing.join(', ')}`);
  process.exit(1);
}
if (elements.length === 0) {
  console.error('custom-elements.json lists no custom element.');
  process.exit(1);
}

// ─── the shared tokens, read from the base styles ───────────────────────────────────────────

function sharedTokens() {
  const styles = read('src/internal/styles.ts');
  // `--_ok: var(--ppe-color-success, …)`: the private name each token is read into.
  const privateNames = new Map(
    [...styles.matchAll(/(--_[\w-]+):\s*var\((--ppe-[\w-]+),/g)].map(([, name, token]) => [
      name,
      token,
    ]),
  );
  const tokens = [];
  for (const [, token, fallback] of styles.matchAll(/var\((--ppe-[\w-]+),\s*([^;]+?)\)[;\s]/g)) {
    const known = tokens.find((t) => t.token === token);
    // Declared twice: a plain colour, then a light-dark() pair under @supports. The pair is
    // what a reader's engine uses where it can; the prose says what older engines get.
    if (known) {
      if (fallback.includes('light-dark(')) known.fallback = fallback;
      continue;
    }
    const viaPrivate = fallback.match(/^var\((--_[\w-]+)\)$/);
    tokens.push({
      token,
      fallback: viaPrivate ? (privateNames.get(viaPrivate[1]) ?? fallback) : fallback,
    });
  }
  return tokens;
}

// ─── VS Code custom data ──────────────────────────────────────────────────────────────────────

const markdown = (value) => ({ kind: 'markdown', value });

const vscode = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tag,
    description: markdown(
      [
        element.description || element.summary,
        element.events.length
          ? `Events: ${element.events.map((event) => `\`${event.name}\``).join(', ')}`
          : '',
        element.parts.length
          ? `CSS parts: ${element.parts.map((part) => `\`${part.name}\``).join(', ')}`
          : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: markdown(
        [
          attribute.description,
          attribute.default !== undefined ? `Default: \`${attribute.default}\`` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      ),
      ...(attribute.type.values
        ? { values: attribute.type.values.map((value) => ({ name: value })) }
        : attribute.type.text === 'boolean'
          ? { valueSet: 'v' }
          : {}),
    })),
  })),
};

// ─── JetBrains web-types ──────────────────────────────────────────────────────────────────────

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'js-types-syntax': 'typescript',
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tag,
        description: element.description || element.summary,
        source: { module: `${pkg.name}/${element.tag}.js`, symbol: element.className },
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.default !== undefined ? { default: attribute.default } : {}),
          required: false,
          value:
            attribute.type.text === 'boolean'
              ? { kind: 'no-value', type: 'boolean' }
              : { kind: 'plain', type: attribute.type.text || 'string' },
          ...(attribute.type.values
            ? { values: attribute.type.values.map((value) => ({ name: value })) }
            : {}),
        })),
        slots: element.slots.map((slot) => ({
          name: slot.name,
          description: slot.description ?? '',
        })),
        js: {
          properties: [
            ...element.attributes
              .filter((attribute) => attribute.property)
              .map((attribute) => ({
                name: attribute.property,
                description: attribute.description,
                type: attribute.type.text || 'string',
              })),
            ...element.properties.map((property) => ({
              name: property.name,
              description: property.description,
              type: property.type,
            })),
          ],
          events: element.events.map((event) => ({
            name: event.name,
            description: event.description,
          })),
        },
        css: {
          parts: element.parts.map((part) => ({
            name: part.name,
            description: part.description ?? '',
          })),
          properties: element.cssProperties.map((property) => ({
            name: property.name,
            description: property.description ?? '',
          })),
        },
      })),
    },
  },
};

// ─── docs/reference.md ────────────────────────────────────────────────────────────────────────

/** Text for a Markdown table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
/** Inline code; a table's pipes are escaped by `cell` when the row is written. */
const code = (text) =>
  text === undefined || text === '' ? '' : `\`${String(text).replace(/\s*\n\s*/g, ' ')}\``;

function table(head, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

function referenceFor(element) {
  const example = EXAMPLES[element.tag] ?? {
    html: `<${element.tag} src="/api/projects/50080000-2982.json"></${element.tag}>`,
  };
  const lines = [
    `## \`<${element.tag}>\``,
    '',
    // The description usually opens with the summary; the summary alone when there is none.
    element.description || element.summary,
    '',
    '```html',
    example.html,
    '```',
    '',
  ];
  if (example.js) lines.push('```js', example.js, '```', '');
  lines.push(
    table(
      ['how', 'import'],
      [
        ['npm, registers the tag', code(`import '${pkg.name}/${element.tag}.js';`)],
        [
          'the class only, to register your own tag',
          code(`import { ${element.className} } from '${pkg.name}/classes.js';`),
        ],
        ['React', code(`import { ${reactComponent(element.tag)} } from '${pkg.name}/react';`)],
        ['a page without a build', 'the single file `dist/cdn/project-progress-elements.js`'],
      ],
    ),
  );
  lines.push(
    '### Attributes',
    '',
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      element.attributes.map((attribute) => [
        code(attribute.name),
        code(attribute.property),
        code(attribute.type.text),
        code(attribute.default),
        attribute.description,
      ]),
    ),
  );
  if (element.properties.length)
    lines.push(
      '### Properties (JavaScript only)',
      '',
      table(
        ['property', 'type', 'default', 'description'],
        element.properties.map((property) => [
          code(property.name),
          code(property.type),
          code(property.default),
          `${property.readonly ? 'Read-only. ' : ''}${property.description}`,
        ]),
      ),
    );
  if (element.methods.length)
    lines.push(
      '### Methods',
      '',
      table(
        ['method', 'returns', 'description'],
        element.methods.map((method) => [
          code(method.signature),
          code(method.returns),
          method.description,
        ]),
      ),
    );
  lines.push(
    '### Events',
    '',
    'All bubble and cross shadow roots (`composed`); typed in `GlobalEventHandlersEventMap`.',
    '',
    table(
      ['event', 'React prop', 'description'],
      element.events.map((event) => [code(event.name), code(event.react), event.description]),
    ),
    '### Slots',
    '',
    element.slots.length
      ? table(
          ['slot', 'description'],
          element.slots.map((slot) => [
            slot.name ? code(slot.name) : '(default)',
            slot.description,
          ]),
        )
      : `${INLINE_JSON}\n`,
    '### CSS parts',
    '',
    table(
      ['part', 'description'],
      element.parts.map((part) => [code(part.name), part.description]),
    ) || 'None.\n',
    '### CSS custom properties',
    '',
    table(
      ['property', 'default', 'description'],
      element.cssProperties.map((property) => [
        code(property.name),
        code(property.default),
        property.description,
      ]),
    ) || 'None of its own; the shared tokens below apply.\n',
  );
  return lines.join('\n');
}

const tokens = sharedTokens();
const reference = [
  '# Reference',
  '',
  '<!-- Generated by scripts/gen-docs.mjs from custom-elements.json (the JSDoc of each element).',
  '     Do not edit: change the JSDoc, then run `npm run build` or `npm run docs`. -->',
  '',
  `Every element of \`${pkg.name}\` ${pkg.version}: attributes, properties, events, slots, CSS parts`,
  'and custom properties, with an example each. Every element takes the project the same three ways',
  '(the `project` property, the `src` attribute, or a child `<script type="application/json">`) and',
  'understands the same attributes (`lang`, `as-of`, `calendar`, `numerals`, `stale-after-days`);',
  'see [the guide for pages without JavaScript](no-javascript.md), [the JSON contract](project-json.md),',
  '[theming](theming.md) and [Thai](thai.md).',
  '',
  ...elements.map((element) => `- [\`<${element.tag}>\`](#${element.tag}) — ${element.summary}`),
  '',
  ...elements.map(referenceFor),
  '## Shared tokens',
  '',
  'Every element reads these custom properties (set them on the element or any ancestor). Colours',
  'default to `light-dark()` pairs and system colours (the light one of each pair where an engine',
  'has no `light-dark()`); see [theming](theming.md).',
  '',
  table(
    ['custom property', 'default'],
    tokens.map((token) => [code(token.token), code(token.fallback)]),
  ),
].join('\n');
const referenceText = `${reference.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;

if (check) {
  const current = existsSync(join(repo, 'docs/reference.md')) ? read('docs/reference.md') : '';
  if (current !== referenceText) {
    console.error('docs/reference.md is out of date: run `npm run docs` and commit it.');
    process.exit(1);
  }
  console.log('docs/reference.md is up to date.');
} else {
  mkdirSync(join(repo, 'dist'), { recursive: true });
  mkdirSync(join(repo, 'docs'), { recursive: true });
  writeFileSync(
    join(repo, 'dist/vscode.html-custom-data.json'),
    `${JSON.stringify(vscode, null, 2)}\n`,
  );
  writeFileSync(join(repo, 'dist/web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
  writeFileSync(join(repo, 'docs/reference.md'), referenceText);
  console.log(
    `Wrote docs/reference.md, dist/vscode.html-custom-data.json and dist/web-types.json` +
      ` (${elements.length} elements).`,
  );
}

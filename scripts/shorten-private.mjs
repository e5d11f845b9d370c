// A Vite plugin for the single-file bundles only: it gives our classes' TypeScript `private`
// members that start with "_" (`private _loader`, `private _onKeyDown()`) short names (`_P0`,
// `_P1`…), as a minifier would if it could know that nothing outside the class reads them. No
// minifier renames properties safely on its own; TypeScript's `private` tells us which are
// ours alone. The npm modules keep the readable names (an app's bundler and its source maps
// show them), and the tests run on the sources.
//
// A name is shortened only where it is certain to be the member: in the file that declares it,
// at its declaration and in `this._x`. A name that appears there in any other way (`other._x`,
// a string such as `changed.has('_x')`, an object key, destructuring, a comment) is left as it
// is, as is a name that any source file writes as a string.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const PREFIX = '_P';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isPrivate = (node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);

/**
 * The private "_" members one file declares and may have shortened: name → the identifiers to
 * rename. Also adds every string literal's text to `strings`.
 */
export function privateMembers(source, fileName, strings = new Set()) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const declared = new Set();
  const uses = new Map();
  const unsafe = new Set();
  const visit = (node) => {
    if (
      (ts.isPropertyDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isGetAccessorDeclaration(node) ||
        ts.isSetAccessorDeclaration(node)) &&
      isPrivate(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text.startsWith('_')
    ) {
      declared.add(node.name.text);
    }
    if (ts.isStringLiteralLike(node)) strings.add(node.text);
    if (ts.isIdentifier(node) && node.text.startsWith('_')) {
      const parent = node.parent;
      const member =
        (ts.isPropertyAccessExpression(parent) &&
          parent.name === node &&
          parent.expression.kind === ts.SyntaxKind.ThisKeyword) ||
        ((ts.isPropertyDeclaration(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isGetAccessorDeclaration(parent) ||
          ts.isSetAccessorDeclaration(parent)) &&
          parent.name === node &&
          isPrivate(parent));
      if (member) {
        if (!uses.has(node.text)) uses.set(node.text, []);
        uses.get(node.text).push(node);
      } else unsafe.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // A name in a comment may be a reference a reader follows: leave that name readable.
  const comments = source.match(/\/\/.*|\/\*[\s\S]*?\*\//g) ?? [];
  const members = new Map();
  for (const name of declared) {
    if (unsafe.has(name)) continue;
    if (comments.some((c) => new RegExp(`\\b${name}\\b`).test(c))) continue;
    members.set(name, uses.get(name) ?? []);
  }
  return { file, members };
}

/** name → short name for a source folder, worked out once per process (a build script builds
 * the bundles one after another from the same sources). */
const cache = new Map();

export function shortenPrivatePlugin(root) {
  const srcDir = resolve(root, 'src');
  /** name → short name, the same in every file (a subclass and its base never share one). */
  let shortNames = new Map();
  return {
    name: 'ppe-shorten-private',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      if (cache.has(srcDir)) {
        shortNames = cache.get(srcDir);
        return;
      }
      const strings = new Set();
      const names = new Set();
      const perFile = sourceFiles(srcDir).map((path) => {
        const text = readFileSync(path, 'utf8');
        // A file with no private "_" member only adds its strings.
        if (!/private (readonly |get |set |async )?_/.test(text)) {
          for (const [, a, b] of text.matchAll(/'(_\w+)'|"(_\w+)"/g)) strings.add(a ?? b);
          return { members: new Map() };
        }
        return privateMembers(text, path, strings);
      });
      for (const { members } of perFile) for (const name of members.keys()) names.add(name);
      const sorted = [...names].filter((name) => !strings.has(name)).sort();
      shortNames = new Map(sorted.map((name, i) => [name, PREFIX + i.toString(36)]));
      cache.set(srcDir, shortNames);
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || !id.endsWith('.ts')) return null;
      if (!/private (readonly |get |set |async )?_/.test(code)) return null;
      const { file, members } = privateMembers(code, id);
      const edits = [];
      for (const [name, nodes] of members) {
        const short = shortNames.get(name);
        if (!short) continue;
        for (const node of nodes) edits.push([node.getStart(file), node.getEnd(), short]);
      }
      if (!edits.length) return null;
      let out = code;
      for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, from) + text + out.slice(to);
      }
      return { code: out, map: null };
    },
  };
}

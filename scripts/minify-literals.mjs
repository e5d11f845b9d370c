// A Vite plugin that shrinks the static text of Lit's css``, html`` and svg`` templates in our
// sources: the indentation that makes them readable is most of their bytes, and no minifier
// touches template literals. Only these tags are touched: `str` templates and msg() strings are
// left alone, because @lit/localize identifies a translation by its exact text.
//
// css: comments go, white space collapses, and disappears around { } ; > / and after "," and
// ":", and around + and ~ in selectors; the last declaration of a block loses its ";"; a number's
// leading zero goes (0.5 → .5).
// html/svg: a run of white space that contains a line break becomes one space, which renders
// the same under `white-space: normal` (the only elements with pre-line styles in our templates
// hold a single bound value, which this never touches).
//
// The templates are found with the TypeScript parser, so strings, regular expressions and
// nested templates inside ${…} can never be mistaken for template text.
import ts from 'typescript';

const TAGS = { css: 'css', html: 'html', svg: 'html', staticHtml: 'html' };

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function minifyCss(text) {
  // Quoted strings (content: ' · ') stay exactly as written. Comments and strings are found in
  // one pass, so that an apostrophe inside a comment ("the page's") never starts a "string".
  return text
    .split(/(\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part) => (part.startsWith('/*') ? ' ' : part))
    .join('')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};>])\s*/g, '$1')
            .replace(/([,:])\s+/g, '$1')
            .replace(/;}/g, '}')
            // 0.25rem → .25rem (a digit before the 0, as in 10.5, keeps it).
            .replace(/(^|[^\w.#])0\.(\d)/g, '$1.$2')
            // grid-column: 1 / -1, font: 12px / 1.5: a slash needs no spaces, even in calc().
            .replace(/\s*\/\s*/g, '/')
            .replace(/\s+!important/g, '!important')
            // li + li, a ~ b: only in selectors, since calc() needs the spaces around + and -.
            .replace(
              /(^|[{}])([^{}@]*)(?=\{)/g,
              (_, before, selector) => before + selector.replace(/\s*([+~])\s*/g, '$1'),
            ),
    )
    .join('');
}

/** The source text of one module with its css/html/svg template text minified. */
export function minifyLiterals(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits = [];
  // The raw text between a literal's delimiters: `…`, `…${, }…${, }…`.
  const addEdit = (literal, kind) => {
    const start = literal.getStart(file) + 1;
    const end =
      literal.getEnd() -
      (ts.isNoSubstitutionTemplateLiteral(literal) || ts.isTemplateTail(literal) ? 1 : 2);
    const text = source.slice(start, end);
    const minified = kind === 'css' ? minifyCss(text) : minifyHtml(text);
    if (minified !== text) edits.push([start, end, minified]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text in TAGS) {
      const kind = TAGS[node.tag.text];
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) addEdit(template, kind);
      else {
        addEdit(template.head, kind);
        for (const span of template.templateSpans) addEdit(span.literal, kind);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, from) + text + out.slice(to);
  }
  return out;
}

export function minifyLiteralsPlugin() {
  return {
    name: 'ppe-minify-literals',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/i18n/')) return null;
      const out = minifyLiterals(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

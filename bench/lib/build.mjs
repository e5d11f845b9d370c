// Builds each bench entry into one minified, self-contained ES module with Vite's JS API, so the
// bytes a page loads are the bytes an app would ship, and writes the HTML page that loads it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..', '..');
export const TMP = join(ROOT, 'bench', '.tmp');
export const SITE = join(TMP, 'site');

/**
 * Builds `entry` into `outDir/name.js`: one file, minified, production mode (the peers read
 * `process.env.NODE_ENV`; Lit picks its production build by default). Returns the file's path,
 * its raw and gzip -9 sizes, and the rendered size of each bundled module (before minification)
 * to say where the bytes come from.
 */
export async function bundle(
  entry,
  name,
  { outDir = SITE, minify = true, platform = 'browser', sourcemap = false } = {},
) {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    ssr: platform === 'node' ? { noExternal: true } : undefined,
    build: {
      outDir,
      emptyOutDir: false,
      target: platform === 'node' ? 'node20' : 'es2022',
      sourcemap,
      copyPublicDir: false,
      reportCompressedSize: false,
      ssr: platform === 'node',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        platform,
        output: { codeSplitting: false, minify },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output ?? []);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  const path = join(outDir, `${name}.js`);
  const code = chunk.code;
  const modules = Object.entries(chunk.modules ?? {}).map(([id, info]) => ({
    id,
    rendered: info.renderedLength,
  }));
  return {
    name,
    path,
    raw: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    modules,
  };
}

/**
 * The page around a bundle. The inline script marks the start before the bundle is requested;
 * the module script, deferred, runs once the document is parsed. The font is the page's, and
 * the stage is as wide as a desktop monitoring page.
 */
export function writePage(name, title = name) {
  mkdirSync(SITE, { recursive: true });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>
  body { margin: 0; font-family: system-ui, 'Noto Sans Thai', 'Loma', sans-serif; line-height: 1.5; }
  #stage { box-sizing: border-box; max-width: 1200px; margin: 0 auto; padding: 16px; }
</style>
<script>window.__t0 = performance.now();</script>
<script type="module" src="./${basename(name)}.js"></script>
</head>
<body><main id="stage"></main></body>
</html>
`;
  const path = join(SITE, `${name}.html`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  return path;
}

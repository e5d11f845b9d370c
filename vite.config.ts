import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error: a plain ES module of ours, with no type declarations.
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
// @ts-expect-error: a plain ES module of ours, with no type declarations.
import { shortenPrivatePlugin } from './scripts/shorten-private.mjs';

const root = import.meta.dirname;

/**
 * The support floor (package.json "browserslist", README "Browsers"): syntax above it is lowered
 * (class static blocks, which Safari/iOS 15.4 lacks, among them). CI checks the bundles with
 * es-check against the same floor.
 */
const target = ['safari15.4', 'ios15.4', 'chrome100', 'edge100', 'firefox115'];
const src = (path: string) => resolve(root, 'src', path);

/** The package's entry points: each element module registers its own tag. */
const libraryEntries = {
  index: src('index.ts'),
  classes: src('classes.ts'),
  'domain/index': src('domain/index.ts'),
  'project-progress': src('components/project-progress/define.ts'),
  'milestone-timeline': src('components/milestone-timeline/define.ts'),
  'kpi-quarter-table': src('components/kpi-quarter-table/define.ts'),
  'progress-log': src('components/progress-log/define.ts'),
  'project-dashboard': src('components/project-dashboard/define.ts'),
  'project-portfolio': src('components/project-portfolio/define.ts'),
  react: src('react/index.ts'),
};

/**
 * Anything from these packages stays an import in the npm build, so an app loads Lit once (and
 * the React wrappers use the app's React). A scope or prefix takes a name after it (`@lit/react`,
 * `d3-shape`); a bare package name may be followed by a subpath (`lit/decorators.js`).
 */
const external =
  /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod|d3-[^/]+|internmap|react|react-dom)(\/|$)/;

/** Whether `command` is an executable file somewhere on the PATH. */
function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Whether `npm start` can open a browser here. Vite opens one with `xdg-open` on Linux, which a
 * machine with no desktop (a server, a container, CI) lacks: spawning it there once crashed the
 * server with `spawn xdg-open ENOENT`. `BROWSER=none` opts out anywhere, as with Vite itself.
 */
function canOpenBrowser(): boolean {
  if (process.env.CI || process.env.BROWSER === 'none') return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  const desktop = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return desktop && (Boolean(process.env.BROWSER) || onPath('xdg-open'));
}

/**
 * The demo lives at `/demo/`, while the URL Vite prints is the server's root: the root (and
 * `/index.html`) redirect there, so the address a person clicks in the terminal shows the demo.
 */
function demoAtRoot(): Plugin {
  return {
    name: 'ppe-demo-at-root',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split('?')[0];
        if (path !== '/' && path !== '/index.html') return next();
        response.writeHead(302, { location: '/demo/' }).end();
      });
    },
  };
}

// `vite` (dev server) serves the demo; `vite build --mode lib` builds the npm modules;
// `vite build --mode cdn` the self-contained single file; `vite build --mode demo` the static demo.
export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      plugins: [minifyLiteralsPlugin()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target,
        sourcemap: true,
        lib: { entry: libraryEntries, formats: ['es'] },
        rolldownOptions: {
          external: (id: string) => external.test(id),
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'shared/[name]-[hash].js',
          },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      // The single files alone get short private names (the npm modules keep them readable).
      plugins: [shortenPrivatePlugin(root), minifyLiteralsPlugin()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target,
        sourcemap: false,
        lib: {
          // index.ts with its modules in a gzip-friendly order (see cdn.ts).
          entry: src('cdn.ts'),
          formats: ['es'],
          fileName: () => 'project-progress-elements.js',
        },
        rolldownOptions: {
          // The pure annotations only guide tree shaking, which is done by then: in the shipped
          // file they are dead weight (about 0.3 KB gzip). Legal comments stay.
          output: { codeSplitting: false, minify: true, comments: { annotation: false } },
        },
      },
    };
  }
  if (mode === 'demo') {
    return {
      plugins: [minifyLiteralsPlugin()],
      base: './',
      root: resolve(root, 'demo'),
      build: {
        outDir: resolve(root, 'dist/demo'),
        emptyOutDir: true,
        target,
        rolldownOptions: {
          input: {
            index: resolve(root, 'demo/index.html'),
            portfolio: resolve(root, 'demo/portfolio.html'),
          },
        },
      },
    };
  }
  return {
    plugins: [demoAtRoot()],
    server: { open: canOpenBrowser() ? '/demo/' : false },
    // Only the demo's pages: the consumer tests' pages import files that exist only in their
    // throwaway folders, and scanning them made `npm start` report a failed dependency scan.
    optimizeDeps: { entries: ['demo/**/*.html'] },
  };
});

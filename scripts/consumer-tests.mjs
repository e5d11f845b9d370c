// `node scripts/consumer-tests.mjs [--keep] [html vite-ts react vue svelte]`: packs the built package and
// uses it as its users do, each consumer in its own throwaway folder (test/consumers/README.md):
// installs the tarball with npm, type-checks and builds where the consumer would, serves the
// result and checks it in headless Chromium. Prints a line per consumer and closes with
// "N passed, M failed". Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChrome } from './ensure-chrome.mjs';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const only = args.filter((arg) => !arg.startsWith('--'));

const SEED_PATH = join(repo, 'demo/data/bma-50080000-2982.json');
const seed = JSON.parse(readFileSync(SEED_PATH, 'utf8'));

/** The versions this repository installed, so that the consumers hit the warm npm cache. */
function installedVersion(name) {
  return JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** npm, tsc and vite run as children; `npm run`'s own package variables must not leak into them. */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(package|lifecycle|config_(prefix|global|local_prefix))/.test(key),
  ),
);

function run(command, commandArgs, cwd) {
  try {
    return execFileSync(command, commandArgs, {
      cwd,
      env: childEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`\`${command} ${commandArgs.join(' ')}\` failed:\n${output}`, { cause: error });
  }
}

/** Copies a consumer's template folder; `name.tmpl` becomes `name` (see the README there). */
function copyTemplate(name, to) {
  cpSync(join(repo, 'test/consumers', name), to, { recursive: true });
  const rename = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) rename(path);
      else if (entry.name.endsWith('.tmpl')) renameSync(path, path.slice(0, -'.tmpl'.length));
    }
  };
  rename(to);
}

function writePackageJson(dir, name, dependencies) {
  const pkg = { name, private: true, type: 'module', dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
}

function npmInstall(dir) {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The policy a careful intranet serves pages with (docs/no-javascript.md promises the bundle
 * works under it): no inline script or style, nothing from elsewhere. `data:` images only for the
 * page's empty favicon.
 */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/** A static server on a free port; it answers only with files under `dir`. */
async function serve(dir, headers = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      ...headers,
    });
    response.end(readFileSync(file));
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** All the text a person can see, shadow roots included (scripts and styles left out). */
function deepText() {
  const walk = (node) => {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.localName === 'script' || child.localName === 'style') continue;
        if (child.shadowRoot) text += walk(child.shadowRoot);
        text += walk(child);
      }
    }
    return text;
  };
  return walk(document.body).replace(/\s+/g, ' ');
}

/**
 * Opens `url` and waits until every expected text is on screen; returns what the checks need:
 * the page (still open), the console errors and every request the page made.
 */
async function openPage(browser, url, texts) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  // Counted from outside the page: the page itself writes no script for it.
  await page.addInitScript({
    content: `window.__ppeDeepText = ${deepText};
      window.__ppeEvents = [];
      for (const type of ['project-load', 'project-error'])
        document.addEventListener(type, (event) =>
          window.__ppeEvents.push(type + ' on ' + event.composedPath()[0].localName));`,
  });
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(
      (wanted) => wanted.every((want) => window.__ppeDeepText().includes(want)),
      texts,
      { timeout: 20_000 },
    );
  } catch {
    const seen = await page.evaluate(() => window.__ppeDeepText()).catch(() => '');
    errors.push(`expected ${JSON.stringify(texts)} on screen; saw "${seen.slice(0, 300)}…"`);
  }
  await page.waitForLoadState('networkidle');
  return { page, context, errors, requests };
}

function expectOutput(problems, actual, expected, what) {
  if (actual !== expected) problems.push(`${what}: expected "${expected}", got "${actual}"`);
}

async function litCopies(page) {
  return page.evaluate(() => (globalThis.litElementVersions ?? []).length);
}

// ─── the consumers ───────────────────────────────────────────────────────────────────────────

/**
 * (a) A page that writes no JavaScript: the single-file bundle and inline JSON, strict CSP; and
 * a page with only the gauge, from its own single-file bundle.
 */
async function htmlConsumer({ dir, tarball, browser }) {
  writePackageJson(dir, 'ppe-consumer-html', { 'project-progress-elements': `file:${tarball}` });
  npmInstall(dir);
  const site = join(dir, 'site');
  mkdirSync(join(site, 'assets'), { recursive: true });
  copyFileSync(
    join(dir, 'node_modules/project-progress-elements/dist/cdn/project-progress-elements.js'),
    join(site, 'assets/project-progress-elements.js'),
  );
  // `<` is escaped so that no text in the data can close the script element.
  const inline = JSON.stringify(seed, null, 2).replace(/</g, '\\u003c');
  // index.html: the dashboard with the combined bundle; gauge.html: the gauge with its own file.
  copyFileSync(
    join(dir, 'node_modules/project-progress-elements/dist/cdn/project-progress.js'),
    join(site, 'assets/project-progress.js'),
  );
  for (const name of ['index.html', 'gauge.html']) {
    const page = readFileSync(join(repo, 'test/consumers/html', name), 'utf8');
    writeFileSync(join(site, name), page.replace('__SEED_JSON__', inline));
  }

  const server = await serve(site, { 'content-security-policy': STRICT_CSP });
  try {
    const opened = await openPage(browser, server.url, [seed.id, seed.title, '2563']);
    const problems = [...opened.errors];
    const bundle = `${server.url}assets/project-progress-elements.js`;
    const others = opened.requests.filter((url) => url !== server.url && url !== bundle);
    if (others.length) problems.push(`requests beyond the page and the bundle: ${others}`);
    if (!opened.requests.includes(bundle)) problems.push('the bundle was not requested');
    const events = await opened.page.evaluate(() => window.__ppeEvents);
    expectOutput(problems, events.join(', '), 'project-load on project-dashboard', 'events');
    expectOutput(problems, String(await litCopies(opened.page)), '1', 'copies of Lit');
    await opened.context.close();

    // One element's own bundle: the gauge renders, and the page loads nothing else.
    const gaugePage = `${server.url}gauge.html`;
    const gaugeBundle = `${server.url}assets/project-progress.js`;
    const gauge = await openPage(browser, gaugePage, [seed.id, seed.title, 'แล้วเสร็จ']);
    problems.push(...gauge.errors.map((error) => `gauge.html: ${error}`));
    const extra = gauge.requests.filter((url) => url !== gaugePage && url !== gaugeBundle);
    if (extra.length)
      problems.push(`gauge.html: requests beyond the page and its bundle: ${extra}`);
    const gaugeEvents = await gauge.page.evaluate(() => window.__ppeEvents);
    expectOutput(problems, gaugeEvents.join(', '), 'project-load on project-progress', 'events');
    const defined = await gauge.page.evaluate(() =>
      ['milestone-timeline', 'kpi-quarter-table', 'progress-log', 'project-dashboard'].filter(
        (tag) => customElements.get(tag),
      ),
    );
    if (defined.length) problems.push(`gauge.html: its bundle also defined ${defined}`);
    await gauge.context.close();
    return {
      problems,
      note: `${opened.requests.length} requests, strict CSP; the gauge alone from its own file`,
    };
  } finally {
    await server.close();
  }
}

/** (b) A Vite + TypeScript app: type-checks against the shipped declarations, builds, renders. */
async function viteTsConsumer({ dir, tarball, browser }) {
  copyTemplate('vite-ts', dir);
  copyFileSync(SEED_PATH, join(dir, 'src/bma-50080000-2982.json'));
  writePackageJson(dir, 'ppe-consumer-vite-ts', {
    'project-progress-elements': `file:${tarball}`,
    typescript: installedVersion('typescript'),
    vite: installedVersion('vite'),
  });
  npmInstall(dir);
  run('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json'], dir);
  run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], dir);

  const server = await serve(join(dir, 'dist'));
  try {
    const opened = await openPage(browser, server.url, [seed.id, seed.title]);
    const problems = [...opened.errors];
    const text = (id) => opened.page.locator(`#${id}`).textContent();
    const loaded = await text('loaded');
    if (!loaded?.startsWith(`${seed.id} (`)) problems.push(`#loaded says "${loaded}"`);
    expectOutput(problems, await text('fiscal-year'), '2563', '#fiscal-year');
    const status = await text('status');
    if (!['complete', 'on-track', 'at-risk', 'behind', 'not-started', 'unplanned'].includes(status))
      problems.push(`#status says "${status}"`);
    expectOutput(problems, String(await litCopies(opened.page)), '1', 'copies of Lit');
    const foreign = opened.requests.filter((url) => !url.startsWith(server.url));
    if (foreign.length) problems.push(`requests to other origins: ${foreign}`);
    await opened.context.close();
    return { problems, note: 'tsc --noEmit clean, vite build' };
  } finally {
    await server.close();
  }
}

/** (c) A React 19 app using the wrappers, events as props. */
async function reactConsumer({ dir, tarball, browser }) {
  copyTemplate('react', dir);
  copyFileSync(SEED_PATH, join(dir, 'src/bma-50080000-2982.json'));
  const react = installedVersion('react');
  writePackageJson(dir, 'ppe-consumer-react', {
    'project-progress-elements': `file:${tarball}`,
    react,
    'react-dom': installedVersion('react-dom'),
    '@types/react': installedVersion('@types/react'),
    // An optional peer of the package: a React app installs it, no other app gets it.
    '@lit/react': installedVersion('@lit/react'),
    '@types/react-dom': `^${react.split('.')[0]}`,
    typescript: installedVersion('typescript'),
    vite: installedVersion('vite'),
  });
  npmInstall(dir);
  run('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json'], dir);
  run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], dir);

  const server = await serve(join(dir, 'dist'));
  try {
    const opened = await openPage(browser, server.url, [seed.id, seed.title]);
    const problems = [...opened.errors];
    const { page } = opened;
    await page.locator('#loaded').filter({ hasText: seed.id }).waitFor({ timeout: 10_000 });
    // The standalone timeline (not the one inside the dashboard): a person clicks a plan step.
    await page.locator('main > milestone-timeline [part~="step"][role="button"]').first().click();
    await page.locator('#selected').filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
    const selected = await page.locator('#selected').textContent();
    if (!seed.plan.some((step) => step.name === selected))
      problems.push(`onMilestoneSelect gave "${selected}", not a plan step's name`);
    expectOutput(problems, String(await litCopies(page)), '1', 'copies of Lit');
    await opened.context.close();
    return { problems, note: `React ${react}, onProjectLoad and onMilestoneSelect` };
  } finally {
    await server.close();
  }
}

/** The packages an app got with the tarball that only React needs: none, outside a React app. */
function reactPackagesIn(dir) {
  return ['react', 'react-dom', '@types/react', '@lit/react'].filter((name) =>
    existsSync(join(dir, 'node_modules', name)),
  );
}

/**
 * Type-checks `dir` with `command` once the deliberate mistakes of `wrong/` are copied into
 * src/: it must fail, naming each of `expected` (then the copy is removed). A template checker
 * that passed here would be checking nothing.
 */
function mustFailWithWrongTemplate(dir, file, command, args, expected) {
  const target = join(dir, 'src', file);
  copyFileSync(join(dir, 'wrong', file), target);
  try {
    run(command, args, dir);
    return [`${command} passed with the deliberate mistakes of wrong/${file}`];
  } catch (error) {
    return expected
      .filter((pattern) => !pattern.test(error.message))
      .map((pattern) => `${command} on wrong/${file} did not report ${pattern}:\n${error.message}`);
  } finally {
    rmSync(target);
  }
}

/** Renders the app's page and checks what both framework apps show: the load, a chosen step. */
async function checkFrameworkApp(browser, dir) {
  const server = await serve(join(dir, 'dist'));
  try {
    const opened = await openPage(browser, server.url, [seed.id, seed.title]);
    const problems = [...opened.errors];
    const { page } = opened;
    await page.locator('#loaded').filter({ hasText: seed.id }).waitFor({ timeout: 10_000 });
    // The standalone timeline (not the one inside the dashboard): a person clicks a plan step.
    await page.locator('main > milestone-timeline [part~="step"][role="button"]').first().click();
    await page.locator('#selected').filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
    const selected = await page.locator('#selected').textContent();
    if (!seed.plan.some((step) => step.name === selected))
      problems.push(`the milestone-select handler gave "${selected}", not a plan step's name`);
    expectOutput(problems, String(await litCopies(page)), '1', 'copies of Lit');
    const foreign = opened.requests.filter((url) => !url.startsWith(server.url));
    if (foreign.length) problems.push(`requests to other origins: ${foreign}`);
    await opened.context.close();
    return problems;
  } finally {
    await server.close();
  }
}

/** (d) A Vue 3 app: the elements in a template, typed by project-progress-elements/vue. */
async function vueConsumer({ dir, tarball, browser }) {
  copyTemplate('vue', dir);
  copyFileSync(SEED_PATH, join(dir, 'src/bma-50080000-2982.json'));
  writePackageJson(dir, 'ppe-consumer-vue', {
    'project-progress-elements': `file:${tarball}`,
    vue: '^3.5.0',
    '@vitejs/plugin-vue': '^6.1.0',
    'vue-tsc': '^3.0.0',
    typescript: installedVersion('typescript'),
    vite: installedVersion('vite'),
  });
  npmInstall(dir);
  const problems = reactPackagesIn(dir).map((name) => `a Vue app installed ${name}`);
  const vueTsc = ['--no-install', 'vue-tsc', '--noEmit', '-p', 'tsconfig.json'];
  run('npx', vueTsc, dir);
  problems.push(
    ...mustFailWithWrongTemplate(dir, 'Wrong.vue', 'npx', vueTsc, [
      /Wrong\.vue\(9,.*Type 'number' is not assignable to type 'string'/,
      /Wrong\.vue\(10,.*Property 'nope' does not exist/,
    ]),
  );
  run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], dir);
  problems.push(...(await checkFrameworkApp(browser, dir)));
  const vue = JSON.parse(readFileSync(join(dir, 'node_modules/vue/package.json'), 'utf8')).version;
  return { problems, note: `Vue ${vue}, vue-tsc clean and failing on wrong/, no React packages` };
}

/** (e) A Svelte 5 app: the elements in its markup, typed by project-progress-elements/svelte. */
async function svelteConsumer({ dir, tarball, browser }) {
  copyTemplate('svelte', dir);
  copyFileSync(SEED_PATH, join(dir, 'src/bma-50080000-2982.json'));
  writePackageJson(dir, 'ppe-consumer-svelte', {
    'project-progress-elements': `file:${tarball}`,
    svelte: '^5.0.0',
    '@sveltejs/vite-plugin-svelte': '^7.0.0',
    'svelte-check': '^4.0.0',
    typescript: installedVersion('typescript'),
    vite: installedVersion('vite'),
  });
  npmInstall(dir);
  const problems = reactPackagesIn(dir).map((name) => `a Svelte app installed ${name}`);
  const check = [
    '--no-install',
    'svelte-check',
    '--tsconfig',
    './tsconfig.json',
    '--fail-on-warnings',
  ];
  check.push('--output', 'machine');
  run('npx', check, dir);
  problems.push(
    ...mustFailWithWrongTemplate(dir, 'Wrong.svelte', 'npx', check, [
      /ERROR "src\/Wrong\.svelte" 8:\d+ .*Type 'number' is not assignable to type 'string'/,
      /ERROR "src\/Wrong\.svelte" 9:\d+ .*Property 'nope' does not exist/,
    ]),
  );
  run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], dir);
  problems.push(...(await checkFrameworkApp(browser, dir)));
  const svelte = JSON.parse(readFileSync(join(dir, 'node_modules/svelte/package.json'), 'utf8'));
  return { problems, note: `Svelte ${svelte.version}, svelte-check clean and failing on wrong/` };
}

const consumers = [
  ['html', 'plain HTML page, single-file bundle, inline JSON', htmlConsumer],
  ['vite-ts', 'Vite + TypeScript app, element and domain modules', viteTsConsumer],
  ['react', 'React 19 app, project-progress-elements/react', reactConsumer],
  ['vue', 'Vue 3 app, elements in a template, project-progress-elements/vue', vueConsumer],
  ['svelte', 'Svelte 5 app, elements in markup, project-progress-elements/svelte', svelteConsumer],
].filter(([name]) => only.length === 0 || only.includes(name));

// ─── run ─────────────────────────────────────────────────────────────────────────────────────

for (const built of ['dist/cdn/project-progress-elements.js', 'dist/types', 'dist/react.js']) {
  if (!existsSync(join(repo, built))) {
    console.error(`${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'ppe-consumers-'));
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], repo));
const tarball = join(work, packed[0].filename);
console.log(`Packed ${packed[0].filename}: ${packed[0].entryCount} files, in ${work}`);

const browser = await chromium.launch({
  executablePath: ensureChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
let passed = 0;
let failed = 0;
try {
  for (const [name, what, test] of consumers) {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    const started = Date.now();
    let problems;
    let note = '';
    try {
      ({ problems, note } = await test({ dir, tarball, browser }));
    } catch (error) {
      problems = [error.message];
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (problems.length === 0) {
      passed++;
      console.log(`✓ ${name}: ${what} (${note}; ${seconds} s)`);
    } else {
      failed++;
      console.log(`✗ ${name}: ${what} (${seconds} s)`);
      for (const problem of problems) console.log(`    ${problem.replace(/\n/g, '\n    ')}`);
    }
  }
} finally {
  await browser.close();
  if (keep) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

// Server-side helpers of the hostile suites, registered in web-test-runner.config.mjs.
//
// cspPages: `/csp/…` serves pages of the test's own under a strict Content-Security-Policy sent
// as a real HTTP header (the test runner's own page has inline scripts, so it cannot be strict),
// with the single-file bundle exactly as built, untouched by the dev server's transforms.
//
// forcedColorsPlugin: `executeServerCommand('ppe-emulate-media', {features})` sets CSS media
// features through the Chrome DevTools Protocol. @web/test-runner's emulateMedia (puppeteer)
// refuses `forced-colors`; the protocol itself supports it.
import { readFile } from 'node:fs/promises';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const BUNDLE = 'dist/cdn/project-progress-elements.js';
const SEED = 'demo/data/bma-50080000-2982.json';

/** Runs in the strict page before anything else: reports every violation to the test. */
const LISTENER = `
const report = (message) => parent.postMessage({ from: 'ppe-csp', ...message }, '*');
document.addEventListener('securitypolicyviolation', (event) => {
  report({
    type: 'violation',
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: String(event.blockedURI),
    sample: event.sample,
    source: event.sourceFile + ':' + event.lineNumber,
  });
});
window.addEventListener('error', (event) => report({ type: 'error', message: String(event.message) }));
window.addEventListener('unhandledrejection', (event) =>
  report({ type: 'error', message: 'unhandled rejection: ' + String(event.reason) }),
);
const which = (event) =>
  event.target.localName + '#' + Array.prototype.indexOf.call(document.body.children, event.target);
document.addEventListener('project-load', (event) => report({ type: 'load', tag: which(event) }));
document.addEventListener('portfolio-load', (event) => report({ type: 'load', tag: which(event) }));
document.addEventListener('project-error', (event) =>
  report({ type: 'project-error', tag: which(event) }),
);
`;

/**
 * Breaks the policy on purpose: an inline script, an inline style and a string assigned to
 * innerHTML. The test checks that each is reported, so a silent listener cannot pass it.
 */
const BREAKER = `
try {
  document.body.innerHTML = '<b>not trusted</b>';
} catch {
  // Trusted Types throw as well as report.
}
`;

/** JSON inside a <script type="application/json">: "<" escaped, so no "</script>" ends it. */
const inlineJson = (json) => json.replace(/</g, '\\u003c');

function page({ body, scripts }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Strict page</title>
    <link rel="stylesheet" href="/csp/page.css" />
    <script src="/csp/listener.js"></script>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

async function strictPage(name) {
  if (name === 'elements.html') {
    const seed = inlineJson(JSON.stringify(JSON.parse(await readFile(SEED, 'utf8'))));
    const inline = (tag) =>
      `<${tag} as-of="2020-09-30"><script type="application/json">${seed}</script></${tag}>`;
    return page({
      scripts: ['/csp/project-progress-elements.js'],
      body: [
        `<project-dashboard as-of="2020-09-30" src="/api/${SEED}"></project-dashboard>`,
        `<project-dashboard lang="th" as-of="2020-09-30" numerals="thai">
          <script type="application/json">${seed}</script></project-dashboard>`,
        inline('project-progress'),
        inline('milestone-timeline'),
        inline('kpi-quarter-table'),
        inline('progress-log'),
        `<project-progress src="/api/no/such/file.json"></project-progress>`,
        // At phone width the timeline is a list with bars, the log's chart is narrow.
        `<div class="narrow">${inline('project-dashboard')}</div>`,
        `<div class="narrow">${inline('milestone-timeline')}</div>`,
      ].join('\n    '),
    });
  }
  if (name === 'portfolio.html') {
    // The seed under three codes (one a Thai-titled copy), and a document that cannot be read.
    const seed = JSON.parse(await readFile(SEED, 'utf8'));
    const copies = ['50080000-0001', '50080000-0002'].map((id, i) => ({
      ...seed,
      id,
      title: i ? `Copy ${id}` : seed.title,
      // The second has no report at all (its progress is not given either): no-report.
      log: i ? [] : seed.log,
      progress: i ? undefined : seed.progress,
    }));
    const documents = [seed, ...copies, { id: 'broken' }];
    return page({
      scripts: ['/csp/project-progress-elements.js'],
      body: `<project-portfolio as-of="2020-09-30" project-href="/monitor/project?id={id}">
        <script type="application/json">${inlineJson(JSON.stringify(documents))}</script>
      </project-portfolio>`,
    });
  }
  if (name === 'breaker.html') {
    return page({
      scripts: ['/csp/breaker.js'],
      body: `<p style="color: red">inline style</p><script>window.inlineRan = true;</script>`,
    });
  }
  return undefined;
}

/** Koa middleware for `/csp/…`; everything else goes on to the next middleware. */
export async function cspPages(context, next) {
  if (!context.path.startsWith('/csp/')) return next();
  const name = context.path.slice('/csp/'.length);
  context.set('Content-Security-Policy', STRICT_CSP);
  context.set('Cache-Control', 'no-store');
  if (name === 'page.css') {
    context.type = 'text/css';
    context.body = '.narrow { width: 320px; }';
    return undefined;
  }
  if (name === 'listener.js' || name === 'breaker.js') {
    context.type = 'text/javascript';
    context.body = name === 'listener.js' ? LISTENER : BREAKER;
    return undefined;
  }
  if (name === 'project-progress-elements.js') {
    try {
      context.body = await readFile(BUNDLE, 'utf8');
      context.type = 'text/javascript';
    } catch {
      context.status = 404;
      context.body = `${BUNDLE} is missing: run \`npm run build\` first.`;
    }
    return undefined;
  }
  const html = await strictPage(name);
  if (html === undefined) {
    context.status = 404;
    return undefined;
  }
  context.type = 'text/html';
  context.body = html;
  return undefined;
}

/** A plugin: `ppe-emulate-media` with `{features: [{name, value}]}` (an empty list resets). */
export function emulateMediaFeaturesPlugin() {
  const clients = new Map();
  return {
    name: 'ppe-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ppe-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(
          `ppe-emulate-media needs Chromium through puppeteer, not ${session.browser.type}`,
        );
      }
      let client = clients.get(session.id);
      if (!client) {
        client = await session.browser.getPage(session.id).createCDPSession();
        clients.set(session.id, client);
      }
      await client.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}

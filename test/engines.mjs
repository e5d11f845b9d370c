// Server side of test/engine.ts: what a test asks of its browser, done with what each engine
// offers. Chromium and Firefox ESR come through puppeteer (Chromium over the DevTools protocol,
// Firefox over WebDriver BiDi); WebKitGTK through WebKitWebDriver (classic W3C WebDriver).
//
//   ppe-keys {keys, hold?}      keys pressed one after another, `hold` (a modifier) held down
//                                throughout: Shift+Tab, which @web/test-runner-commands cannot
//                                send to a WebDriver browser
//   ppe-viewport {width,height} the page's size (WebKit: the window's, no narrower than 447 px)
//   ppe-focus-window            the test's window becomes the focused one, so `:focus-visible`
//                                and `document.hasFocus()` hold (Firefox: the active tab;
//                                WebKit under Xvfb with no window manager: xdotool)
//   print-pdf                   the page printed to A4 and read back with pdftotext (Chromium
//                                and Firefox; WebKitWebDriver has no print command)
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Key names as puppeteer knows them: its BiDi keyboard rejects `Space`. */
const puppeteerKey = (key) => (key === 'Space' ? ' ' : key);

/** WebDriver's key codes (the spec's table) for the named keys, as KeyboardEvent.key names them. */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
};
/** A key's WebDriver value: a named key from the table, or one character as it is. */
function webdriverKey(key) {
  const value = WEBDRIVER_KEYS[key] ?? key;
  // WebKitWebDriver answers an unknown name with "Invalid 'pressedCharKey'": say which key.
  if ([...value].length !== 1) throw new Error(`ppe-keys: no WebDriver key for "${key}"`);
  return value;
}

async function pressKeys(session, keys, hold) {
  if (session.browser.type === 'webdriver') {
    const actions = [];
    if (hold) actions.push({ type: 'keyDown', value: webdriverKey(hold) });
    for (const key of keys) {
      actions.push({ type: 'keyDown', value: webdriverKey(key) });
      actions.push({ type: 'keyUp', value: webdriverKey(key) });
    }
    if (hold) actions.push({ type: 'keyUp', value: webdriverKey(hold) });
    // Every key pressed is released by the sequence itself. (No releaseActions: WebKitWebDriver
    // 2.50 can crash on it, a null dereference, once a few test files have run.)
    await session.browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    return true;
  }
  const { keyboard } = session.browser.getPage(session.id);
  if (hold) await keyboard.down(hold);
  try {
    for (const key of keys) await keyboard.press(puppeteerKey(key));
  } finally {
    if (hold) await keyboard.up(hold);
  }
  return true;
}

async function setViewport(session, { width, height }) {
  if (session.browser.type === 'webdriver') {
    const driver = session.browser.driver;
    // The window holds the page: make its page area the size asked for.
    const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(
      width + (outer.width - inner[0]),
      height + (outer.height - inner[1]),
    );
    return true;
  }
  await session.browser.getPage(session.id).setViewport({ width, height });
  return true;
}

async function focusWindow(session) {
  if (session.browser.type === 'webdriver') {
    // No window manager under Xvfb: give the browser's window the keyboard focus directly.
    const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', 'MiniBrowser']);
    for (const id of stdout.split('\n').filter(Boolean)) {
      await run('xdotool', ['windowfocus', '--sync', id]).catch(() => undefined);
    }
    return true;
  }
  await session.browser.getPage(session.id).bringToFront();
  return true;
}

async function printPdf(session) {
  if (session.browser.type === 'webdriver') {
    throw new Error('print-pdf: WebKitWebDriver has no print command');
  }
  const page = session.browser.getPage(session.id);
  // Paper is print media: an earlier test file on the same page may have left 'screen' emulated
  // (emulateMedia has no way back to none), which a PDF would then be drawn with.
  await page.emulateMediaType(null).catch(() => undefined);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = await mkdtemp(join(tmpdir(), 'ppe-print-'));
  try {
    await writeFile(join(dir, 'page.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'page.pdf'), '-']);
    return { text: stdout, pages: stdout.split('\f').length - 1 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The plugin, registered in every engine's test-runner config. */
export function enginePlugin() {
  return {
    name: 'ppe-engine',
    async executeCommand({ command, payload, session }) {
      if (command === 'ppe-keys') return pressKeys(session, payload.keys, payload.hold);
      if (command === 'ppe-viewport') return setViewport(session, payload);
      if (command === 'ppe-focus-window') return focusWindow(session);
      if (command === 'print-pdf') return printPdf(session);
      return undefined;
    },
  };
}

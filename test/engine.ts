// What a test asks of its browser, done with what each engine offers (the server side is
// test/engines.mjs). The suite runs in Chromium (`npm test`), Firefox ESR (`npm run test:firefox`)
// and WebKitGTK (`npm run test:webkit`). A test that an engine truly cannot run is declared with
// `itIn`: its name says which engines run it and why, and the others do not define it at all.
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const agent = navigator.userAgent;
/** The engine this page runs in. */
export const engine: Engine = /Firefox\//.test(agent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(agent)
    ? 'chromium'
    : 'webkit';

/**
 * How much longer than in Chromium a test may take: WebKitGTK runs this suite about three times
 * slower (its default time limit, in web-test-runner.webkit.config.mjs, is doubled too). A heavy
 * test's own limit is written `this.timeout(120_000 * TIME_SCALE)`.
 */
export const TIME_SCALE = engine === 'webkit' ? 2 : 1;

const NAMES: Record<Engine, string> = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
};

/** Why an engine cannot run a test: said in the test's name. */
export const CANNOT = {
  /** Forced colours, reduced motion: Chromium's DevTools protocol; BiDi and WebKitWebDriver have none. */
  emulateMedia: 'media emulation needs the DevTools protocol',
  /** `page.pdf()`: Chromium (DevTools) and Firefox (BiDi); WebKitWebDriver has no print command. */
  print: 'WebKitWebDriver cannot print',
  /** MiniBrowser's window is never narrower than 447 px. */
  narrowWindow: "WebKit's window is never narrower than 447 px",
} as const;

/** Which engines can do what `CANNOT` names. */
export const ENGINES_THAT_CAN: Record<keyof typeof CANNOT, Engine[]> = {
  emulateMedia: ['chromium'],
  print: ['chromium', 'firefox'],
  narrowWindow: ['chromium', 'firefox'],
};

/**
 * A test only the engines that can do `what` run; its name ends with "(Chromium only: …)" or
 * the like in every engine's report, and elsewhere it is not defined (never skipped).
 */
export function itIn(what: keyof typeof CANNOT, title: string, fn: Mocha.Func): void {
  const engines = ENGINES_THAT_CAN[what];
  const who = engines.map((e) => NAMES[e]).join(' and ');
  if (engines.includes(engine)) it(`${title} (${who} only: ${CANNOT[what]})`, fn);
}

/** Presses keys one after another (names as in KeyboardEvent.key, plus `Space`). */
export async function press(...keys: string[]): Promise<void> {
  await executeServerCommand('ppe-keys', { keys });
}

/** Shift+Tab, the modifier held down throughout. */
export async function shiftTab(): Promise<void> {
  await executeServerCommand('ppe-keys', { keys: ['Tab'], hold: 'Shift' });
}

/** The page's size (in WebKit no narrower than 447 px: test narrower layouts in an iframe). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('ppe-viewport', size);
}

/**
 * Makes the test's window the focused one, so that `:focus-visible` and `document.hasFocus()`
 * hold as for a person at the keyboard (Firefox: the active tab; WebKit under Xvfb: xdotool).
 */
export async function focusWindow(): Promise<void> {
  await executeServerCommand('ppe-focus-window');
  if (!document.hasFocus()) {
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      window.addEventListener('focus', done, { once: true });
      setTimeout(done, 1000);
    });
  }
  // Said plainly, rather than as a focus ring that "is not visible" later on: something took the
  // focus away (in Firefox, for example, a download that an earlier test did not cancel).
  if (!document.hasFocus()) throw new Error('focusWindow: the test window did not get the focus');
}

/**
 * `prefers-reduced-motion`: emulated in Chromium; elsewhere only the engine's own setting (no
 * preference, as these engines run here) can be asked for, and anything else throws.
 */
export async function prefersReducedMotion(value: 'reduce' | 'no-preference'): Promise<void> {
  if (ENGINES_THAT_CAN.emulateMedia.includes(engine)) {
    await emulateMedia({ reducedMotion: value });
  } else if (!matchMedia(`(prefers-reduced-motion: ${value})`).matches) {
    throw new Error(`${NAMES[engine]} cannot emulate prefers-reduced-motion: ${value}`);
  }
}

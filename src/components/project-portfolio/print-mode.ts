import type { ReactiveControllerHost } from 'lit';

export interface PrintModeOptions {
  /** Renders at once: the browser lays out the page for paper right after `beforeprint`. */
  renderNow(): void;
  /** Print mode turned on or off. */
  changed(): void;
}

export interface PrintMode {
  /** Every filtered row is rendered, not only those in view. */
  readonly on: boolean;
  set(on: boolean): void;
}

/**
 * Whether every filtered row is rendered for paper rather than only those in view: on from the
 * window's `beforeprint` to its `afterprint`, or while a script asks for it (a print preview).
 */
export function printMode(host: ReactiveControllerHost, options: PrintModeOptions): PrintMode {
  let on = false;
  const set = (value: boolean) => {
    if (value === on) return;
    on = value;
    options.changed();
    host.requestUpdate();
  };
  const beforePrint = () => {
    set(true);
    options.renderNow();
  };
  const afterPrint = () => set(false);
  host.addController({
    hostConnected() {
      window.addEventListener('beforeprint', beforePrint);
      window.addEventListener('afterprint', afterPrint);
    },
    hostDisconnected() {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    },
  });
  return {
    get on() {
      return on;
    },
    set,
  };
}

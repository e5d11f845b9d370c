import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Set to "dark" on the host while it takes the dark scheme for a page that declares none. */
export const PAGE_SCHEME_ATTRIBUTE = 'data-ppe-scheme';

/** Hosts that follow the page themselves: the elements drawn inside them inherit their scheme. */
const following = new WeakSet<Element>();

/**
 * A page that declares no `color-scheme` is light to the browser whatever it paints: on a page
 * styled `body { background: #111; color: #eee }` system colours and light-dark() pairs give
 * dark ink on a dark page. The text colour the element inherits says what the page is: text that
 * reads better on black than on white means a dark page, and the element then takes the dark
 * scheme (the shared styles turn the attribute into `color-scheme: dark`). A scheme declared
 * anywhere above the element is followed as declared. Read when the element is connected and
 * when the reader's colour preference changes (a page's own dark mode often follows it), never
 * on every render (docs/theming.md).
 */
export class PageSchemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #preference?: MediaQueryList;
  readonly #follow = () => this.#read();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    following.add(host);
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    const root = host.getRootNode() as Partial<ShadowRoot>;
    // Inside another element (the dashboard's four): its scheme is inherited.
    if (root.host && following.has(root.host)) return;
    this.#read();
    this.#preference ??= host.ownerDocument?.defaultView?.matchMedia?.(
      '(prefers-color-scheme: dark)',
    );
    this.#preference?.addEventListener?.('change', this.#follow);
  }

  hostDisconnected(): void {
    this.#preference?.removeEventListener?.('change', this.#follow);
  }

  #read(): void {
    const host = this.#host;
    const view = host.ownerDocument?.defaultView;
    const parent = host.parentElement ?? (host.getRootNode() as Partial<ShadowRoot>).host;
    if (!view || !parent) return;
    // The parent's style, not the host's: what the element inherits, read without restyling it.
    const page = view.getComputedStyle(parent);
    const declared = page.getPropertyValue('color-scheme');
    const dark = (declared === '' || declared === 'normal') && isLight(page.color);
    if (dark === host.hasAttribute(PAGE_SCHEME_ATTRIBUTE)) return;
    if (dark) host.setAttribute(PAGE_SCHEME_ATTRIBUTE, 'dark');
    else host.removeAttribute(PAGE_SCHEME_ATTRIBUTE);
  }
}

/**
 * Whether a computed colour (`rgb()`, or `color(srgb …)`) contrasts more with black than with
 * white: relative luminance above 0.179, where the two contrasts are equal. Other forms: false.
 */
export function isLight(color: string): boolean {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)/.exec(color);
  const channels = rgb
    ? rgb.slice(1, 4).map((v) => Number(v) / 255)
    : srgb
      ? srgb.slice(1, 4).map(Number)
      : null;
  if (!channels) return false;
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179;
}

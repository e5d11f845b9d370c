import type { ReactiveControllerHost } from 'lit';

/** Hosts that follow the page themselves: the elements drawn inside them inherit their scheme. */
const following = new WeakSet<Element>();

/**
 * A page that declares no `color-scheme` is light to the browser whatever it paints: on a page
 * styled `body { background: #111; color: #eee }` system colours and light-dark() pairs give
 * dark ink on a dark page. The text colour the element inherits says what the page is: text that
 * reads better on black than on white means a dark page, and the element then takes the dark
 * scheme (`data-ppe-scheme="dark"`, which the shared styles turn into `color-scheme: dark`). A
 * scheme declared anywhere above the element is followed as declared. Read when the element is
 * connected and when the reader's colour preference changes (a page's own dark mode often
 * follows it), never on every render (docs/theming.md). A plain controller object rather than a
 * class: the support floor's build lowers private class members into far more code.
 */
export function followPageScheme(host: ReactiveControllerHost & HTMLElement): void {
  following.add(host);
  let preference: MediaQueryList | undefined;
  const read = () => {
    const view = host.ownerDocument.defaultView;
    const parent = host.parentElement ?? (host.getRootNode() as Partial<ShadowRoot>).host;
    if (!view || !parent) return;
    // The parent's style, not the host's: what the element inherits, read without restyling it.
    const page = view.getComputedStyle(parent);
    const declared = page.getPropertyValue('color-scheme');
    const dark = (!declared || declared === 'normal') && isLight(page.color);
    if (dark) host.setAttribute('data-ppe-scheme', 'dark');
    else host.removeAttribute('data-ppe-scheme');
  };
  host.addController({
    hostConnected() {
      const root = host.getRootNode() as Partial<ShadowRoot>;
      // Inside another element (the dashboard's four): its scheme is inherited.
      if (root.host && following.has(root.host)) return;
      read();
      preference ??= host.ownerDocument.defaultView?.matchMedia('(prefers-color-scheme: dark)');
      preference?.addEventListener('change', read);
    },
    hostDisconnected() {
      preference?.removeEventListener('change', read);
    },
  });
}

/**
 * Whether a computed colour, as `rgb()`/`rgba()`, contrasts more with black than with white:
 * relative luminance above 0.179, where the two contrasts are equal. Other forms: false.
 */
export function isLight(color: string): boolean {
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(color);
  if (!rgb) return false;
  const [r, g, b] = rgb.slice(1).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179;
}

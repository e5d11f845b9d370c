// One harness for the element tests: reading what a person sees inside an element's shadow root.
// Each element's own fixtures (its render() with its attributes) stay in its test file; the
// projects they draw live in test/fixtures/.

/** Text as read: runs of white space as one space, trimmed. */
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The first element matching `selector` in `el`'s shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every element matching `selector` in `root` (by default `el`'s shadow root). */
export const $$ = <T extends Element = HTMLElement>(
  el: Element,
  selector: string,
  root: ParentNode = el.shadowRoot!,
) => [...root.querySelectorAll<T>(selector)];

/** The cleaned text of the first match of `selector` in `el`'s shadow root. */
export const textOf = (el: Element, selector: string) => clean($(el, selector)?.textContent);

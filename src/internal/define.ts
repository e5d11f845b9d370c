/**
 * Registers `tag` once. Lit's `@customElement` throws when a tag is defined twice (two copies of
 * a bundle on one intranet page); a guarded define keeps the first and carries on.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

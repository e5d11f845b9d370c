import { nothing, noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM on every render, the first included.
 * Lit's `styleMap` writes a `style` attribute on the first render, which a page with
 * `Content-Security-Policy: style-src 'self'` refuses (style-src-attr), leaving the element
 * unstyled; `element.style.setProperty()` is not subject to that policy.
 *
 * Use it as an element binding: `<span ${cssomStyle({ width: '40%' })}></span>`.
 */
class CssomStyleDirective extends Directive {
  private _previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new Error('cssomStyle() goes on an element: <span ${cssomStyle({...})}>');
    }
  }

  render(_styles: Readonly<Record<string, string | undefined>>): typeof nothing {
    return nothing;
  }

  override update(
    part: ElementPart,
    [styles]: [Readonly<Record<string, string | undefined>>],
  ): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this._previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    this._previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);

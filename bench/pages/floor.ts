// The floor: the very HTML our elements produce, captured from them once, set as static strings
// with `innerHTML` (one string per shadow root, its styles first). No library, no data work:
// what is left is the browser parsing, styling, laying out and painting the same content.
import type { Adapter, FloorPages, FloorTree } from './harness.js';

function mount(host: Element, tree: FloorTree): void {
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = tree.html;
  tree.children.forEach((child, i) => mount(root.querySelector(`[data-floor="${i}"]`)!, child));
}

export function floorAdapter(pages: FloorPages): Adapter {
  let stage: HTMLElement;
  const draw = (page: FloorPages['first']) => {
    stage.innerHTML = page.host;
    mount(stage.firstElementChild!, page.tree);
  };
  return {
    lib: 'floor',
    mount(into) {
      stage = into;
      draw(pages.first);
    },
    update() {
      draw(pages.update);
    },
    language() {
      if (pages.lang) draw(pages.lang);
    },
  };
}

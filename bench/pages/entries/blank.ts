// A page that draws nothing: the cost of the page and the harness alone, and the heap of an
// empty page, to read the other figures against.
import { run } from '../harness.js';

const evaluated = performance.now();
void run(
  {
    lib: 'blank',
    mount(stage) {
      stage.textContent = '';
    },
    update() {},
    language() {},
  },
  evaluated,
);

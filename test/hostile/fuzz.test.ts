// Fuzzing: whatever a backend sends, every element either draws its view or its error view.
// It never throws, never logs an error, and never shows a word it made up from a broken figure
// ("NaN", "Infinity", "undefined", "null"). Seeded: a failure prints the seed and the path to
// replay it (`npm run fuzz -- --seed <seed>`); `npm run fuzz` runs many more cases.
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { parseProject } from '../../src/domain/index.js';
import type { ProjectElement } from '../../src/internal/project-element.js';
import { engine } from '../engine.js';
import { displayAttrs, hostileProject } from './arbitraries.js';
import {
  drawnElements,
  fuzzParameters,
  leakedWords,
  longFuzz,
  mount,
  nextFrame,
  settle,
  TAGS,
  trapErrors,
  viewKind,
  type Tag,
} from './helpers.js';

/** Where each element is fuzzed: the timeline wide (its chart), the dashboard at phone width. */
const WIDTH: Record<Tag, number> = {
  'project-progress': 320,
  'milestone-timeline': 800,
  'kpi-quarter-table': 320,
  'progress-log': 480,
  'project-dashboard': 360,
};

/** The events only a person's action may fire. */
const USER_EVENTS = ['milestone-select', 'log-filter-change', 'kpi-csv-download'];

/** Whether parseProject accepts the value; a hostile proxy may even throw here. */
function accepted(value: unknown): boolean {
  try {
    return parseProject(value).ok;
  } catch {
    return false;
  }
}

/** Everything that is wrong with what `el` shows for `value`, or an empty list. */
function problemsWith(el: ProjectElement, value: unknown): string[] {
  const problems: string[] = [];
  const kind = viewKind(el);
  if (value === undefined || value === null) {
    if (kind !== 'empty') problems.push(`no project, but the view is "${kind}"`);
  } else if (accepted(value)) {
    if (kind !== 'view') problems.push(`a valid project, but the view is "${kind}"`);
    // Nothing inside (a dashboard's children) may show an error for a valid project either.
    const errors = drawnElements(el).filter((e) => e.getAttribute('part') === 'error');
    if (errors.length > 0) problems.push(`a valid project, yet ${errors.length} error view(s)`);
  } else {
    if (kind !== 'error') problems.push(`an invalid project, but the view is "${kind}"`);
    // Nothing half-drawn: the error view alone.
    const drawn = Array.from(el.shadowRoot!.children).filter(
      (child) => child.localName !== 'style' && child.getAttribute('part') !== 'error',
    );
    if (drawn.length > 0) problems.push(`beside the error view: <${drawn[0].localName}>`);
  }
  problems.push(...leakedWords(el, value).map((leak) => `leaked word: ${leak}`));
  return problems;
}

describe('fuzzing: hostile data never breaks an element', function () {
  // `npm run fuzz` sets its own (generous) timeout; CI keeps mocha's.
  if (longFuzz) this.timeout(0);
  before(() => {
    if (longFuzz) console.log(`fuzz: ${JSON.stringify(fuzzParameters(300))} per element`);
  });

  for (const tag of TAGS) {
    it(`<${tag}> renders its view or its error view for any input`, async function () {
      // Firefox and WebKit take longer than Chromium for the same runs.
      this.timeout(longFuzz ? 0 : engine === 'chromium' ? 90_000 : 300_000);
      const { el, box } = mount(tag, { width: WIDTH[tag] });
      const trap = trapErrors();
      // Setting a property is not a person's action: no element may say it was.
      const userEvents: string[] = [];
      for (const type of USER_EVENTS) {
        el.addEventListener(type, () => userEvents.push(type));
        el.shadowRoot?.addEventListener(type, () => userEvents.push(type));
      }
      try {
        await settle(el);
        await fc.assert(
          fc.asyncProperty(hostileProject, displayAttrs, async (value, attrs) => {
            for (const [name, v] of Object.entries(attrs)) {
              if (v === '') el.removeAttribute(name);
              else el.setAttribute(name, v);
            }
            el.project = value;
            await settle(el);
            const problems = [
              ...trap.take(),
              ...problemsWith(el, value),
              ...userEvents.splice(0).map((type) => `"${type}" fired without a person`),
            ];
            expect(problems, problems.join('\n')).to.deep.equal([]);
          }),
          {
            ...fuzzParameters(300),
            // Shrinking re-renders many times; a few steps are enough to point at the field.
            endOnFailure: false,
            includeErrorInReport: true,
          },
        );
        // Work left for later (a resize, an animation frame) must not fail either.
        await nextFrame();
        await nextFrame();
        expect(trap.take(), 'errors after the last run').to.deep.equal([]);
      } finally {
        trap.stop();
        box.remove();
      }
    });
  }
});

// Our elements on a bench page, through their public API only: the tag, the `project` property,
// the attributes and `updateComplete`. Whatever the elements do inside, this keeps working.
import { AS_OF } from './data.js';
import { litSettled, type Adapter } from './harness.js';

export type OurTag =
  | 'project-dashboard'
  | 'project-progress'
  | 'milestone-timeline'
  | 'kpi-quarter-table'
  | 'progress-log';

/**
 * A timing of the error view would be meaningless: stop the page if the element shows one (the
 * data or the element changed under the benchmark).
 */
function expectDrawn(element: HTMLElement): void {
  const error = element.shadowRoot?.querySelector('[part~="error"]');
  if (error) throw new Error(`<${element.localName}> shows its error view: ${error.textContent}`);
}

export function oursAdapter(tag: OurTag): Adapter {
  let element: HTMLElement & { project?: unknown };
  let stage: HTMLElement;
  return {
    lib: 'ours',
    async mount(into, project, lang) {
      stage = into;
      element = document.createElement(tag);
      element.setAttribute('lang', lang);
      element.setAttribute('as-of', AS_OF);
      // The growth cases list every report: the default folds the log after ten.
      if (tag === 'progress-log') element.setAttribute('initial-count', '1000000');
      element.project = project;
      stage.append(element);
      await litSettled(stage);
      expectDrawn(element);
    },
    async update(project) {
      element.project = project;
      await litSettled(stage);
      expectDrawn(element);
    },
    async language(lang) {
      element.setAttribute('lang', lang);
      await litSettled(stage);
    },
  };
}

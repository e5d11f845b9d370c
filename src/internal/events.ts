import type { Issue, Project, Warning } from '../domain/index.js';

export interface ProjectLoadDetail {
  /** The parsed, normalised project that is now on screen. */
  project: Project;
  /** Its data-quality warnings at `as-of`, worded in the element's language. */
  warnings: Warning[];
}

export interface ProjectErrorDetail {
  /** Every problem found, each with its path, code and a message in the element's language. */
  issues: Issue[];
}

export type ProjectLoadEvent = CustomEvent<ProjectLoadDetail>;
export type ProjectErrorEvent = CustomEvent<ProjectErrorDetail>;

/** Our events bubble and cross shadow roots, as a page author listening on `document` expects. */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'project-load': ProjectLoadEvent;
    'project-error': ProjectErrorEvent;
  }
}

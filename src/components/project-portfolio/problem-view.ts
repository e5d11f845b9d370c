import { html, type TemplateResult } from 'lit';
import { str, type MsgFn } from '@lit/localize';
import type { Issue } from '../../domain/index.js';
import type { ListLoadProblem } from '../../internal/controllers/list-loader.js';
import { loadProblemIssue } from '../../internal/load-problem.js';

/** What stopped the whole input from being used, as an issue in the element's language. */
export function loadIssues(problem: ListLoadProblem | undefined, msg: MsgFn): Issue[] {
  if (!problem) return [];
  return [
    loadProblemIssue(problem, msg, (url) =>
      msg(str`The projects could not be fetched from ${url}.`),
    ),
  ];
}

export function renderLoadProblem(issues: readonly Issue[], msg: MsgFn): TemplateResult {
  return html`<div part="error" role="alert">
    <p>${msg('The projects cannot be shown:')}</p>
    <ul>
      ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
    </ul>
  </div>`;
}

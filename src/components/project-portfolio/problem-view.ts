import { html, type TemplateResult } from 'lit';
import { str, type MsgFn } from '@lit/localize';
import type { Issue } from '../../domain/index.js';
import type { ListLoadProblem } from '../../internal/controllers/list-loader.js';

/** What stopped the whole input from being used, as an issue in the element's language. */
export function loadIssues(problem: ListLoadProblem | undefined, msg: MsgFn): Issue[] {
  if (!problem) return [];
  const message =
    problem.kind === 'http'
      ? msg(str`The server answered ${problem.status} for ${problem.url}.`)
      : problem.kind === 'network'
        ? msg(str`The projects could not be fetched from ${problem.url}.`)
        : msg(str`The text is not valid JSON (${problem.detail}).`);
  const path = problem.kind === 'json' && problem.where === 'script' ? 'script' : 'src';
  return [{ path, code: `load-${problem.kind}`, message, params: {} }];
}

export function renderLoadProblem(issues: readonly Issue[], msg: MsgFn): TemplateResult {
  return html`<div part="error" role="alert">
    <p>${msg('The projects cannot be shown:')}</p>
    <ul>
      ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
    </ul>
  </div>`;
}

import { str, type MsgFn } from '@lit/localize';
import type { Issue } from '../domain/index.js';
import type { LoadProblem } from './controllers/project-source.js';

/**
 * What stopped the data from being read at all (the `src` request, the JSON text), as the one
 * issue an element shows and reports, in its language. `unreachable` words a `src` that could
 * not be fetched: the element knows whether it was a project or a list of projects.
 */
export function loadProblemIssue(
  problem: LoadProblem,
  msg: MsgFn,
  unreachable: (url: string) => string,
): Issue {
  const message =
    problem.kind === 'http'
      ? msg(str`The server answered ${problem.status} for ${problem.url}.`)
      : problem.kind === 'network'
        ? unreachable(problem.url)
        : msg(str`The text is not valid JSON (${problem.detail}).`);
  const path = problem.kind === 'json' && problem.where === 'script' ? 'script' : 'src';
  return { path, code: `load-${problem.kind}`, message, params: {} };
}

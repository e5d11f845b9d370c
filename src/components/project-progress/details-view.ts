import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import { daysBetween, latestLogEntry, quarterHasBegun, type Project } from '../../domain/index.js';
import { unsafeScheme } from '../../schema/index.js';
import type { RenderContext } from '../../internal/project-element.js';
import { phoneText, telHref } from './phone.js';

/**
 * The gauge's details: the responsible officer and telephone, the latest evaluation once its
 * quarter has begun, the last report, and the project's links (never a `javascript:` one).
 */
export function renderDetails(ctx: RenderContext, project: Project): TemplateResult {
  const { msg, fmt, asOf, langOf } = ctx;
  const { owner, evaluation, links } = project;
  const data = (text: string) =>
    html`<span class="data" lang=${ifDefined(langOf(text))}>${text}</span>`;
  // An evaluation of a quarter that had not begun by the as-of date is not yet known.
  const evaluated =
    evaluation &&
    quarterHasBegun(project.fiscalYear, evaluation.quarter, asOf, project.fiscalYearStartMonth);
  const row = (term: string, value: unknown) =>
    html`<dt>${term}</dt>
      <dd>${value}</dd>`;
  const phone = phoneText(owner?.phone ?? '');
  const href = telHref(phone);
  const latest = latestLogEntry(project, asOf);
  return html`<dl part="details" class="details">
    ${
      owner
        ? row(
            msg('Responsible officer'),
            html`${data(owner.name)}
            ${
              phone
                ? html`<span class="phone"
                    >${msg('Tel.')}
                    ${href ? html`<a href=${href}>${data(phone)}</a>` : data(phone)}</span
                  >`
                : nothing
            }`,
          )
        : nothing
    }
    ${
      evaluated
        ? row(
            msg('Latest evaluation'),
            html`${
              evaluation.score === undefined
                ? msg(str`Quarter ${fmt.number(evaluation.quarter, 0)}, not scored yet`)
                : msg(
                    str`Quarter ${fmt.number(evaluation.quarter, 0)}, score ${fmt.number(
                      evaluation.score,
                      2,
                    )}`,
                  )
            }${
              evaluation.by
                ? html`<span class="by"> ${msg('evaluated by')} ${data(evaluation.by)}</span>`
                : nothing
            }`,
          )
        : nothing
    }
    ${row(
      msg('Last report'),
      latest
        ? html`<time datetime=${latest.date}>${fmt.date(latest.date)}</time>
            <span class="ago">(${fmt.daysAgo(daysBetween(latest.date, asOf))})</span>`
        : msg('No report yet'),
    )}
    ${
      links?.length
        ? row(
            msg('More about this project'),
            html`<ul part="links" class="links">
              ${links.map(
                // The schema refuses other schemes; a project set as already parsed is checked
                // again here, so a javascript: address is never a link.
                (link) =>
                  html`<li>
                    ${
                      unsafeScheme(link.href) === null
                        ? html`<a href=${link.href} lang=${ifDefined(langOf(link.label))}
                            >${link.label}</a
                          >`
                        : data(link.label)
                    }
                  </li>`,
              )}
            </ul>`,
          )
        : nothing
    }
  </dl>`;
}

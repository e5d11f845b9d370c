// Issue 19, the smaller findings: a named group is a region, and decorative glyphs drawn by CSS
// are not read out.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/project-dashboard/define.js';
import type { ProjectDashboard } from '../../src/components/project-dashboard/project-dashboard.js';
import { seed } from '../fixtures/projects.js';
import { $, $$, clean } from '../harness.js';

async function dashboard(asOf: string) {
  return fixture<ProjectDashboard>(
    html`<project-dashboard lang="en" as-of=${asOf} .project=${seed()}></project-dashboard>`,
  );
}

describe('semantics', () => {
  it('the dashboard’s warnings are a region named by their heading', async () => {
    // Seven years after the last report, the seed is stale: there are warnings to show.
    const el = await dashboard('2026-12-07');
    const warnings = $(el, '[part="warnings"]')!;
    expect(warnings.getAttribute('role')).to.equal('region');
    const heading = el.shadowRoot!.getElementById(warnings.getAttribute('aria-labelledby')!);
    expect(clean(heading?.textContent)).to.equal('Data-quality warnings');
    await expect(el).to.be.accessible();
  });

  it('the alignment list’s arrows (↳) have an empty alternative text', async () => {
    const el = await dashboard('2020-09-30');
    const items = $$(el, '.breadcrumb li');
    expect(items.length).to.be.above(1);
    const content = getComputedStyle(items[1], '::before').content;
    expect(content).to.contain('↳');
    expect(content.replace(/\s/g, '')).to.contain('/""');
  });
});

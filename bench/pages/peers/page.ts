// The page a developer would build with a general chart library: the same sections as our
// dashboard (or one of them, for an element alone), the words and tables as HTML strings, and a
// chart wherever we draw one. The charts stay alive across updates and language switches, as a
// real page would keep them (setOption / chart.update), while the HTML around them is rewritten.
import type { RawProject } from '../data.js';
import { AS_OF } from '../data.js';
import type { Adapter, Lang, Library } from '../harness.js';
import {
  figures,
  kpiTableHtml,
  logListHtml,
  planSummaryHtml,
  progressHtml,
  proseHtml,
  PEER_CSS,
  Text,
  warningsHtml,
  type Figures,
  type WordKey,
} from './content.js';
import type { RawKpi } from '../data.js';

export type Part = 'progress' | 'plan' | 'kpis' | 'log' | 'prose';

/** The charts one library draws. Each call creates the chart in `box` or redraws it there. */
export interface ChartKit {
  gauge(box: HTMLElement, fig: Figures, t: Text): void;
  gantt(box: HTMLElement, project: RawProject, t: Text): void;
  timeline(box: HTMLElement, project: RawProject, t: Text, asOf: string): void;
  kpi(box: HTMLElement, project: RawProject, kpi: RawKpi, t: Text): void;
  log(box: HTMLElement, project: RawProject, t: Text, asOf: string): void;
  /** Resolves when every chart drawn since the last call says it has finished rendering. */
  settled(): Promise<void>;
}

const SECTIONS: Record<Part, string> = {
  progress:
    '<section class="headline"><div class="gauge"></div><div class="progress-text"></div></section><div class="warnings-box"></div>',
  plan: '<section><h2 data-word="plan"></h2><div class="plan-text"></div><div class="gantt"></div><div class="timeline"></div></section>',
  kpis: '<section><h2 data-word="kpis"></h2><div class="kpi-list"></div></section>',
  log: '<section><h2 data-word="log"></h2><div class="log-chart"></div><div class="log-text"></div></section>',
  prose: '<div class="prose"></div>',
};

export function peerAdapter(lib: Library, parts: Part[], kit: ChartKit): Adapter {
  let root: HTMLElement;
  let current: RawProject;
  let lang: Lang = 'en';
  const box = (selector: string) => root.querySelector<HTMLElement>(selector)!;

  const fill = async () => {
    const t = new Text(lang);
    const project = current;
    const fig = figures(project, AS_OF);
    root.lang = lang;
    for (const heading of root.querySelectorAll<HTMLElement>('[data-word]')) {
      heading.textContent = t.word(heading.dataset.word as WordKey);
    }
    if (parts.includes('progress')) {
      box('.progress-text').innerHTML = progressHtml(project, fig, t, AS_OF);
      box('.warnings-box').innerHTML = warningsHtml(project, t);
      kit.gauge(box('.gauge'), fig, t);
    }
    if (parts.includes('plan')) {
      box('.plan-text').innerHTML = planSummaryHtml(project, fig, t, AS_OF);
      kit.gantt(box('.gantt'), project, t);
      kit.timeline(box('.timeline'), project, t, AS_OF);
    }
    if (parts.includes('kpis')) {
      const list = box('.kpi-list');
      const kpis = project.kpis ?? [];
      if (list.children.length !== kpis.length) {
        list.innerHTML = kpis
          .map(
            () =>
              '<div class="kpi"><div class="kpi-table"></div><div class="kpi-chart"></div></div>',
          )
          .join('');
      }
      kpis.forEach((kpi, i) => {
        const block = list.children[i];
        block.querySelector('.kpi-table')!.innerHTML = kpiTableHtml(project, kpi, t);
        kit.kpi(block.querySelector<HTMLElement>('.kpi-chart')!, project, kpi, t);
      });
    }
    if (parts.includes('log')) {
      kit.log(box('.log-chart'), project, t, AS_OF);
      box('.log-text').innerHTML = logListHtml(project, t);
    }
    if (parts.includes('prose')) box('.prose').innerHTML = proseHtml(project, t);
    await kit.settled();
  };

  return {
    lib,
    async mount(stage, project, language) {
      current = project;
      lang = language;
      stage.innerHTML = `<style>${PEER_CSS}</style><div class="peer">${parts
        .map((part) => SECTIONS[part])
        .join('')}</div>`;
      root = stage.querySelector<HTMLElement>('.peer')!;
      await fill();
    },
    async update(project) {
      current = project;
      await fill();
    },
    async language(language) {
      lang = language;
      await fill();
    },
  };
}

/** Which sections each scenario draws: the whole page, or the part one element draws. */
export const PARTS: Record<string, Part[]> = {
  'project-dashboard': ['progress', 'plan', 'kpis', 'log', 'prose'],
  'project-progress': ['progress'],
  'milestone-timeline': ['plan'],
  'kpi-quarter-table': ['kpis'],
  'progress-log': ['log'],
};

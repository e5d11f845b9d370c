// What a developer using a general chart library would write around the charts: the figures
// (planned percent, status), and the words, tables and lists as HTML strings with Intl
// formatting. ECharts and Chart.js pages share it, so the two differ only by their charts.
// It is deliberately plain: no validation, no caching, data text escaped.
import type { RawKpi, RawLogEntry, RawProject, RawStep } from '../data.js';
import type { Lang } from '../harness.js';

const DAY = 86_400_000;
export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export type Status = 'complete' | 'on-track' | 'at-risk' | 'behind' | 'not-started' | 'unplanned';

export interface Figures {
  actual: number;
  planned: number | null;
  status: Status;
}

/** Planned percent at `asOf`: each step's weight times its elapsed share, over the weights. */
export function planned(plan: RawStep[] | undefined, asOf: string): number | null {
  const total = (plan ?? []).reduce((sum, step) => sum + step.weight, 0);
  if (!plan?.length || total === 0) return null;
  const now = dayOf(asOf);
  let done = 0;
  for (const step of plan) {
    const start = dayOf(step.start);
    const end = dayOf(step.end);
    const share = end === start ? (now >= end ? 1 : 0) : (now - start) / (end - start);
    done += step.weight * Math.min(1, Math.max(0, share));
  }
  return (done / total) * 100;
}

export function byDate(log: RawLogEntry[] | undefined): RawLogEntry[] {
  return [...(log ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function figures(project: RawProject, asOf: string): Figures {
  const log = byDate(project.log).filter((entry) => entry.date <= asOf);
  const actual = project.progress ?? log[log.length - 1]?.percent ?? 0;
  const plan = planned(project.plan, asOf);
  let status: Status;
  if (actual >= 100) status = 'complete';
  else if (plan === null) status = 'unplanned';
  else if (plan === 0 && actual === 0) status = 'not-started';
  else if (actual - plan < -10) status = 'behind';
  else if (actual - plan < -5) status = 'at-risk';
  else status = 'on-track';
  return { actual, planned: plan, status };
}

/** The planned curve as [time, percent] points: at every step's start and end. */
export function plannedCurve(project: RawProject, from: string, to: string): [number, number][] {
  const dates = new Set<string>([from, to]);
  for (const step of project.plan ?? []) {
    dates.add(step.start);
    dates.add(step.end);
  }
  return [...dates]
    .sort()
    .map((date) => [dayOf(date), planned(project.plan, date) ?? 0] as [number, number]);
}

/** The reported percent as [time, percent] points, oldest first. */
export function actualPoints(project: RawProject): [number, number][] {
  return byDate(project.log).map((entry) => [dayOf(entry.date), entry.percent]);
}

/** The fiscal year's first and last day (October to September by default). */
export function fiscalYear(project: RawProject): [string, string] {
  const fy = project.fiscalYear > 2400 ? project.fiscalYear - 543 : project.fiscalYear;
  const month = project.fiscalYearStartMonth ?? 10;
  const start = new Date(Date.UTC(fy - 1, month - 1, 1));
  const end = new Date(Date.UTC(fy, month - 1, 1) - DAY);
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
}

const WORDS = {
  en: {
    complete: 'Complete',
    'on-track': 'On track',
    'at-risk': 'At risk',
    behind: 'Behind schedule',
    'not-started': 'Not started',
    unplanned: 'No plan',
    met: 'Met',
    'not-met': 'Not met',
    'no-target': 'No target',
    code: 'Project code',
    fy: 'Fiscal year',
    planned: 'Planned',
    asOf: 'As of',
    officer: 'Responsible officer',
    tel: 'Tel.',
    evaluation: 'Latest evaluation',
    quarterScore: 'Quarter {q}, score {s}',
    lastUpdate: 'Last update',
    warnings: 'Data-quality warnings',
    weights: 'Step weights add up to {n}, not 100',
    plan: 'Plan and progress over the year',
    kpis: 'Indicators',
    log: 'Progress reports',
    rationale: 'Rationale',
    objectives: 'Objectives',
    targets: 'Targets',
    alignment: 'Alignment with the Bangkok development plan',
    planSummary: 'The plan has {n} steps; planned {p} and actual {a} on {d}.',
    reported: 'Reported',
    indicator: 'Indicator',
    target: 'Target',
    achieved: 'Achieved',
    achievement: 'Achievement',
    quarter: 'Quarter',
    result: 'Result',
    score: 'Score',
    byCriterion: 'Assessment by criterion',
    q: 'Q{q}',
    first: 'first report',
    points: '{n} points',
    problems: 'Problems',
    obstacles: 'Obstacles',
    logSummary: 'From {a} on {d1} to {b} on {d2}, in {n} reports.',
    reports: '{n} reports.',
  },
  th: {
    complete: 'แล้วเสร็จ',
    'on-track': 'เป็นไปตามแผน',
    'at-risk': 'มีความเสี่ยง',
    behind: 'ล่าช้ากว่าแผน',
    'not-started': 'ยังไม่เริ่มดำเนินการ',
    unplanned: 'ไม่มีแผนการดำเนินงาน',
    met: 'บรรลุ',
    'not-met': 'ไม่บรรลุ',
    'no-target': 'ไม่มีค่าเป้าหมาย',
    code: 'รหัสโครงการ',
    fy: 'ปีงบประมาณ',
    planned: 'ตามแผน',
    asOf: 'ณ วันที่',
    officer: 'ผู้รับผิดชอบโครงการ',
    tel: 'โทร.',
    evaluation: 'ผลการประเมินครั้งล่าสุด',
    quarterScore: 'ไตรมาสที่ {q} คะแนน {s}',
    lastUpdate: 'รายงานผลล่าสุด',
    warnings: 'คำเตือนด้านคุณภาพข้อมูล',
    weights: 'น้ำหนักของขั้นตอนรวมกันได้ {n} ไม่ใช่ 100',
    plan: 'แผนและความคืบหน้าตลอดปี',
    kpis: 'ตัวชี้วัด',
    log: 'ผลการดำเนินงาน',
    rationale: 'หลักการและเหตุผล',
    objectives: 'วัตถุประสงค์ของโครงการ',
    targets: 'เป้าหมายของโครงการ',
    alignment: 'ความสอดคล้องกับแผนพัฒนากรุงเทพมหานคร',
    planSummary: 'แผนการดำเนินงาน {n} ขั้นตอน ตามแผน {p} ผลการดำเนินงาน {a} ณ วันที่ {d}',
    reported: 'ผลการดำเนินงาน',
    indicator: 'ตัวชี้วัด',
    target: 'ค่าเป้าหมาย',
    achieved: 'ผลงานที่ทำได้',
    achievement: 'ผลสัมฤทธิ์',
    quarter: 'ไตรมาส',
    result: 'ผลงาน',
    score: 'คะแนน',
    byCriterion: 'ผลประเมินตัวชี้วัด',
    q: 'ไตรมาส {q}',
    first: 'รายงานครั้งแรก',
    points: '{n} จุดร้อยละ',
    problems: 'ปัญหาของโครงการ',
    obstacles: 'อุปสรรคของโครงการ',
    logSummary: 'จาก {a} เมื่อวันที่ {d1} เป็น {b} เมื่อวันที่ {d2} จากการรายงาน {n} ครั้ง',
    reports: 'รายงาน {n} ครั้ง',
  },
};

export type WordKey = keyof (typeof WORDS)['en'];

/** Words, numbers and dates in one language (Buddhist era in Thai, as our elements do). */
export class Text {
  private readonly percentFormat: Intl.NumberFormat;
  private readonly numberFormat: Intl.NumberFormat;
  private readonly signedFormat: Intl.NumberFormat;
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly shortDateFormat: Intl.DateTimeFormat;
  private readonly monthFormat: Intl.DateTimeFormat;

  constructor(readonly lang: Lang) {
    const locale = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
    this.percentFormat = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    this.numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    this.signedFormat = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const utc = { timeZone: 'UTC' } as const;
    this.dateFormat = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'long' });
    this.shortDateFormat = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'medium' });
    this.monthFormat = new Intl.DateTimeFormat(locale, { ...utc, month: 'short', year: 'numeric' });
  }

  word(key: WordKey, values: Record<string, string | number> = {}): string {
    return WORDS[this.lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
  }

  percent = (value: number) => this.percentFormat.format(value / 100);
  number = (value: number) => this.numberFormat.format(value);
  signed = (value: number) => this.signedFormat.format(value);
  date = (time: number | string) =>
    this.dateFormat.format(typeof time === 'string' ? dayOf(time) : time);
  shortDate = (time: number | string) =>
    this.shortDateFormat.format(typeof time === 'string' ? dayOf(time) : time);
  month = (time: number) => this.monthFormat.format(time);
  year = (ce: number) => String(this.lang === 'th' ? ce + 543 : ce);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Data text goes into HTML strings escaped: it is text, never markup. */
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const GLYPHS: Record<Status, string> = {
  complete: '✔',
  'on-track': '●',
  'at-risk': '▲',
  behind: '▼',
  'not-started': '○',
  unplanned: '–',
};

/** The headline beside the gauge: title, code, office, year, status in words, officer. */
export function progressHtml(project: RawProject, fig: Figures, t: Text, asOf: string): string {
  const dataLang = esc(project.language ?? 'th');
  const fy = project.fiscalYear > 2400 ? project.fiscalYear - 543 : project.fiscalYear;
  const latest = byDate(project.log).at(-1);
  const owner = project.owner;
  return `<h1 lang="${dataLang}">${esc(project.title)}</h1>
<p class="meta"><span>${t.word('code')} ${esc(project.id)}</span>
<span lang="${dataLang}">${esc(project.organization.name)}</span>
<span>${t.word('fy')} ${t.year(fy)}</span></p>
<p class="figure" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${fig.actual}">${t.percent(fig.actual)}</p>
<p class="status" data-status="${fig.status}"><span aria-hidden="true">${GLYPHS[fig.status]}</span> ${t.word(fig.status)}</p>
${fig.planned === null ? '' : `<p>${t.word('planned')} ${t.percent(fig.planned)}</p>`}
<p>${t.word('asOf')} ${t.date(asOf)}</p>
<dl>
${owner ? `<dt>${t.word('officer')}</dt><dd><span lang="${dataLang}">${esc(owner.name)}</span> ${owner.phone ? `${t.word('tel')} <a href="tel:${esc(owner.phone)}">${esc(owner.phone)}</a>` : ''}</dd>` : ''}
${project.evaluation ? `<dt>${t.word('evaluation')}</dt><dd>${t.word('quarterScore', { q: t.number(project.evaluation.quarter), s: t.number(project.evaluation.score ?? 0) })}</dd>` : ''}
${latest ? `<dt>${t.word('lastUpdate')}</dt><dd><time datetime="${latest.date}">${t.date(latest.date)}</time></dd>` : ''}
</dl>`;
}

export function warningsHtml(project: RawProject, t: Text): string {
  const sum = (project.plan ?? []).reduce((total, step) => total + step.weight, 0);
  if (!project.plan?.length || Math.abs(sum - 100) < 0.01) return '';
  return `<div class="warnings"><p>${t.word('warnings')}</p><ul><li>${t.word('weights', { n: t.number(sum) })}</li></ul></div>`;
}

export function planSummaryHtml(project: RawProject, fig: Figures, t: Text, asOf: string): string {
  return `<p>${t.word('planSummary', {
    n: t.number(project.plan?.length ?? 0),
    p: fig.planned === null ? '–' : t.percent(fig.planned),
    a: t.percent(fig.actual),
    d: t.date(asOf),
  })}</p>`;
}

/** One KPI as a table: target and achievement above, a row per quarter. */
export function kpiTableHtml(project: RawProject, kpi: RawKpi, t: Text): string {
  const dataLang = esc(project.language ?? 'th');
  const less = kpi.direction === 'decrease';
  const status: 'met' | 'not-met' | 'no-target' =
    kpi.target === 0 && !less
      ? 'no-target'
      : (less ? kpi.achieved <= kpi.target : kpi.achieved >= kpi.target)
        ? 'met'
        : 'not-met';
  const criteria = [
    ...new Set((kpi.quarters ?? []).flatMap((q) => (q.assessments ?? []).map((a) => a.criterion))),
  ];
  const [fyStart] = fiscalYear(project);
  const rows = (kpi.quarters ?? [])
    .map((q) => {
      const from = new Date(dayOf(fyStart));
      from.setUTCMonth(from.getUTCMonth() + (q.quarter - 1) * 3);
      const to = new Date(from);
      to.setUTCMonth(to.getUTCMonth() + 2);
      const scores = criteria.map((c) => {
        const found = q.assessments?.find((a) => a.criterion === c);
        return `<td>${found ? t.number(found.score) : '–'}</td>`;
      });
      return `<tr><th scope="row">${t.word('q', { q: t.number(q.quarter) })} (${t.month(+from)}–${t.month(+to)})</th>
<td>${q.result === undefined ? '–' : t.number(q.result)} <span lang="${dataLang}">${esc(kpi.unit)}</span></td>
<td>${q.score === undefined ? '–' : t.number(q.score)}</td>${scores.join('')}</tr>`;
    })
    .join('\n');
  return `<table>
<caption><span>${t.word('indicator')} ${esc(kpi.code)}</span> <span lang="${dataLang}">${esc(kpi.name)}</span>
<span>${t.word('target')}: ${t.number(kpi.target)}</span> <span>${t.word('achieved')}: ${t.number(kpi.achieved)}</span>
<span>${t.word('achievement')}: ${t.word(status)}</span></caption>
<thead><tr><th scope="col" rowspan="2">${t.word('quarter')}</th><th scope="col" rowspan="2">${t.word('result')}</th>
<th scope="col" rowspan="2">${t.word('score')}</th><th scope="colgroup" colspan="${criteria.length}">${t.word('byCriterion')}</th></tr>
<tr>${criteria.map((c) => `<th scope="col" lang="${dataLang}">${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The reports newest first: date, percent, change, note, problems and obstacles. */
export function logListHtml(project: RawProject, t: Text): string {
  const dataLang = esc(project.language ?? 'th');
  const oldestFirst = byDate(project.log);
  if (oldestFirst.length === 0) return '';
  const items = oldestFirst.map((entry, i) => {
    const change = i === 0 ? null : entry.percent - oldestFirst[i - 1].percent;
    const said = (text: string | null | undefined) => !!text && text.trim() !== 'ไม่มี';
    const callout = (label: WordKey, text: string | null | undefined) =>
      said(text)
        ? `<div class="callout"><p><span aria-hidden="true">⚠</span> ${t.word(label)}</p><p lang="${dataLang}">${esc(text)}</p></div>`
        : text
          ? `<p class="quiet">${t.word(label)}: <span lang="${dataLang}">${esc(text)}</span></p>`
          : '';
    return `<li><p><time datetime="${entry.date}">${t.date(entry.date)}</time> <strong>${t.percent(entry.percent)}</strong>
${change === null ? t.word('first') : t.word('points', { n: t.signed(change) })}</p>
<p lang="${dataLang}">${esc(entry.note)}</p>${callout('problems', entry.problems)}${callout('obstacles', entry.obstacles)}</li>`;
  });
  const first = oldestFirst[0];
  const last = oldestFirst[oldestFirst.length - 1];
  return `<p>${t.word('logSummary', {
    a: t.percent(first.percent),
    d1: t.date(first.date),
    b: t.percent(last.percent),
    d2: t.date(last.date),
    n: t.number(oldestFirst.length),
  })}</p>
<p role="status">${t.word('reports', { n: t.number(oldestFirst.length) })}</p>
<ol>${items.reverse().join('\n')}</ol>`;
}

/** The project's own text: rationale, objectives, targets, alignment. */
export function proseHtml(project: RawProject, t: Text): string {
  const dataLang = esc(project.language ?? 'th');
  const list = (items: string[] | undefined) =>
    `<ul>${(items ?? []).map((item) => `<li lang="${dataLang}">${esc(item)}</li>`).join('')}</ul>`;
  return `<section><h2>${t.word('rationale')}</h2><p lang="${dataLang}">${esc(project.rationale)}</p></section>
<section><h2>${t.word('objectives')}</h2>${list(project.objectives)}</section>
<section><h2>${t.word('targets')}</h2>${list(project.targets)}</section>
<section><h2>${t.word('alignment')}</h2><ol>${(project.alignment ?? [])
    .map(
      (level) =>
        `<li lang="${dataLang}"><span>${esc(level.level)} ${esc(level.code)}</span> ${esc(level.title)}</li>`,
    )
    .join('')}</ol></section>`;
}

/** The page's CSS for the peers: enough to lay the same sections out as ours does. */
export const PEER_CSS = `
.peer { display: grid; gap: 1.5rem; }
.peer h1 { font-size: 1.25rem; margin: 0; }
.peer h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
.peer .headline { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.peer .gauge { width: 160px; height: 160px; }
.peer .timeline { height: 260px; }
.peer .gantt { height: 140px; }
.peer .kpi-chart { height: 140px; max-width: 36rem; }
.peer .log-chart { height: 132px; max-width: 36rem; }
.peer table { border-collapse: collapse; width: 100%; }
.peer th, .peer td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: start; }
.peer .callout { border-inline-start: 4px solid #b45309; padding-inline-start: .5rem; }
.peer .quiet { color: #555; font-size: .875rem; }
.peer ol, .peer ul { padding-inline-start: 1.25rem; }
.peer .warnings { border: 1px solid #b45309; padding: .5rem 1rem; }
`;

// The projects the benchmark draws: the seed, the seed changed (for update timings), and
// projects grown to a given size. Pure and deterministic, so every library, every sample and
// the Node throughput run get the same documents. No DOM: bench/node/parse.ts imports it too.
import seedJson from '../../demo/data/bma-50080000-2982.json' with { type: 'json' };

/** The project JSON as the elements take it (input side, before parsing). */
export interface RawLogEntry {
  date: string;
  percent: number;
  note: string;
  problems?: string | null;
  obstacles?: string | null;
}

export interface RawStep {
  step: number;
  name: string;
  weight: number;
  start: string;
  end: string;
}

export interface RawKpi {
  code: string;
  name: string;
  unit?: string;
  target: number;
  achieved: number;
  direction?: 'increase' | 'decrease';
  type?: string;
  level?: 'output' | 'outcome' | 'impact';
  quarters?: {
    quarter: 1 | 2 | 3 | 4;
    result?: number;
    score?: number;
    assessments?: { criterion: string; score: number }[];
  }[];
}

export interface RawProject {
  schemaVersion: 1;
  language?: string;
  id: string;
  title: string;
  organization: { name: string; code?: string };
  fiscalYear: number;
  fiscalYearStartMonth?: number;
  owner?: { name: string; phone?: string };
  progress?: number;
  evaluation?: { quarter: 1 | 2 | 3 | 4; score?: number };
  rationale?: string;
  objectives?: string[];
  targets?: string[];
  alignment?: { level: string; code?: string; title: string }[];
  log?: RawLogEntry[];
  plan?: RawStep[];
  kpis?: RawKpi[];
}

/** Every measurement is taken at this date, so no result depends on the day the bench runs. */
export const AS_OF = '2020-09-30';

const seedProject = seedJson as RawProject;

/** A fresh deep copy of the seed: an element may keep what it is given. */
export function seed(): RawProject {
  return structuredClone(seedProject);
}

/**
 * The data after one more report: lower progress on the newest report and one KPI that falls
 * short, so every element has something to redraw (gauge, status, curves, list, tables).
 */
export function changed(project: RawProject): RawProject {
  const next = structuredClone(project);
  const log = next.log ?? [];
  const newest = log.reduce<RawLogEntry | undefined>(
    (best, entry) => (!best || entry.date > best.date ? entry : best),
    undefined,
  );
  if (newest) {
    newest.percent = Math.max(0, newest.percent - 5);
    newest.note = `${newest.note} (แก้ไข)`;
    next.progress = newest.percent;
  }
  const kpi = next.kpis?.[0];
  if (kpi) {
    kpi.achieved = kpi.target * 0.9;
    const last = kpi.quarters?.[kpi.quarters.length - 1];
    if (last) last.result = kpi.achieved;
  }
  return next;
}

/** A small, seeded pseudo-random generator (mulberry32): the same numbers on every run. */
export function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

/** `YYYY-MM-DD` some whole days before or after an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

const NOTES = [
  'อยู่ระหว่างขั้นตอนการลงชุมชนเปิดเวทีชาวบ้านเพื่อจัดทำแผนพัฒนาชุมชน',
  'ดำเนินการจัดกิจกรรมการประชุมชี้แจงกระบวนการขั้นตอนในการจัดทำแผนพัฒนาชุมชน',
  'อยู่ระหว่างขั้นตอนเบิกจ่ายวัสดุในการดำเนินงาน',
  'ประสานงานกับสำนักพัฒนาสังคมเพื่อรับการโอนงบประมาณ',
  'ติดตามผลการดำเนินงานของชุมชนในพื้นที่เขต',
];
const PROBLEMS = ['ชะลอการเปิดเวทีชาวบ้านเนื่องจากสถานการณ์โควิด', 'รอการโอนงบประมาณจากหน่วยงานต้นสังกัด'];

/**
 * `n` reports, one a day back from `newest` (by default the seed's, 21 September 2020), percent
 * rising to `top`; one report in seven names a problem. Dates are distinct and percents never fall, so the
 * data raise no warning that the seed does not raise: the work grows with `n` alone.
 */
export function logEntries(n: number, newest = '2020-09-21', top = 100): RawLogEntry[] {
  const entries: RawLogEntry[] = [];
  for (let i = 0; i < n; i++) {
    const age = n - 1 - i;
    entries.push({
      date: addDays(newest, -age),
      percent: Math.round(((i + 1) / n) * top * 100) / 100,
      note: NOTES[i % NOTES.length],
      problems: i % 7 === 3 ? PROBLEMS[i % PROBLEMS.length] : 'ไม่มี',
      obstacles: 'ไม่มี',
    });
  }
  // The monitoring system lists the newest first.
  return entries.reverse();
}

/** The seed with a progress log of `n` reports. */
export function logProject(n: number): RawProject {
  return { ...seed(), log: logEntries(n) };
}

/** `steps` plan steps spread over fiscal year 2563 (1 Oct 2019 – 30 Sep 2020), weights adding
 * up to 100. */
export function planSteps(steps: number): RawStep[] {
  const start = '2019-10-01';
  const span = 365;
  const plan: RawStep[] = [];
  const weight = Math.floor(10000 / steps) / 100;
  for (let i = 0; i < steps; i++) {
    const from = Math.floor((i * span) / steps);
    const to = Math.max(from, Math.floor(((i + 1) * span) / steps) - 1);
    plan.push({
      step: i + 1,
      name: `ขั้นตอนที่ ${i + 1} ${NOTES[i % NOTES.length].slice(0, 24)}`,
      weight: i === steps - 1 ? Math.round((100 - weight * (steps - 1)) * 100) / 100 : weight,
      start: addDays(start, from),
      end: addDays(start, to),
    });
  }
  return plan;
}

/** The seed with `steps` plan steps and `points` daily reports ending on the seed's newest. */
export function timelineProject(steps: number, points: number): RawProject {
  return { ...seed(), plan: planSteps(steps), log: logEntries(points) };
}

/** `n` KPIs, each with four quarters and two assessment criteria; one in five less-is-better. */
export function kpiList(n: number): RawKpi[] {
  const rnd = random(n);
  const template = seedProject.kpis![0];
  const kpis: RawKpi[] = [];
  for (let i = 0; i < n; i++) {
    const decrease = i % 5 === 4;
    const target = decrease ? 10 + Math.round(rnd() * 20) : 50 + Math.round(rnd() * 50);
    const quarters = ([1, 2, 3, 4] as const).map((quarter) => ({
      quarter,
      result: Math.round(target * (0.6 + rnd() * 0.6) * 100) / 100,
      score: Math.round(60 + rnd() * 40),
      assessments: [
        { criterion: '2.1', score: Math.round(60 + rnd() * 40) },
        { criterion: '2.2', score: Math.round(60 + rnd() * 40) },
      ],
    }));
    kpis.push({
      ...template,
      code: `5008-${String(791 + i).padStart(4, '0')}`,
      name: `${template.name} (${i + 1})`,
      target,
      achieved: quarters[3].result,
      direction: decrease ? 'decrease' : 'increase',
      quarters,
    });
  }
  return kpis;
}

/** The seed with `n` KPIs. */
export function kpiProject(n: number): RawProject {
  return { ...seed(), kpis: kpiList(n) };
}

/**
 * `count` typical projects for the parse throughput: the seed's shape with its own id, year,
 * 3–12 reports (a third of them dated the way the monitoring system prints, `D/M/YYYY` in the
 * Buddhist era), 2–5 plan steps and 0–3 KPIs.
 */
export function typicalProjects(count: number): RawProject[] {
  const rnd = random(2563);
  const base = seed();
  const projects: RawProject[] = [];
  for (let p = 0; p < count; p++) {
    const reports = 3 + Math.floor(rnd() * 10);
    const top = 30 + Math.round(rnd() * 70);
    const log = logEntries(reports, addDays('2020-09-21', -Math.floor(rnd() * 60)), top).map(
      (entry, i) => (i % 3 === 1 ? { ...entry, date: slashDate(entry.date) } : entry),
    );
    const steps = 2 + Math.floor(rnd() * 4);
    const kpis = Math.floor(rnd() * 4);
    projects.push({
      ...base,
      id: `5008${String(p).padStart(4, '0')}-${1000 + (p % 9000)}`,
      fiscalYear: 2560 + (p % 5),
      progress: log[0].percent,
      log,
      plan: planSteps(steps),
      kpis: kpiList(kpis),
      objectives: [...(base.objectives ?? [])],
      targets: [...(base.targets ?? [])],
      alignment: base.alignment?.map((level) => ({ ...level })),
    });
  }
  return projects;
}

/** `2020-09-21` → `21/9/2563`, as the monitoring system prints dates. */
function slashDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y + 543}`;
}

/** The growth cases of the issue, by name: what the pages and the runner agree on. */
export const growthCases = {
  'log-10': () => logProject(10),
  'log-100': () => logProject(100),
  'log-1000': () => logProject(1000),
  'log-10000': () => logProject(10000),
  'timeline-3x10': () => timelineProject(3, 10),
  'timeline-30x100': () => timelineProject(30, 100),
  'timeline-200x500': () => timelineProject(200, 500),
  'kpi-1': () => kpiProject(1),
  'kpi-10': () => kpiProject(10),
  'kpi-100': () => kpiProject(100),
} satisfies Record<string, () => RawProject>;

export type GrowthCase = keyof typeof growthCases;

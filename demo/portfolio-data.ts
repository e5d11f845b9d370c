// A generated portfolio around the seed's district (Phaya Thai, fiscal year 2563): the demo,
// the stories, the tests and the bench all use it. Deterministic for a given seed number, so a
// count asserted in a test stays true. Made-up projects, written the way the monitoring system
// writes them; the first one is the seed project itself when `includeSeed` is set.

type Json = Record<string, unknown>;

/** Mulberry32: a small, fast, seeded random generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DISTRICTS: readonly { name: string; code: string }[] = [
  { name: 'สำนักงานเขตพญาไท', code: '50081000' },
  { name: 'สำนักงานเขตราชเทวี', code: '50371000' },
  { name: 'สำนักงานเขตดินแดง', code: '50261000' },
  { name: 'สำนักงานเขตห้วยขวาง', code: '50171000' },
  { name: 'สำนักงานเขตจตุจักร', code: '50301000' },
  { name: 'สำนักงานเขตบางซื่อ', code: '50291000' },
  { name: 'สำนักงานเขตดุสิต', code: '50021000' },
];

const WORKS = [
  'สนับสนุนการจัดทำและทบทวนแผนพัฒนาชุมชน',
  'ปรับปรุงทางเท้าและผิวจราจร',
  'ส่งเสริมสุขภาพผู้สูงอายุในชุมชน',
  'อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน',
  'คัดแยกขยะมูลฝอยต้นทาง',
  'ขุดลอกคูคลองและท่อระบายน้ำ',
  'ส่งเสริมการอ่านในห้องสมุดชุมชน',
  'ตรวจสุขาภิบาลอาหารในตลาด',
  'ติดตั้งไฟฟ้าส่องสว่างในซอย',
  'พัฒนาศักยภาพกรรมการชุมชน',
  'จัดระเบียบหาบเร่แผงลอย',
  'ปลูกต้นไม้และดูแลสวนสาธารณะ',
];

const WHERE = ['', ' ระยะที่ 2', ' ในพื้นที่เขต', ' ประจำปีงบประมาณ พ.ศ. 2563', ' (ต่อเนื่อง)'];

const STEP_NAMES = ['จัดทำโครงการตามการอนุมัติเงินงวด', 'ดำเนินโครงการ', 'รายงานผลการดำเนินงาน'];

const NOTES = [
  'อยู่ระหว่างดำเนินการตามแผน',
  'อยู่ระหว่างขั้นตอนการจัดซื้อจัดจ้าง',
  'ชะลอการดำเนินการเนื่องจากสถานการณ์โควิด-19',
  'ดำเนินการแล้วเสร็จตามแผน',
];

const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const FY_START = Date.UTC(2019, 9, 1) / DAY_MS; // 1 October 2019: fiscal year 2563 begins

export interface PortfolioOptions {
  /** Seed of the generator. Default 2563. */
  seed?: number;
  /** Put this project (the seed sample) first. */
  includeSeed?: unknown;
  /** Make every `invalidEvery`-th project invalid (0: none). */
  invalidEvery?: number;
}

/** One generated project (valid JSON of the version-1 contract) with id number `n`. */
function project(n: number, rand: () => number): Json {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const district = DISTRICTS[n % DISTRICTS.length];
  const start = FY_START + 30 + Math.floor(rand() * 90);
  const length = 90 + Math.floor(rand() * 200);
  const steps = 2 + Math.floor(rand() * 3);
  const plan = Array.from({ length: steps }, (_, i) => {
    const s = start + Math.floor((length * i) / steps);
    const e = start + Math.floor((length * (i + 1)) / steps) - 1;
    return {
      step: i + 1,
      name:
        STEP_NAMES[Math.min(i, STEP_NAMES.length - 1)] + (i >= STEP_NAMES.length ? ` ${i}` : ''),
      weight:
        i === steps - 1 ? 100 - Math.floor(100 / steps) * (steps - 1) : Math.floor(100 / steps),
      start: iso(s),
      end: iso(e),
    };
  });
  // How this project is doing: ahead, on track, slipping, badly behind, silent.
  const pace = [1.15, 1.1, 1, 1, 1, 1, 0.9, 0.7, 0.4, 0][Math.floor(rand() * 10)];
  // Monthly reports from a month after the start, until the plan ends or the unit falls silent.
  const silentFrom = rand() < 0.2 ? FY_START + 120 + Math.floor(rand() * 200) : Infinity;
  const log = [];
  let percent = 0;
  for (
    let day = start + 25;
    pace > 0 && day <= Math.min(start + length + 30, silentFrom);
    day += 30
  ) {
    // What was done by the end of the month being reported on.
    const due = Math.min(1, Math.max(0, (day + 30 - start) / length)) * 100;
    percent = Math.min(100, Math.max(percent, Math.round(due * pace * (0.9 + rand() * 0.2))));
    log.push({ date: iso(day), percent, note: pick(NOTES) });
  }
  const kpiCount = Math.floor(rand() * 4);
  const kpis = Array.from({ length: kpiCount }, (_, k) => {
    const target = [100, 80, 22, 12][Math.floor(rand() * 4)];
    const achieved = Math.round(target * (0.5 + rand() * 0.7));
    return {
      code: `${district.code.slice(0, 4)}-${String(1000 + n * 3 + k).padStart(4, '0')}`,
      name: `ตัวชี้วัดที่ ${k + 1} ของโครงการ`,
      unit: target === 100 || target === 80 ? 'ร้อยละ' : 'ชุมชน',
      target,
      achieved,
      direction: 'increase',
    };
  });
  return {
    schemaVersion: 1,
    language: 'th',
    id: `${district.code.slice(0, 4)}0000-${String(3000 + n).padStart(4, '0')}`,
    title: `${pick(WORKS)}${pick(WHERE)}`,
    organization: { ...district },
    fiscalYear: rand() < 0.85 ? 2563 : 2564,
    owner: { name: 'เจ้าหน้าที่ฝ่ายปกครอง', phone: String(6400 + Math.floor(rand() * 99)) },
    plan,
    log,
    kpis,
  };
}

/** An invalid document, as a broken export would produce one. */
function broken(n: number, rand: () => number): Json {
  const kinds: Json[] = [
    {
      schemaVersion: 1,
      id: `BAD-${n}`,
      title: '',
      organization: { name: 'สำนักงานเขตพญาไท' },
      fiscalYear: 2563,
    },
    {
      schemaVersion: 2,
      id: `BAD-${n}`,
      title: 'รุ่นข้อมูลที่ไม่รองรับ',
      organization: { name: 'สำนักงานเขตดินแดง' },
      fiscalYear: 2563,
    },
    {
      schemaVersion: 1,
      title: 'ไม่มีรหัสโครงการ',
      organization: { name: 'สำนักงานเขตดุสิต' },
      fiscalYear: 2563,
      log: [{ date: '2020-02-31', percent: 'ห้าสิบ', note: '' }],
    },
  ];
  return kinds[Math.floor(rand() * kinds.length)];
}

/** `count` project documents (JSON values, not yet validated). */
export function generatePortfolio(count: number, options: PortfolioOptions = {}): unknown[] {
  const rand = random(options.seed ?? 2563);
  const out: unknown[] = [];
  if (options.includeSeed !== undefined && count > 0) out.push(options.includeSeed);
  for (let n = out.length; n < count; n++) {
    const invalid = options.invalidEvery ? (n + 1) % options.invalidEvery === 0 : false;
    out.push(invalid ? broken(n, rand) : project(n, rand));
  }
  return out;
}

/** The documents as NDJSON text (one per line), as a monitoring system's export streams them. */
export function toNdjson(documents: readonly unknown[]): string {
  return documents.map((d) => JSON.stringify(d)).join('\n') + '\n';
}

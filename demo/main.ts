import '../src/index.js';
import behind from './data/behind.json';
import seed from './data/bma-50080000-2982.json';
import invalid from './data/invalid.json';
import kpiEdgeCases from './data/kpi-edge-cases.json';
import stale from './data/stale.json';
import twoYearPlan from './data/two-year-plan.json';

/** The sample projects, each with the as-of date at which it is most telling. */
const samples = {
  seed: {
    project: seed,
    asOf: '2020-09-30',
    en: 'The seed: Phaya Thai community plans (2563)',
    th: 'ต้นแบบ: แผนพัฒนาชุมชน เขตพญาไท (2563)',
  },
  behind: {
    project: behind,
    asOf: '2021-06-15',
    en: 'Behind schedule: road repair',
    th: 'ล่าช้ากว่าแผน: ปรับปรุงผิวจราจร',
  },
  stale: {
    project: stale,
    asOf: '2020-07-15',
    en: 'Stale: no report since March',
    th: 'ไม่รายงานผลตั้งแต่เดือนมีนาคม',
  },
  kpis: {
    project: kpiEdgeCases,
    asOf: '2020-09-30',
    en: 'Indicator edge cases',
    th: 'ตัวชี้วัดกรณีพิเศษ',
  },
  twoYears: {
    project: twoYearPlan,
    asOf: '2021-01-15',
    en: 'A plan over two fiscal years',
    th: 'แผนต่อเนื่องสองปีงบประมาณ',
  },
  invalid: {
    project: invalid,
    asOf: '2020-09-30',
    en: 'Invalid JSON: the error view',
    th: 'ข้อมูลไม่ถูกต้อง: มุมมองข้อผิดพลาด',
  },
} as const;
type SampleKey = keyof typeof samples;

const words = {
  en: {
    sample: 'Sample project',
    language: 'Language',
    asOf: 'As of',
    numerals: 'Thai numerals',
    scheme: 'Colours',
    schemeAuto: 'As the system',
    schemeLight: 'Light',
    schemeDark: 'Dark',
    snippet: 'Embed this project in a plain HTML page',
  },
  th: {
    sample: 'โครงการตัวอย่าง',
    language: 'ภาษา',
    asOf: 'ณ วันที่',
    numerals: 'เลขไทย',
    scheme: 'สี',
    schemeAuto: 'ตามระบบ',
    schemeLight: 'สว่าง',
    schemeDark: 'มืด',
    snippet: 'นำโครงการนี้ไปแสดงในหน้า HTML ทั่วไป',
  },
} as const;

const dashboard = document.querySelector('project-dashboard')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
const sampleSelect = form.elements.namedItem('sample') as HTMLSelectElement;
const asOfInput = form.elements.namedItem('asOf') as HTMLInputElement;
const snippet = document.querySelector('#snippet')!;

const params = new URLSearchParams(location.search);
for (const key of Object.keys(samples)) sampleSelect.add(new Option('', key));
const initial = params.get('sample');
if (initial && initial in samples) sampleSelect.value = initial;
if (params.get('lang') === 'th')
  (form.elements.namedItem('lang') as HTMLSelectElement).value = 'th';

let currentSample: SampleKey | undefined;

function apply(): void {
  const data = new FormData(form);
  const lang = data.get('lang') === 'th' ? 'th' : 'en';
  const key = data.get('sample') as SampleKey;
  // The elements follow <html lang> live: no reload.
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => {
    node.textContent = words[lang][node.dataset.i18n as keyof (typeof words)['en']];
  });
  for (const option of sampleSelect.options) option.text = samples[option.value as SampleKey][lang];
  if (key !== currentSample) {
    currentSample = key;
    dashboard.project = samples[key].project;
    asOfInput.value = samples[key].asOf;
  }
  dashboard.setAttribute('as-of', asOfInput.value || samples[key].asOf);
  dashboard.numerals = data.get('thaiNumerals') ? 'thai' : 'latn';
  document.documentElement.style.colorScheme = String(data.get('scheme'));
  snippet.textContent = [
    '<script type="module" src="project-progress-elements.js"></script>',
    '',
    `<project-dashboard lang="${lang}" as-of="${dashboard.getAttribute('as-of')}">`,
    '  <script type="application/json">',
    // "<" escaped, so that a "</script>" inside the data cannot end the script element.
    JSON.stringify(samples[key].project, null, 2).replace(/</g, '\\u003c').replace(/^/gm, '    '),
    '  </script>',
    '</project-dashboard>',
  ].join('\n');
}

form.addEventListener('change', apply);
apply();

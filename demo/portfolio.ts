// The portfolio demo: a few hundred generated projects around the seed's district (the seed
// itself first), with a drill-down that opens the chosen project's <project-dashboard>.
import '../src/index.js';
import seed from './data/bma-50080000-2982.json';
import { generatePortfolio } from './portfolio-data.js';

const portfolio = document.querySelector('project-portfolio')!;
const dialog = document.querySelector<HTMLDialogElement>('#drill')!;
const dashboard = document.querySelector('project-dashboard')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;

const words = {
  en: {
    title: 'Projects of the Phaya Thai area, fiscal year 2563',
    language: 'Language',
    asOf: 'As of',
    count: 'Projects',
    back: 'One project (the seed)',
    drill: 'Project',
    close: 'Close',
  },
  th: {
    title: 'โครงการของสำนักงานเขตในพื้นที่พญาไท ปีงบประมาณ พ.ศ. 2563',
    language: 'ภาษา',
    asOf: 'ณ วันที่',
    count: 'จำนวนโครงการ',
    back: 'โครงการเดียว (ตัวอย่าง)',
    drill: 'โครงการ',
    close: 'ปิด',
  },
} as const;

function apply(): void {
  const data = new FormData(form);
  const lang = data.get('lang') === 'th' ? 'th' : 'en';
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = words[lang][el.dataset.i18n as keyof (typeof words)['en']];
  }
  const asOf = String(data.get('asOf') || '2020-06-30');
  portfolio.asOf = asOf;
  dashboard.asOf = asOf;
  const count = Number(data.get('count')) || 300;
  if ((portfolio.projects as unknown[] | undefined)?.length !== count) {
    portfolio.projects = generatePortfolio(count, { includeSeed: seed, invalidEvery: 97 });
  }
}

form.addEventListener('change', apply);
apply();

// Drill-down: open the project in the page instead of following its link.
portfolio.addEventListener('project-select', (event) => {
  event.preventDefault();
  dashboard.project = event.detail.project;
  dialog.showModal();
});

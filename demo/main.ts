import '../src/index.js';
import seed from './data/bma-50080000-2982.json';

const words = {
  en: {
    title: 'project-progress-elements',
    language: 'Language',
    asOf: 'As of',
    numerals: 'Thai numerals',
  },
  th: { title: 'project-progress-elements', language: 'ภาษา', asOf: 'ณ วันที่', numerals: 'เลขไทย' },
} as const;

const dashboard = document.querySelector('project-dashboard')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
dashboard.project = seed;

function apply(): void {
  const data = new FormData(form);
  const lang = data.get('lang') === 'th' ? 'th' : 'en';
  // The elements follow <html lang> live; no reload.
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => {
    node.textContent = words[lang][node.dataset.i18n as keyof (typeof words)['en']];
  });
  const asOf = String(data.get('asOf') || '');
  if (asOf) dashboard.setAttribute('as-of', asOf);
  else dashboard.removeAttribute('as-of');
  dashboard.numerals = data.get('thaiNumerals') ? 'thai' : 'latn';
}

form.addEventListener('change', apply);
apply();

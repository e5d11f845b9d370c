// Data-quality warnings: things a reader should know about the figures, shown in words beside
// them and never fatal (project-json.md, "Data-quality warnings").
import { DEFAULT_STALE_AFTER_DAYS } from '../vocabulary/terms.js';
import { dayNumber, isoFromDayNumber } from './dates.js';
import { describeWarning } from './messages.js';
import {
  actualProgress,
  latestDated,
  logByDate,
  scheduledSteps,
  scheduleStatus,
  type ScheduleThresholds,
} from './progress.js';
import type { IsoDate, Locale, MessageOptions, Project, Warning, WarningCode } from './types.js';

export { DEFAULT_STALE_AFTER_DAYS };

// Weights are typed with at most a few decimals; their float sum can miss 100 by a rounding
// error (99 and ten steps of 0.1 add up to 99.99999999999994) that nobody should be warned about.
const WEIGHT_TOLERANCE = 1e-6;

export interface DataQualityOptions extends MessageOptions {
  /** The reporting rhythm: an update older than this many days (while under 100%) is stale. */
  staleAfterDays?: number;
  /** Language of the warnings' `message`; describeWarning words them again in another. */
  locale?: Locale;
  thresholds?: ScheduleThresholds;
}

/**
 * Everything worth a warning at `asOf`, in a stable order: plan, log, schedule, KPIs.
 * `path` points into the input (`log[3]` is the fourth entry as given, whatever its date).
 */
export function dataQuality(
  project: Project,
  asOf: Date | IsoDate,
  options: DataQualityOptions = {},
): Warning[] {
  const { staleAfterDays = DEFAULT_STALE_AFTER_DAYS, locale = 'en', thresholds } = options;
  const found: Omit<Warning, 'message'>[] = [];
  const add = (code: WarningCode, params: Warning['params'], path?: string) =>
    found.push({ code, ...(path !== undefined && { path }), params });
  const today = dayNumber(asOf);
  const asOfIso = isoFromDayNumber(today);
  const plan = project.plan ?? [];

  if (plan.length > 0) {
    const sum = plan.reduce((total, step) => total + step.weight, 0);
    if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) add('weights-not-100', { sum }, 'plan');
    for (const step of scheduledSteps(project)) {
      if (!step.oneDate) continue;
      // The reading applied: runs until the next later step starts, or (the last) done that day.
      const until: Warning['params'] = step.until
        ? { untilStep: step.until.step, until: step.until.date }
        : {};
      add(
        'zero-length-step',
        { step: step.step, date: step.enteredEnd, ...until },
        `plan[${step.index}]`,
      );
    }
  }

  const log = logByDate(project);
  for (let i = 1; i < log.length; i++) {
    const [previous, current] = [log[i - 1], log[i]];
    if (current.entry.percent < previous.entry.percent) {
      add(
        'progress-decreased',
        {
          from: previous.entry.percent,
          to: current.entry.percent,
          date: current.entry.date,
          previousDate: previous.entry.date,
        },
        `log[${current.index}]`,
      );
    }
  }
  for (let i = 0; i < log.length;) {
    let j = i + 1;
    while (j < log.length && log[j].day === log[i].day) j++;
    if (j - i > 1) {
      // Point at the second entry of the date in input order: the first one is not the odd one.
      const second = log
        .slice(i, j)
        .map((dated) => dated.index)
        .sort((a, b) => a - b)[1];
      add('duplicate-log-date', { date: log[i].entry.date, count: j - i }, `log[${second}]`);
    }
    i = j;
  }
  (project.log ?? []).forEach((entry, i) => {
    if (dayNumber(entry.date) > today)
      add('future-log-date', { date: entry.date, asOf: asOfIso }, `log[${i}]`);
  });

  const actual = actualProgress(project, asOf);
  const latest = latestDated(project, asOf);
  if (latest && actual !== null && actual < 100) {
    const days = today - latest.day;
    if (days > staleAfterDays) {
      add(
        'stale-update',
        { days, date: latest.entry.date, limit: staleAfterDays },
        `log[${latest.index}]`,
      );
    }
  }

  const schedule = scheduleStatus(project, asOf, thresholds);
  const { planned, actual: reported, variance } = schedule;
  if (schedule.status === 'behind' && planned !== null && reported !== null && variance !== null) {
    add('behind-schedule', { planned, actual: reported, variance });
  }
  if (schedule.status === 'no-report' && planned !== null) {
    add('no-report', { planned, asOf: asOfIso });
  }
  if (plan.length > 0) {
    const lastEnd = plan.reduce((last, step) => Math.max(last, dayNumber(step.end)), -Infinity);
    // "Ended" means the day after the last end date: work due on 30 September is not late
    // on 30 September.
    // Nothing reported at all is the no-report warning's to say.
    if (today > lastEnd && actual !== null && actual < 100) {
      add('overdue', { end: isoFromDayNumber(lastEnd), actual });
    }
  }

  (project.kpis ?? []).forEach((kpi, i) => {
    // Only where more is better: less-is-better with target 0 (no accidents) is a real target.
    if (kpi.target === 0 && kpi.direction !== 'decrease') {
      add('kpi-target-zero', { code: kpi.code }, `kpis[${i}]`);
    }
  });

  return found.map((w) => worded(w, locale, options));
}

/**
 * A warning whose `message` is worded when first read: most readers want only the codes (a
 * portfolio counts them, an element words them again in its own language), and wording them all
 * was a sixth of `parseProject`'s time. The message is an ordinary enumerable property to every
 * reader (spread, JSON, structured clone), and may be replaced.
 */
function worded(
  found: Omit<Warning, 'message'>,
  locale: Locale,
  options: DataQualityOptions,
): Warning {
  let message: string | undefined;
  return Object.defineProperty({ ...found }, 'message', {
    enumerable: true,
    configurable: true,
    get: () => (message ??= describeWarning({ ...found, message: '' }, locale, options)),
    set: (text: string) => {
      message = text;
    },
  }) as Warning;
}

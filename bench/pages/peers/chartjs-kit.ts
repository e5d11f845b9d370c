// The charts drawn with Chart.js 4, as its documentation recommends for a small bundle: each
// entry registers only the controllers, elements, scales and plugins it needs, and passes the
// `Chart` class in. Animation off;
// a linear x scale carries the dates (the time scale would need a date adapter).
import type { Chart, ChartConfiguration } from 'chart.js';
import { actualPoints, byDate, dayOf, fiscalYear, plannedCurve, type Text } from './content.js';
import type { ChartKit } from './page.js';

const COLORS = { actual: '#1d4ed8', planned: '#6b7280', asOf: '#b91c1c', step: '#111827' };

type AnyConfig = ChartConfiguration<'line' | 'bar' | 'doughnut', unknown[], unknown>;

export function chartjsKit(ChartClass: typeof Chart): ChartKit {
  const charts = new Map<HTMLElement, Chart>();

  /** Creates the chart once (a canvas in `box`), then swaps its data and options. */
  const draw = (box: HTMLElement, config: AnyConfig) => {
    const options = {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      ...config.options,
    };
    const chart = charts.get(box);
    if (chart) {
      chart.data = config.data as never;
      chart.options = options as never;
      chart.update('none');
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    box.append(canvas);
    charts.set(box, new ChartClass(canvas, { ...config, options } as never));
  };

  const xTime = (t: Text, min: number, max: number) => ({
    type: 'linear' as const,
    min,
    max,
    ticks: { callback: (value: number | string) => t.month(Number(value)), maxTicksLimit: 12 },
  });
  const yPercent = (t: Text) => ({
    min: 0,
    max: 100,
    ticks: { callback: (value: number | string) => t.percent(Number(value)) },
  });
  const asOfLine = (t: Text, asOf: string) => ({
    label: `${t.word('asOf')} ${t.shortDate(asOf)}`,
    data: [
      { x: dayOf(asOf), y: 0 },
      { x: dayOf(asOf), y: 100 },
    ],
    borderColor: COLORS.asOf,
    borderDash: [2, 3],
    pointRadius: 0,
  });
  const xy = (points: [number, number][]) => points.map(([x, y]) => ({ x, y }));

  return {
    gauge(box, fig, t) {
      box.querySelector('canvas')?.setAttribute('aria-label', t.percent(fig.actual));
      const planned = fig.planned ?? 0;
      draw(box, {
        type: 'doughnut',
        data: {
          labels: [t.word('reported'), ''],
          datasets: [
            {
              data: [fig.actual, 100 - fig.actual],
              backgroundColor: [COLORS.actual, '#e5e7eb'],
              borderWidth: 0,
            },
            ...(fig.planned === null
              ? []
              : [
                  {
                    data: [Math.max(0, planned - 0.8), 1.6, Math.max(0, 100 - planned - 0.8)],
                    backgroundColor: ['transparent', COLORS.step, 'transparent'],
                    borderWidth: 0,
                    weight: 0.4,
                  },
                ]),
          ],
        },
        options: {
          cutout: '70%',
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
        },
      });
    },

    gantt(box, project, t) {
      const [from, to] = fiscalYear(project);
      const steps = project.plan ?? [];
      draw(box, {
        type: 'bar',
        data: {
          labels: steps.map((step) => step.name),
          datasets: [
            {
              label: t.word('plan'),
              data: steps.map((step) => [dayOf(step.start), dayOf(step.end)]),
              backgroundColor: COLORS.step,
              minBarLength: 6,
              barPercentage: 0.6,
            },
          ],
        },
        options: {
          indexAxis: 'y',
          scales: { x: xTime(t, dayOf(from), dayOf(to)) },
          plugins: { legend: { display: false } },
        },
      });
    },

    timeline(box, project, t, asOf) {
      const [from, to] = fiscalYear(project);
      draw(box, {
        type: 'line',
        data: {
          datasets: [
            {
              label: t.word('planned'),
              data: xy(plannedCurve(project, from, to)),
              borderColor: COLORS.planned,
              borderDash: [6, 4],
              pointRadius: 0,
            },
            {
              label: t.word('reported'),
              data: xy(actualPoints(project)),
              borderColor: COLORS.actual,
              backgroundColor: COLORS.actual,
              stepped: 'after',
              pointRadius: 3,
            },
            asOfLine(t, asOf),
          ],
        },
        options: {
          scales: { x: xTime(t, dayOf(from), dayOf(to)), y: yPercent(t) },
          plugins: { legend: { position: 'bottom' } },
        },
      });
    },

    kpi(box, _project, kpi, t) {
      const quarters = kpi.quarters ?? [];
      draw(box, {
        type: 'bar',
        data: {
          labels: quarters.map((q) => t.word('q', { q: t.number(q.quarter) })),
          datasets: [
            {
              type: 'bar',
              label: t.word('result'),
              data: quarters.map((q) => q.result ?? null),
              backgroundColor: COLORS.actual,
            },
            {
              type: 'line',
              label: t.word('target'),
              data: quarters.map(() => kpi.target),
              borderColor: COLORS.step,
              borderDash: [4, 4],
              pointRadius: 0,
            },
          ],
        },
        options: {
          scales: { y: { ticks: { callback: (value: number | string) => t.number(+value) } } },
          plugins: { legend: { display: false } },
        },
      });
    },

    log(box, project, t, asOf) {
      const first = byDate(project.log)[0]?.date ?? asOf;
      draw(box, {
        type: 'line',
        data: {
          datasets: [
            {
              label: t.word('planned'),
              data: xy(plannedCurve(project, first, asOf)),
              borderColor: COLORS.planned,
              borderDash: [6, 4],
              pointRadius: 0,
            },
            {
              label: t.word('reported'),
              data: xy(actualPoints(project)),
              borderColor: COLORS.actual,
              backgroundColor: COLORS.actual,
              stepped: 'after',
              pointRadius: 3,
            },
            asOfLine(t, asOf),
          ],
        },
        options: {
          scales: { x: xTime(t, dayOf(first), dayOf(asOf)), y: yPercent(t) },
          plugins: { legend: { position: 'bottom' } },
        },
      });
    },

    // Chart.js draws synchronously when animation is off: done when `draw` returns.
    async settled() {},
  };
}

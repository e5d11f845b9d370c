// The charts drawn with ECharts, as its documentation recommends for a small bundle: each entry
// registers the charts and components it needs with `use()` and passes `init` in (a module
// imported for its side effects alone would be dropped: the package declares `sideEffects`).
// SVG renderer, animation off, symbols off, the ARIA description on.
import type { EChartsCoreOption, EChartsType, init as Init } from 'echarts/core';
import { actualPoints, byDate, dayOf, fiscalYear, plannedCurve, type Text } from './content.js';
import type { ChartKit } from './page.js';

const COLORS = { actual: '#1d4ed8', planned: '#6b7280', asOf: '#b91c1c', step: '#111827' };

/** Custom-series callbacks, typed as far as this page needs them. */
interface RenderApi {
  value(dimension: number): number;
  coord(point: number[]): number[];
  size(point: number[]): number[];
}

export function echartsKit(init: typeof Init): ChartKit {
  const charts = new Map<HTMLElement, EChartsType>();
  let waiting: Promise<void>[] = [];

  /** Creates the chart once, then sets the option; 'finished' says the SVG is drawn. */
  const draw = (box: HTMLElement, option: EChartsCoreOption) => {
    let chart = charts.get(box);
    if (!chart) {
      chart = init(box, undefined, { renderer: 'svg' });
      charts.set(box, chart);
    }
    const target = chart;
    waiting.push(
      new Promise<void>((resolve) => {
        const done = () => {
          target.off('finished', done);
          resolve();
        };
        target.on('finished', done);
      }),
    );
    chart.setOption({ animation: false, aria: { enabled: true }, ...option }, { notMerge: true });
  };

  const timeAxis = (t: Text, min: number, max: number) => ({
    type: 'time',
    min,
    max,
    axisLabel: { formatter: (value: number) => t.month(value), hideOverlap: true },
  });
  const percentAxis = (t: Text) => ({
    type: 'value',
    min: 0,
    max: 100,
    axisLabel: { formatter: (value: number) => t.percent(value) },
  });
  const asOfLine = (t: Text, asOf: string) => ({
    type: 'line',
    name: `${t.word('asOf')} ${t.shortDate(asOf)}`,
    data: [
      [dayOf(asOf), 0],
      [dayOf(asOf), 100],
    ],
    showSymbol: false,
    lineStyle: { color: COLORS.asOf, type: 'dotted' },
    itemStyle: { color: COLORS.asOf },
  });

  return {
    gauge(box, fig, t) {
      const ring = {
        type: 'gauge',
        startAngle: 90,
        endAngle: -270,
        min: 0,
        max: 100,
        radius: '95%',
        splitLine: { show: false },
        axisTick: { show: false },
        axisLabel: { show: false },
        title: { show: false },
      };
      draw(box, {
        series: [
          {
            ...ring,
            pointer: { show: false },
            progress: { show: true, width: 16, itemStyle: { color: COLORS.actual } },
            axisLine: { lineStyle: { width: 16 } },
            detail: {
              formatter: () => t.percent(fig.actual),
              fontSize: 24,
              offsetCenter: [0, 0],
            },
            data: [{ value: fig.actual, name: t.word('reported') }],
          },
          ...(fig.planned === null
            ? []
            : [
                {
                  ...ring,
                  axisLine: { show: false },
                  pointer: { show: true, length: '22%', width: 4, offsetCenter: [0, '-70%'] },
                  itemStyle: { color: COLORS.step },
                  detail: { show: false },
                  data: [{ value: fig.planned, name: t.word('planned') }],
                },
              ]),
        ],
      });
    },

    gantt(box, project, t) {
      const [from, to] = fiscalYear(project);
      const steps = project.plan ?? [];
      draw(box, {
        tooltip: {},
        grid: { left: 180, right: 24, top: 8, bottom: 24 },
        xAxis: timeAxis(t, dayOf(from), dayOf(to)),
        yAxis: {
          type: 'category',
          inverse: true,
          data: steps.map((step) => step.name),
          axisLabel: { width: 170, overflow: 'truncate' },
        },
        series: [
          {
            type: 'custom',
            name: t.word('plan'),
            encode: { x: [1, 2], y: 0 },
            itemStyle: { color: COLORS.step },
            renderItem: (_params: unknown, api: RenderApi) => {
              const row = api.value(0);
              const [x0, y] = api.coord([api.value(1), row]);
              const [x1] = api.coord([api.value(2), row]);
              const half = api.size([0, 1])[1] * 0.3;
              // A one-day step is a diamond, as ours draws it.
              if (x1 - x0 < 2) {
                return {
                  type: 'polygon',
                  shape: {
                    points: [
                      [x0, y - half],
                      [x0 + half, y],
                      [x0, y + half],
                      [x0 - half, y],
                    ],
                  },
                  style: { fill: COLORS.step },
                };
              }
              return {
                type: 'rect',
                shape: { x: x0, y: y - half, width: x1 - x0, height: half * 2 },
                style: { fill: COLORS.step },
              };
            },
            data: steps.map((step, i) => [i, dayOf(step.start), dayOf(step.end)]),
          },
        ],
      });
    },

    timeline(box, project, t, asOf) {
      const [from, to] = fiscalYear(project);
      draw(box, {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 56, right: 24, top: 16, bottom: 56 },
        xAxis: timeAxis(t, dayOf(from), dayOf(to)),
        yAxis: percentAxis(t),
        series: [
          {
            type: 'line',
            name: t.word('planned'),
            data: plannedCurve(project, from, to),
            showSymbol: false,
            lineStyle: { color: COLORS.planned, type: 'dashed' },
            itemStyle: { color: COLORS.planned },
          },
          {
            type: 'line',
            name: t.word('reported'),
            data: actualPoints(project),
            step: 'end',
            showSymbol: false,
            lineStyle: { color: COLORS.actual },
            itemStyle: { color: COLORS.actual },
          },
          asOfLine(t, asOf),
        ],
      });
    },

    kpi(box, _project, kpi, t) {
      const quarters = kpi.quarters ?? [];
      draw(box, {
        tooltip: { trigger: 'axis' },
        grid: { left: 48, right: 16, top: 16, bottom: 24 },
        xAxis: {
          type: 'category',
          data: quarters.map((q) => t.word('q', { q: t.number(q.quarter) })),
        },
        yAxis: { type: 'value', axisLabel: { formatter: (value: number) => t.number(value) } },
        series: [
          {
            type: 'bar',
            name: t.word('result'),
            data: quarters.map((q) => q.result ?? null),
            itemStyle: { color: COLORS.actual },
          },
          {
            type: 'line',
            name: t.word('target'),
            data: quarters.map(() => kpi.target),
            showSymbol: false,
            lineStyle: { color: COLORS.step, type: 'dashed' },
          },
        ],
      });
    },

    log(box, project, t, asOf) {
      const points = actualPoints(project);
      const first = byDate(project.log)[0]?.date ?? asOf;
      draw(box, {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 48, right: 16, top: 8, bottom: 48 },
        xAxis: timeAxis(t, dayOf(first), dayOf(asOf)),
        yAxis: percentAxis(t),
        series: [
          {
            type: 'line',
            name: t.word('planned'),
            data: plannedCurve(project, first, asOf),
            showSymbol: false,
            lineStyle: { color: COLORS.planned, type: 'dashed' },
          },
          {
            type: 'line',
            name: t.word('reported'),
            data: points,
            step: 'end',
            showSymbol: false,
            lineStyle: { color: COLORS.actual },
          },
          asOfLine(t, asOf),
        ],
      });
    },

    async settled() {
      const all = waiting;
      waiting = [];
      await Promise.all(all);
    },
  };
}

// The progress panel: the planned S-curve and the reported progress as a step line, on 0–100 %.
import { curveStepAfter, line } from 'd3-shape';
import type { IsoDate } from '../../domain/index.js';
import type { ProgressPoint } from '../curves.js';
import { linearScale } from '../scale.js';
import type { TimeScale } from './axis.js';
import type { TimelineData } from './data.js';
import { round } from './units.js';

/** Percentages to y between `bottom` (0 %) and `top` (100 %). */
export function progressScale(top: number, bottom: number): (value: number) => number {
  const y = linearScale([0, 100], [bottom, top]);
  return (value) => round(y(value));
}

export function progressLines(
  data: Pick<TimelineData, 'planned' | 'actual' | 'asOf' | 'domain'>,
  x: TimeScale,
  y: (value: number) => number,
): { plannedPath: string; actualPath: string } {
  const toXY = line<ProgressPoint>()
    .x((p) => x(p.date))
    .y((p) => y(p.value));
  const plannedPath = toXY(data.planned) ?? '';
  const { actual, asOf, domain } = data;
  const last = actual.at(-1);
  // The last report holds until the as-of date (or the axis end, whichever comes first).
  const holdUntil: IsoDate = asOf < domain.end ? asOf : domain.end;
  const held =
    last && holdUntil > last.date ? [...actual, { date: holdUntil, value: last.value }] : actual;
  const actualPath = toXY.curve(curveStepAfter)(held) ?? '';
  return { plannedPath, actualPath };
}

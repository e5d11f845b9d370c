// The plan steps: a bar from start to due day (a diamond for a one-day step), and beside it the
// step's name and weight, in lanes so that no two labels overlap.
import type { TimeScale } from './axis.js';
import type { StepInfo } from './data.js';
import { fitText, type MeasureText } from './fit-text.js';
import { assignLanes } from './lanes.js';
import { barPath, DIAMOND, diamondPath } from './symbols.js';
import { EDGE, LABEL_GAP, LANE_GAP, round } from './units.js';

export interface StepMark extends StepInfo {
  x0: number;
  x1: number;
  /** Centre line of the step's lane. */
  y: number;
  lane: number;
  /** The mark's outline: a rectangle for a step, a diamond for a one-day step. */
  d: string;
  label: {
    x: number;
    anchor: 'start' | 'end';
    /** The name as drawn, maybe cut with "…"; empty when not even that fits. */
    name: string;
    suffix: string;
    truncated: boolean;
  };
}

/** The height of one lane of steps at 12 px text. */
export const STEP_LANE = 26;

export interface StepMarkOptions {
  /** Width of the drawing in px. */
  width: number;
  /** The widest a label may be; more of the name is cut with an ellipsis. */
  maxLabelWidth: number;
  measure: MeasureText;
  /** What follows a step's name in its label. */
  suffix: (info: StepInfo) => string;
  /** Where the first lane begins. */
  top: number;
  /** The height of a lane (default STEP_LANE; more for larger text). */
  lane?: number;
}

export function stepMarks(
  steps: StepInfo[],
  x: TimeScale,
  {
    width,
    maxLabelWidth,
    measure,
    suffix: suffixOf,
    top,
    lane: laneHeight = STEP_LANE,
  }: StepMarkOptions,
): StepMark[] {
  const placed = steps.map((info) => {
    // From its start to the day it is due, as the figures read it (a one-date step followed by
    // a later one runs until that step starts).
    const x0 = x(info.start);
    const x1 = info.milestone ? x0 : Math.max(x(info.end), x0 + 2);
    const markStart = info.milestone ? x0 - DIAMOND : x0;
    const markEnd = info.milestone ? x1 + DIAMOND : x1;
    const suffix = suffixOf(info);
    const suffixWidth = measure(suffix);
    const full = measure(info.step.name) + suffixWidth;
    const roomRight = width - EDGE - (markEnd + LABEL_GAP);
    const roomLeft = markStart - LABEL_GAP - EDGE;
    // Where the whole label fits, to the right first; else on the side with more room.
    const toRight =
      full <= Math.min(maxLabelWidth, roomRight) ||
      (full > Math.min(maxLabelWidth, roomLeft) && roomRight >= roomLeft);
    const room = Math.min(maxLabelWidth, toRight ? roomRight : roomLeft);
    const name = fitText(info.step.name, room - suffixWidth, measure);
    const labelWidth = name.text === '' ? 0 : measure(name.text) + suffixWidth;
    const labelX = toRight ? markEnd + LABEL_GAP : markStart - LABEL_GAP;
    return {
      ...info,
      x0,
      x1,
      label: {
        x: round(labelX),
        anchor: toRight ? ('start' as const) : ('end' as const),
        name: name.text,
        suffix: name.text === '' ? '' : suffix,
        truncated: name.truncated,
      },
      span: toRight
        ? { start: markStart, end: labelX + labelWidth }
        : { start: labelX - labelWidth, end: markEnd },
    };
  });
  const laneOf = assignLanes(
    placed.map((p) => p.span),
    LANE_GAP,
  );
  return placed.map(({ span: _, ...mark }, i) => {
    const lane = laneOf[i] ?? 0;
    const cy = top + lane * laneHeight + laneHeight / 2;
    return {
      ...mark,
      y: cy,
      lane,
      d: mark.milestone ? diamondPath(mark.x0, cy) : barPath(mark.x0, mark.x1, cy),
    };
  });
}

// The reports: a point on the progress panel for each (a triangle for one naming a problem), and
// the problems written below the panel in a few lanes, each tied to its point by a leader.
import type { TimeScale } from './axis.js';
import type { LogInfo } from './data.js';
import { fitText, type MeasureText } from './fit-text.js';
import { assignCalloutLanes } from './lanes.js';
import { circlePath, TRIANGLE, trianglePath } from './symbols.js';
import { EDGE, LABEL_GAP, LANE_GAP, round } from './units.js';

export interface LogMark extends LogInfo {
  x: number;
  y: number;
  /** A circle for a report, a triangle for one that reports a problem. */
  d: string;
  annotation: {
    lane: number;
    x: number;
    y: number;
    anchor: 'start' | 'end';
    text: string;
    truncated: boolean;
    /** The leader from the point down to the annotation. */
    leader: string;
  } | null;
}

/** The height of one lane of annotations at 12 px text. */
export const ANNOTATION_LANE = 18;
/** Annotations that do not fit in this many lanes are left to the details panel. */
const ANNOTATION_LANES = 3;
/** The room on the right below which an annotation may go to the left of its point. */
const MIN_CALLOUT = 100;

export function logMarks(log: LogInfo[], x: TimeScale, y: (value: number) => number): LogMark[] {
  return log.map((info) => {
    const px = x(info.entry.date);
    const py = y(info.entry.percent);
    return {
      ...info,
      x: px,
      y: py,
      d: info.problem ? trianglePath(px, py) : circlePath(px, py),
      annotation: null,
    };
  });
}

export interface AnnotateOptions {
  /** Width of the drawing in px. */
  width: number;
  /** The widest an annotation may be; more is cut with an ellipsis. */
  maxWidth: number;
  measure: MeasureText;
  /** Where the first lane begins. */
  top: number;
  /** The height of a lane (default ANNOTATION_LANE; more for larger text). */
  lane?: number;
}

/**
 * Sets the `annotation` of each mark whose report names a problem, as long as it finds a lane;
 * returns how many lanes they take.
 */
export function annotate(
  marks: LogMark[],
  { width, maxWidth, measure, top, lane: laneHeight = ANNOTATION_LANE }: AnnotateOptions,
): number {
  const callouts = marks
    .filter((mark) => mark.problemText !== null)
    .map((mark) => {
      const roomRight = width - EDGE - (mark.x + LABEL_GAP + 8);
      const roomLeft = mark.x - LABEL_GAP - 8 - EDGE;
      // To the right whenever there is fair room: placed from the right, such texts never lie
      // across the leaders of the points to their left.
      const toRight = roomRight >= Math.min(maxWidth, MIN_CALLOUT, roomLeft);
      const room = Math.min(maxWidth, toRight ? roomRight : roomLeft);
      const fitted = fitText(mark.problemText!, room, measure);
      const textWidth = measure(fitted.text);
      const textX = toRight ? mark.x + LABEL_GAP + 2 : mark.x - LABEL_GAP - 2;
      return {
        mark,
        toRight,
        fitted,
        textX,
        anchorX: mark.x,
        span: toRight
          ? { start: mark.x - 1, end: textX + textWidth }
          : { start: textX - textWidth, end: mark.x + 1 },
      };
    });
  const laneOf = assignCalloutLanes(callouts, LANE_GAP, ANNOTATION_LANES);
  let lanes = 0;
  callouts.forEach(({ mark, toRight, fitted, textX }, k) => {
    const lane = laneOf[k];
    if (lane === null) return;
    lanes = Math.max(lanes, lane + 1);
    const rowY = top + lane * laneHeight + laneHeight / 2;
    mark.annotation = {
      lane,
      x: round(textX),
      y: rowY,
      anchor: toRight ? 'start' : 'end',
      ...fitted,
      leader: `M${mark.x},${round(mark.y + TRIANGLE)}V${rowY}`,
    };
  });
  return lanes;
}

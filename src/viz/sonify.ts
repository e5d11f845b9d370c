// "Listen to the curve" (issue 19): planned and reported progress as two tones over time. Pure:
// a schedule of pitches and times in seconds, no audio and no DOM (the element plays it with
// internal/controllers/sonify.ts). The figures are the curves the charts draw (./curves.ts).
import { dayNumber } from '../domain/index.js';
import type { ProgressPoint } from './curves.js';

/** The lowest and highest pitches, for 0 % and 100 %: two octaves, A3 to A5. */
export const LOW_HZ = 220;
export const HIGH_HZ = 880;
/** How long the whole span plays, in seconds. */
export const SOUND_SECONDS = 4;
/** The least a voice sounds, so that a report on the last day is still heard. */
const LEAST_SECONDS = 0.2;

/** A pitch reached at a time: `at` seconds from the start. */
export interface Note {
  at: number;
  hz: number;
}

/** One of the two tones. */
export interface Voice {
  kind: 'planned' | 'actual';
  /** A soft sine for the plan, a brighter triangle for the reports. */
  wave: 'sine' | 'triangle';
  /** Stereo position: the plan on the left, the reports on the right. */
  pan: number;
  /** The planned curve glides from note to note; the reports step, as the step line does. */
  glide: boolean;
  /** Oldest first; the voice starts at the first note's time. */
  notes: Note[];
  /** When the voice falls silent, in seconds from the start. */
  end: number;
}

export interface Sound {
  /** How long the whole sound lasts, in seconds. */
  duration: number;
  /** The plan's voice, then the reports' (each only when it has something to say). */
  voices: Voice[];
}

/** 0–100 % to a pitch on a log scale, so that equal steps of progress sound as equal intervals. */
export const pitchOf = (percent: number): number =>
  LOW_HZ * (HIGH_HZ / LOW_HZ) ** (Math.min(100, Math.max(0, percent)) / 100);

/**
 * The tone schedule for the dates `span` (first and last day, inclusive) played in `seconds`:
 * `planned` (the planned curve, `plannedCurve()`) as a sine gliding over the whole span, and
 * `actual` (the reports, `actualPoints()`) as a triangle from the first report, stepping at each
 * report and held until `asOf` or the end of the span. No report is not 0 %: without reports
 * there is no second tone, and nothing sounds before the first report or after `asOf`.
 */
export function sonify(
  planned: readonly ProgressPoint[],
  actual: readonly ProgressPoint[],
  [from, to]: readonly [string, string],
  asOf: string,
  seconds = SOUND_SECONDS,
): Sound {
  const first = dayNumber(from);
  const days = Math.max(1, dayNumber(to) - first);
  const time = (date: string) => ((dayNumber(date) - first) / days) * seconds;
  const notesOf = (points: readonly ProgressPoint[], until: string) =>
    points
      .filter((p) => p.date >= from && p.date <= until)
      .map((p) => ({ at: time(p.date), hz: pitchOf(p.value) }));
  const voices: Voice[] = [];
  const add = (kind: Voice['kind'], notes: Note[], end: number) => {
    if (notes.length === 0) return;
    const plan = kind === 'planned';
    voices.push({
      kind,
      wave: plan ? 'sine' : 'triangle',
      pan: plan ? -0.5 : 0.5,
      glide: plan,
      notes,
      end: Math.max(end, notes[0].at + LEAST_SECONDS),
    });
  };
  add('planned', notesOf(planned, to), seconds);
  const until = asOf < to ? asOf : to;
  add('actual', notesOf(actual, until), time(until));
  return { duration: Math.max(seconds, ...voices.map((v) => v.end)), voices };
}

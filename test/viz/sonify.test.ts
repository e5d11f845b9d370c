// Issue 19 item 8, "Listen to the curve": the schedule the element plays, pure and silent.
import { expect } from '@open-wc/testing';
import { parseProject, type Project } from '../../src/domain/index.js';
import { actualPoints, plannedCurve } from '../../src/viz/curves.js';
import { HIGH_HZ, LOW_HZ, pitchOf, sonify, type Sound } from '../../src/viz/sonify.js';
import { seed, seedWith } from '../fixtures/projects.js';

const YEAR: [string, string] = ['2019-10-01', '2020-09-30'];

function project(value: unknown = seed()): Project {
  const parsed = parseProject(value, { asOf: '2020-09-30' });
  if (!parsed.ok) throw new Error('the fixture must parse');
  return parsed.project;
}

/** The seed's fiscal year as the timeline plays it, at `asOf`. */
function soundAt(asOf: string, p: Project = project()): Sound {
  return sonify(plannedCurve(p, ...YEAR), actualPoints(p, asOf), YEAR, asOf);
}

const voice = (sound: Sound, kind: 'planned' | 'actual') =>
  sound.voices.find((v) => v.kind === kind);
/** Seconds from the start of the sound for a day of the seed’s fiscal year (365 days first to last). */
const timeOf = (date: string, seconds = 4) =>
  ((Date.parse(date) - Date.parse(YEAR[0])) / (365 * 86_400_000)) * seconds;

describe('sonify()', () => {
  it('maps 0–100 % to two octaves, A3 to A5, evenly on a log scale', () => {
    expect(pitchOf(0)).to.equal(LOW_HZ);
    expect(pitchOf(50)).to.be.closeTo(440, 1e-9);
    expect(pitchOf(100)).to.be.closeTo(HIGH_HZ, 1e-9);
    expect(pitchOf(-5), 'clamped below').to.equal(LOW_HZ);
    expect(pitchOf(120), 'clamped above').to.be.closeTo(HIGH_HZ, 1e-9);
  });

  for (const asOf of ['2020-04-30', '2020-06-30', '2020-09-30']) {
    it(`plays the seed at ${asOf}: the plan over the year, the reports from the first to ${asOf}`, () => {
      const sound = soundAt(asOf);
      expect(sound.duration).to.equal(4);
      const planned = voice(sound, 'planned')!;
      const actual = voice(sound, 'actual')!;
      expect(planned.wave).to.equal('sine');
      expect(actual.wave).to.equal('triangle');
      expect(planned.pan < 0 && actual.pan > 0, 'plan left, reports right').to.equal(true);
      for (const v of [planned, actual]) {
        for (const note of v.notes) {
          expect(note.at).to.be.within(0, sound.duration);
          expect(note.hz).to.be.within(LOW_HZ, HIGH_HZ);
        }
        expect(v.end).to.be.within(v.notes[0].at, sound.duration);
      }
      expect(planned.notes[0].at).to.equal(0);
      expect(planned.end).to.equal(4);
      // Nothing before the first report (30 April 2020), nothing after the as-of date.
      expect(actual.notes[0].at).to.be.closeTo(timeOf('2020-04-30'), 1e-9);
      expect(actual.end).to.be.closeTo(Math.max(timeOf(asOf), timeOf('2020-04-30') + 0.2), 1e-9);
      const reports = actualPoints(project(), asOf);
      expect(actual.notes.length).to.equal(reports.length);
      actual.notes.forEach((note, i) => expect(note.hz).to.equal(pitchOf(reports[i].value)));
    });
  }

  it('rises as progress does: the seed’s plan and reports never go down in pitch', () => {
    const sound = soundAt('2020-09-30');
    for (const v of sound.voices) {
      for (let i = 1; i < v.notes.length; i++) {
        expect(v.notes[i].hz).to.be.at.least(v.notes[i - 1].hz);
        expect(v.notes[i].at).to.be.at.least(v.notes[i - 1].at);
      }
      expect(v.notes.at(-1)!.hz).to.be.above(v.notes[0].hz);
    }
    // 50 % reported on 30 April, 100 % on 21 September: A4, then A5.
    const actual = voice(sound, 'actual')!;
    expect(actual.notes[0].hz).to.be.closeTo(440, 1e-9);
    expect(actual.notes.at(-1)!.hz).to.be.closeTo(880, 1e-9);
    expect(actual.glide, 'reports step, as the step line does').to.equal(false);
    expect(voice(sound, 'planned')!.glide).to.equal(true);
  });

  it('has no report tone before the first report: not 0 %, silence', () => {
    const sound = soundAt('2020-03-15');
    expect(voice(sound, 'actual')).to.equal(undefined);
    expect(voice(sound, 'planned')).not.to.equal(undefined);
  });

  it('plays the plan alone when the log is empty', () => {
    const sound = soundAt('2020-09-30', project(seedWith({ log: [] })));
    expect(sound.voices.map((v) => v.kind)).to.deep.equal(['planned']);
  });

  it('plays the reports alone when there is no plan', () => {
    const sound = soundAt('2020-09-30', project(seedWith({ plan: [] })));
    expect(sound.voices.map((v) => v.kind)).to.deep.equal(['actual']);
  });

  it('still sounds a report made on the last day of the span, briefly', () => {
    const sound = sonify([], [{ date: '2020-09-30', value: 80 }], YEAR, '2020-12-31');
    const actual = voice(sound, 'actual')!;
    expect(actual.notes[0].at).to.equal(4);
    expect(actual.end).to.be.closeTo(4.2, 1e-9);
    expect(sound.duration).to.be.closeTo(4.2, 1e-9);
  });

  it('is silent with neither a plan nor a report', () => {
    expect(sonify([], [], YEAR, '2020-09-30').voices).to.deep.equal([]);
  });
});

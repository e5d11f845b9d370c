import type { ReactiveController, ReactiveElement } from 'lit';
import type { Sound } from '../../viz/sonify.js';

/**
 * Whether the page has Web Audio (every engine of the support floor has `AudioContext`,
 * unprefixed since Safari 14.1; not server rendering).
 */
export const canPlaySound = (): boolean => typeof AudioContext === 'function';

/** What the controller says when a sound starts, ends, or cannot play. */
export interface SoundWords {
  started: string;
  ended: string;
  failed: string;
}

/** Seconds of fade in and out: a tone that starts or stops at once clicks. */
const FADE = 0.03;

/** The one sound playing on the page: starting another stops it, as two would be noise. */
const page: { playing?: SoundController } = {};

/**
 * Plays a `Sound` (viz/sonify.ts) with Web Audio, only when a person asks: the AudioContext is
 * made on their first press, and is closed when the host leaves the page. Escape anywhere in the
 * host stops it. `playing` changes request a host update; `say` tells assistive technology.
 */
export class SoundController implements ReactiveController {
  /** Whether a sound is playing. */
  playing = false;
  /** How many tones the playing sound scheduled (0 when stopped). */
  tones = 0;
  private _audio?: AudioContext;
  /** The playing sound's volume: stopping fades it out, and its tones end on their own. */
  private _volume?: GainNode;
  private _timer?: ReturnType<typeof setTimeout>;
  /** What to say when the playing sound stops. */
  private _ended?: string;
  private _host: ReactiveElement;
  private _say: (text: string) => void;

  constructor(host: ReactiveElement, say: (text: string) => void) {
    this._host = host;
    this._say = say;
    host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('keydown', this._onKey);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('keydown', this._onKey);
    this.stop(false);
    this._audio?.close().catch(() => {});
    this._audio = undefined;
  }

  private _onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.playing) this.stop();
  };

  /** Plays `sound`, or stops it when it is playing. Call from a person's press only. */
  toggle(sound: Sound, words: SoundWords): void {
    if (this.playing) return this.stop();
    page.playing?.stop();
    this._ended = words.ended;
    const fail = () => {
      this.stop(false);
      this._say(words.failed);
    };
    try {
      const audio = (this._audio ??= new AudioContext());
      // Some engines start suspended, or cannot reach an audio device at all.
      audio.resume().catch(fail);
      this._schedule(audio, sound);
    } catch {
      return fail();
    }
    page.playing = this;
    this._set(true, words.started);
    // The page's clock, not the audio clock: without an audio device that clock may stand still.
    this._timer = setTimeout(() => this.stop(), sound.duration * 1000 + 100);
  }

  private _schedule(audio: AudioContext, sound: Sound): void {
    const t0 = audio.currentTime + 0.05;
    const volume = (this._volume = audio.createGain());
    volume.connect(audio.destination);
    for (const { wave, pan, glide, notes, end } of sound.voices) {
      const osc = audio.createOscillator();
      const envelope = audio.createGain();
      const gain = envelope.gain;
      const panner = audio.createStereoPanner();
      osc.type = wave;
      panner.pan.value = pan;
      for (const [i, { at, hz }] of notes.entries()) {
        if (glide && i) osc.frequency.linearRampToValueAtTime(hz, t0 + at);
        else osc.frequency.setValueAtTime(hz, t0 + at);
      }
      const start = t0 + notes[0].at;
      // The sine a little louder than the brighter triangle; together well below clipping.
      const level = wave === 'sine' ? 0.2 : 0.16;
      gain.setValueAtTime(0, start);
      gain.linearRampToValueAtTime(level, start + FADE);
      gain.setValueAtTime(level, t0 + end - FADE);
      gain.linearRampToValueAtTime(0, t0 + end);
      osc.connect(envelope).connect(panner).connect(volume);
      osc.start(start);
      osc.stop(t0 + end + FADE);
    }
    this.tones = sound.voices.length;
  }

  /** Stops the sound with a short fade; says so unless `say` is false. */
  stop(say = true): void {
    clearTimeout(this._timer);
    if (page.playing === this) page.playing = undefined;
    const now = this._audio?.currentTime ?? 0;
    this._volume?.gain.setTargetAtTime(0, now, FADE / 3);
    this._volume = undefined;
    this.tones = 0;
    if (this.playing) this._set(false, say ? this._ended : undefined);
  }

  private _set(playing: boolean, words?: string): void {
    this.playing = playing;
    this._host.requestUpdate();
    if (words) this._say(words);
  }
}

import type { ReactiveController, ReactiveElement } from 'lit';
import type { Sound } from '../../viz/sonify.js';

/** The page's Web Audio constructor, or undefined (an old engine, server rendering). */
export const audioContextClass = (): typeof AudioContext | undefined =>
  typeof window === 'undefined'
    ? undefined
    : (window.AudioContext ??
      (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);

/** What the controller says when a sound starts, ends, or cannot play. */
export interface SoundWords {
  started: string;
  ended: string;
  failed: string;
}

/** Seconds of fade in and out: a tone that starts or stops at once clicks. */
const FADE = 0.03;
/** The loudness of each tone (two of them together stay well below clipping). */
const LEVEL = { sine: 0.2, triangle: 0.16 };

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
  /** How many tones the current sound scheduled (0 when stopped). */
  tones = 0;
  private _audio?: AudioContext;
  private _nodes: Array<[OscillatorNode, GainNode]> = [];
  private _timer?: ReturnType<typeof setTimeout>;
  private _host: ReactiveElement;
  private _say: (text: string) => void;
  private _words?: SoundWords;

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
    void this._audio?.close().catch(() => {});
    this._audio = undefined;
  }

  private _onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.playing) return;
    event.preventDefault();
    this.stop();
  };

  /** Plays `sound`, or stops it when it is playing. Call from a person's press only. */
  toggle(sound: Sound, words: SoundWords): void {
    if (this.playing) {
      this.stop();
      return;
    }
    page.playing?.stop();
    this._words = words;
    const fail = () => {
      this.stop(false);
      this._say(words.failed);
    };
    try {
      const Audio = audioContextClass()!;
      const audio = (this._audio ??= new Audio());
      // Some engines start suspended, or cannot reach an audio device at all.
      audio.resume().catch(fail);
      this._schedule(audio, sound);
    } catch {
      fail();
      return;
    }
    page.playing = this;
    this._set(true, words.started);
    // The page's clock, not the audio clock: without an audio device that clock may stand still.
    this._timer = setTimeout(() => this.stop(), sound.duration * 1000 + 100);
  }

  private _schedule(audio: AudioContext, sound: Sound): void {
    const t0 = audio.currentTime + 0.05;
    for (const voice of sound.voices) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = voice.wave;
      const [first, ...rest] = voice.notes;
      const start = t0 + first.at;
      const end = t0 + voice.end;
      osc.frequency.setValueAtTime(first.hz, start);
      for (const note of rest) {
        if (voice.glide) osc.frequency.linearRampToValueAtTime(note.hz, t0 + note.at);
        else osc.frequency.setValueAtTime(note.hz, t0 + note.at);
      }
      const level = LEVEL[voice.wave];
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(level, start + FADE);
      gain.gain.setValueAtTime(level, end - FADE);
      gain.gain.linearRampToValueAtTime(0, end);
      osc.connect(gain);
      // Left and right where the engine can pan (all that have Web Audio but Safari before 14.1).
      if (audio.createStereoPanner) {
        const pan = audio.createStereoPanner();
        pan.pan.value = voice.pan;
        gain.connect(pan).connect(audio.destination);
      } else gain.connect(audio.destination);
      osc.start(start);
      osc.stop(end + FADE);
      this._nodes.push([osc, gain]);
    }
    this.tones = this._nodes.length;
  }

  /** Stops the sound with a short fade; says so unless `say` is false. */
  stop(say = true): void {
    clearTimeout(this._timer);
    if (page.playing === this) page.playing = undefined;
    const now = this._audio?.currentTime ?? 0;
    for (const [osc, gain] of this._nodes) {
      try {
        gain.gain.cancelScheduledValues(now);
        gain.gain.setValueAtTime(gain.gain.value, now);
        gain.gain.linearRampToValueAtTime(0, now + FADE);
        osc.stop(now + FADE);
      } catch {
        // Already stopped: nothing to fade.
      }
    }
    this._nodes = [];
    this.tones = 0;
    if (this.playing) this._set(false, say ? this._words?.ended : undefined);
  }

  private _set(playing: boolean, words?: string): void {
    this.playing = playing;
    this._host.requestUpdate();
    if (words) this._say(words);
  }
}

import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Sound } from '../viz/sonify.js';
import { canPlaySound, SoundController } from './controllers/sonify.js';
import type { RenderContext } from './project-element.js';

const controllers = new WeakMap<ReactiveElement, SoundController>();

/** The host's sound controller, made on its first "Play as sound" control. */
export const soundOf = (host: ReactiveElement, say: (text: string) => void = () => {}) => {
  let controller = controllers.get(host);
  if (!controller) controllers.set(host, (controller = new SoundController(host, say)));
  return controller;
};

/**
 * The "Play as sound" switch and its explanation: pressed, it plays `sound` and says so through
 * `say`; pressed again or Escape stops it. Nothing when the sound is silent (no plan and no
 * report) or in an engine without Web Audio. Its name stays the same when pressed, as for any
 * switch that `aria-pressed` describes: the state says whether it plays.
 */
export function renderSound(
  host: ReactiveElement,
  ctx: RenderContext,
  sound: Sound,
  say: (text: string) => void,
): TemplateResult | typeof nothing {
  if (!canPlaySound() || sound.voices.length === 0) return nothing;
  const { msg } = ctx;
  const controller = soundOf(host, say);
  const words = {
    started: msg('Playing. Press Escape to stop.'),
    ended: msg('Sound stopped.'),
    failed: msg('This browser cannot play sound.'),
  };
  return html`<div class="sound">
    <button
      type="button"
      part="sound"
      aria-pressed=${controller.playing ? 'true' : 'false'}
      aria-describedby="sound-help"
      @click=${() => controller.toggle(sound, words)}
    >
      ${msg('Play as sound')}
    </button>
    <span id="sound-help" class="sound-help"
      >${msg(
        'Higher notes mean more progress: a soft tone for the plan, a bright one for the reports.',
      )}</span
    >
  </div>`;
}

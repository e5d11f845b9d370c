import type { ReactiveElement } from 'lit';
import type { RenderContext } from '../../internal/project-element.js';
import { renderSound as renderControl } from '../../internal/sound.js';
import { sonify } from '../../viz/sonify.js';
import { addDays } from '../../viz/timeline/data.js';
import type { Model } from './model.js';

/**
 * "Play as sound" for the timeline (a module of its own, beside the "Show as table" switch): the
 * plan over the whole axis, the reports from the first one until the as-of date.
 */
export function renderSound(
  host: ReactiveElement,
  ctx: RenderContext,
  { data }: Model,
  say: (text: string) => void,
): unknown {
  const { planned, actual, domain, asOf } = data;
  return renderControl(
    host,
    ctx,
    sonify(planned, actual, [domain.start, addDays(domain.end, -1)], asOf),
    say,
  );
}

/** A `heading-level` attribute as a level from 1 to 6 (an unusable value gives the default). */
export function headingLevel(value: number, fallback = 2): number {
  return Math.min(6, Math.max(1, Math.round(value) || fallback));
}

/** Whether the reader asked for less motion (no animation, no smooth scrolling). */
export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// Lane packing: labels and callouts go into the first horizontal lane where they overlap
// nothing, so that the drawing grows downwards instead of texts lying over each other.

/** Interval of an item on one line of lanes. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Greedy interval partitioning: items sorted by start go into the first lane where they keep
 * `gap` from every item already there. Returns each item's lane (in input order), or null when
 * it would need more than `maxLanes` lanes.
 */
export function assignLanes(spans: Span[], gap: number, maxLanes = Infinity): (number | null)[] {
  return firstFit(
    spans.map((span) => ({ span })),
    (a, b) => a.span.start - b.span.start,
    gap,
    maxLanes,
  );
}

/** A text placed in a lane below its anchor point and tied to it by a vertical leader. */
export interface Callout {
  span: Span;
  /** Where the leader runs down from the point, through every lane above the text's. */
  anchorX: number;
}

/**
 * Lanes for callouts: no text overlaps another, and no leader crosses a text in a lane above
 * its own. Callouts are placed from the right, so a leader usually passes left of the texts
 * already placed. Returns each callout's lane (input order), or null past `maxLanes`.
 */
export function assignCalloutLanes(
  callouts: Callout[],
  gap: number,
  maxLanes: number,
): (number | null)[] {
  return firstFit(callouts, (a, b) => b.anchorX - a.anchorX, gap, maxLanes);
}

const overlaps = (a: Span, b: Span, gap: number) => a.start < b.end + gap && b.start < a.end + gap;

/**
 * Items taken in `compare` order (input order among equals: the sort is stable) each go into the
 * first lane where their span keeps `gap` from the spans there and, for a callout, where its
 * leader (2 px apart) crosses no span in the lanes above. Returns each item's lane in input
 * order, null past `maxLanes`.
 */
function firstFit<T extends { span: Span; anchorX?: number }>(
  items: T[],
  compare: (a: T, b: T) => number,
  gap: number,
  maxLanes: number,
): (number | null)[] {
  const order = items.map((_, i) => i).sort((a, b) => compare(items[a], items[b]));
  const occupied: Span[][] = [];
  const lanes: (number | null)[] = new Array(items.length).fill(null);
  const free = (lane: number, span: Span, g: number) =>
    !(occupied[lane] ?? []).some((t) => overlaps(t, span, g));
  for (const i of order) {
    const { span, anchorX } = items[i];
    const leader = anchorX === undefined ? null : { start: anchorX - 1, end: anchorX + 1 };
    for (let lane = 0; lane < maxLanes; lane++) {
      if (!free(lane, span, gap)) continue;
      if (leader && occupied.slice(0, lane).some((_, above) => !free(above, leader, 2))) continue;
      (occupied[lane] ??= []).push(span);
      if (leader) for (let above = 0; above < lane; above++) occupied[above].push(leader);
      lanes[i] = lane;
      break;
    }
  }
  return lanes;
}

// How far a KPI got towards its target. Never NaN or Infinity: a ratio that would divide by
// zero is null.
import type { Kpi, KpiStatus } from './types.js';

export interface KpiAchievement {
  /** achieved / target (target / achieved when less is better); null where it would divide by 0. */
  ratio: number | null;
  /** achieved ≥ target (≤ when less is better); null when there is no target to judge by. */
  met: boolean | null;
  status: KpiStatus;
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

export function kpiAchievement(
  kpi: Pick<Kpi, 'target' | 'achieved'> & { direction?: Kpi['direction'] },
): KpiAchievement {
  const { target, achieved } = kpi;
  if (kpi.direction === 'decrease') {
    // Less is better: a target of 0 (no accidents, no complaints) is a real target.
    const met = achieved <= target;
    const ratio = achieved === 0 ? null : finiteOrNull(target / achieved);
    return { ratio, met, status: met ? 'met' : 'not-met' };
  }
  // More is better: a target of 0 is met by doing nothing, so it judges nothing.
  if (target === 0) return { ratio: null, met: null, status: 'no-target' };
  const met = achieved >= target;
  return { ratio: finiteOrNull(achieved / target), met, status: met ? 'met' : 'not-met' };
}

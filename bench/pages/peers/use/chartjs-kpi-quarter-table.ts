// Chart.js with only what the KPI tables needs registered.
// Also the entry of the bytes table (`setUp` keeps it all).
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Tooltip,
} from 'chart.js';

/**
 * Registers what this case needs and returns `Chart`. A call, not a top-level statement: the
 * package's `sideEffects` list would let the bundler drop a module imported for effects only.
 */
export function setUp(): typeof Chart {
  Chart.register(
    BarController,
    BarElement,
    LineController,
    LineElement,
    PointElement,
    LinearScale,
    CategoryScale,
    Tooltip,
  );
  return Chart;
}

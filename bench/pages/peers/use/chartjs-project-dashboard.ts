// Chart.js with only what the whole seed page needs registered.
// Also the entry of the bytes table (`setUp` keeps it all).
import {
  Chart,
  DoughnutController,
  ArcElement,
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
} from 'chart.js';

/**
 * Registers what this case needs and returns `Chart`. A call, not a top-level statement: the
 * package's `sideEffects` list would let the bundler drop a module imported for effects only.
 */
export function setUp(): typeof Chart {
  Chart.register(
    DoughnutController,
    ArcElement,
    LineController,
    LineElement,
    PointElement,
    BarController,
    BarElement,
    LinearScale,
    CategoryScale,
    Tooltip,
    Legend,
  );
  return Chart;
}

// ECharts as tree-shaken for the progress log: only these charts and
// components, the SVG renderer.
// It is also the entry of the bytes table (`setUp` keeps it all).
import { init, use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Registers what this case needs and returns `init`. A call, not a top-level statement: the
 * package's `sideEffects` list would let the bundler drop a module imported for effects only.
 */
export function setUp(): typeof init {
  use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);
  return init;
}

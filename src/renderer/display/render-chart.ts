// Loaded on demand by PlotChart, so Observable Plot (and d3) become their own chunk
// that the app fetches only when a program first shows a chart.
import * as Plot from '@observablehq/plot';
import { chartOptions, type ChartContext, type ChartRecord } from './chart-specs';

export function renderChart(record: ChartRecord, context: ChartContext): SVGSVGElement | HTMLElement {
  return Plot.plot(chartOptions(record, context));
}

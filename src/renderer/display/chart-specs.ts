// Observable Plot options for each chart kind: pure functions of the record, the
// width the pane gives and the colour scheme, so they can be tested without a DOM.

import * as Plot from '@observablehq/plot';
import type {
  BarRecord,
  HeatmapRecord,
  HistogramRecord,
  LineRecord,
  ScatterRecord,
} from '../../shared/display';

export type ChartRecord = ScatterRecord | LineRecord | BarRecord | HistogramRecord | HeatmapRecord;

export interface ChartContext {
  width: number;
  dark: boolean;
}

const MAX_HEIGHT = 380;
const ASPECT = 0.6;
const FEW_POINTS_FOR_MARKERS = 60;
const HORIZONTAL_BARS_FROM = 12;
const LONG_LABEL_CHARS = 10;
const BAR_ROW_PX = 20;
const ANNOTATE_MIN_CELL_PX = 24;

export function accentColor(dark: boolean): string {
  return dark ? '#6cb4ff' : '#2563eb';
}

export function chartOptions(record: ChartRecord, context: ChartContext): Plot.PlotOptions {
  switch (record.kind) {
    case 'scatter':
      return scatterOptions(record, context);
    case 'line':
      return lineOptions(record, context);
    case 'bar':
      return barOptions(record, context);
    case 'histogram':
      return histogramOptions(record, context);
    case 'heatmap':
      return heatmapOptions(record, context);
  }
}

function frame(context: ChartContext, height = defaultHeight(context.width)): Plot.PlotOptions {
  // The extra bottom margin keeps underscores in axis labels (Gr_Liv_Area) from being clipped.
  return { width: context.width, height, marginBottom: 36, style: { background: 'transparent', fontSize: '11px' } };
}

function defaultHeight(width: number): number {
  return Math.round(Math.min(MAX_HEIGHT, Math.max(200, width * ASPECT)));
}

/** Plot does not size its left margin to the tick labels; make room for the widest. */
function marginForTicks(values: number[]): number {
  const widest = Math.max(...values.map(Math.abs));
  const characters = groupedNumber.format(widest).length + (values.some((value) => value < 0) ? 1 : 0);
  return Math.max(40, Math.ceil(14 + characters * 6.5));
}

const groupedNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function axisLabel(label: string | null, fallback: string): string {
  return label ?? fallback;
}

function scatterOptions(record: ScatterRecord, context: ChartContext): Plot.PlotOptions {
  const points = record.x.map((x, index) => ({ x, y: record.y[index]!, group: record.colors?.[index] }));
  const numericColors = typeof record.colors?.[0] === 'number';
  const radius = points.length > 1000 ? 2 : 3;
  const marks: Plot.Markish[] = [
    Plot.dot(points, {
      x: 'x',
      y: 'y',
      r: radius,
      fill: record.colors ? 'group' : accentColor(context.dark),
      fillOpacity: 0.75,
      tip: true,
    }),
  ];
  if (record.line) {
    const { slope, intercept } = record.line;
    const low = Math.min(...record.x);
    const high = Math.max(...record.x);
    marks.push(
      Plot.line(
        [
          [low, slope * low + intercept],
          [high, slope * high + intercept],
        ],
        { stroke: context.dark ? '#ffb454' : '#d9480f', strokeWidth: 2 },
      ),
    );
  }
  return {
    ...frame(context),
    marginLeft: marginForTicks(record.y),
    grid: true,
    x: { label: axisLabel(record.x_label, 'x') },
    y: { label: axisLabel(record.y_label, 'y') },
    color: record.colors
      ? numericColors
        ? { type: 'linear', scheme: 'viridis', legend: true, label: 'colour' }
        : { type: 'categorical', scheme: 'observable10', legend: true }
      : undefined,
    marks,
  };
}

function lineOptions(record: LineRecord, context: ChartContext): Plot.PlotOptions {
  const named = record.series.length > 1 || record.series[0]?.name != null;
  const points = record.series.flatMap((series) =>
    series.x.map((x, index) => ({ x, y: series.y[index]!, series: series.name ?? '' })),
  );
  const stroke = named ? 'series' : accentColor(context.dark);
  const longest = Math.max(...record.series.map((series) => series.x.length));
  const marks: Plot.Markish[] = [Plot.lineY(points, { x: 'x', y: 'y', z: 'series', stroke, strokeWidth: 1.75, tip: 'xy' })];
  if (longest <= FEW_POINTS_FOR_MARKERS) marks.push(Plot.dot(points, { x: 'x', y: 'y', fill: stroke, r: 2.5 }));
  return {
    ...frame(context),
    marginLeft: marginForTicks(points.map((point) => point.y)),
    grid: true,
    x: { label: axisLabel(record.x_label, 'x') },
    y: { label: axisLabel(record.y_label, 'y') },
    color: named ? { type: 'categorical', scheme: 'observable10', legend: true, domain: record.series.map((s) => s.name ?? '') } : undefined,
    marks,
  };
}

function barOptions(record: BarRecord, context: ChartContext): Plot.PlotOptions {
  const bars = record.labels.map((label, index) => ({ label, value: record.values[index]! }));
  const fill = accentColor(context.dark);
  const horizontal =
    record.labels.length > HORIZONTAL_BARS_FROM || record.labels.some((label) => label.length > LONG_LABEL_CHARS);
  if (horizontal) {
    const longestLabel = Math.max(...record.labels.map((label) => label.length));
    return {
      ...frame(context, 60 + record.labels.length * BAR_ROW_PX),
      marginLeft: Math.min(220, 12 + longestLabel * 6.5),
      x: { label: axisLabel(record.y_label, 'value'), grid: true },
      y: { label: record.x_label, domain: record.labels },
      marks: [Plot.barX(bars, { y: 'label', x: 'value', fill, tip: true }), Plot.ruleX([0])],
    };
  }
  return {
    ...frame(context),
    marginLeft: marginForTicks(record.values),
    x: { label: record.x_label, domain: record.labels },
    y: { label: axisLabel(record.y_label, 'value'), grid: true },
    marks: [Plot.barY(bars, { x: 'label', y: 'value', fill, tip: true }), Plot.ruleY([0])],
  };
}

function histogramOptions(record: HistogramRecord, context: ChartContext): Plot.PlotOptions {
  const bins = record.counts.map((count, index) => ({ x1: record.edges[index]!, x2: record.edges[index + 1]!, count }));
  return {
    ...frame(context),
    marginLeft: marginForTicks(record.counts),
    x: { label: axisLabel(record.x_label, 'value') },
    y: { label: axisLabel(record.y_label, 'count'), grid: true },
    marks: [
      Plot.rectY(bins, { x1: 'x1', x2: 'x2', y: 'count', fill: accentColor(context.dark), inset: 0.5, tip: true }),
      Plot.ruleY([0]),
    ],
  };
}

const compactNumber = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

function heatmapOptions(record: HeatmapRecord, context: ChartContext): Plot.PlotOptions {
  const cells = record.values.flatMap((row, rowIndex) =>
    row.map((value, columnIndex) => ({
      row: record.row_labels[rowIndex]!,
      column: record.column_labels[columnIndex]!,
      value,
    })),
  );
  const columnCount = record.column_labels.length;
  const rowCount = record.row_labels.length;
  const longestRowLabel = Math.max(...record.row_labels.map((label) => label.length));
  const marginLeft = Math.min(200, 24 + longestRowLabel * 6.5);
  const cellWidth = (context.width - marginLeft - 20) / columnCount;
  const cellHeight = Math.max(12, Math.min(44, cellWidth));
  const flat = record.values.flat();
  const low = Math.min(...flat);
  const high = Math.max(...flat);
  const marks: Plot.Markish[] = [Plot.cell(cells, { x: 'column', y: 'row', fill: 'value', inset: 0.5, tip: true })];
  if (record.annotate && cellWidth >= ANNOTATE_MIN_CELL_PX && cellHeight >= 16) {
    marks.push(
      Plot.text(cells, {
        x: 'column',
        y: 'row',
        text: (cell: { value: number }) => compactNumber.format(cell.value),
        fill: (cell: { value: number }) => annotationColor(cell.value, low, high, context.dark),
        fontSize: Math.min(13, cellHeight / 2.2),
      }),
    );
  }
  return {
    width: context.width,
    height: 70 + rowCount * cellHeight,
    style: { background: 'transparent', fontSize: '11px' },
    marginLeft,
    padding: 0,
    x: { label: record.x_label, domain: record.column_labels, axis: 'top', tickRotate: columnCount > 12 ? -45 : 0 },
    y: { label: record.y_label, domain: record.row_labels },
    color: { ...heatColors(context.dark), legend: true, label: 'value', domain: [low, high === low ? low + 1 : high] },
    marks,
  };
}

/** Dark and light schemes both run from the page's background towards a strong blue. */
function heatColors(dark: boolean): Plot.ScaleOptions {
  return dark ? { type: 'linear', range: ['#13233a', '#8cc8ff'] } : { type: 'linear', scheme: 'blues' };
}

/** Text that stays readable on its cell: light on strong cells in the light scheme, and the reverse. */
export function annotationColor(value: number, low: number, high: number, dark: boolean): string {
  const strength = high > low ? (value - low) / (high - low) : 0;
  const strong = strength > 0.55;
  return strong !== dark ? '#ffffff' : '#0b1320';
}

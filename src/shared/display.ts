// What Python's display module (src/python/buildpath/show.py) sends to the UI and
// the headless checker puts in its JSON result. Fields are documented in
// docs/display-records.md. Every number is finite; `note` says what was left out
// when long data was thinned ("showing 5,000 of 120,000 points"), else null.

interface RecordBase {
  title: string | null;
  note: string | null;
}

interface ChartBase extends RecordBase {
  x_label: string | null;
  y_label: string | null;
}

/** A table cell: numbers stay numbers; NaN and infinities arrive as text ("nan"). */
export type TableCell = string | number | boolean | null;

export interface TableRecord extends RecordBase {
  kind: 'table';
  columns: string[];
  /** At most the first 1,000 rows, each as long as `columns`. */
  rows: TableCell[][];
  /** Rows the program passed, including any left out. */
  total_rows: number;
}

export interface ScatterRecord extends ChartBase {
  kind: 'scatter';
  x: number[];
  y: number[];
  /** Per point: a group name, or a number for a continuous colour scale. */
  colors: string[] | number[] | null;
  /** A fitted line y = slope * x + intercept drawn over the points. */
  line: { slope: number; intercept: number } | null;
  total_points: number;
}

export interface LineSeries {
  /** Null for a single unnamed curve. */
  name: string | null;
  x: number[];
  y: number[];
}

export interface LineRecord extends ChartBase {
  kind: 'line';
  series: LineSeries[];
}

export interface BarRecord extends ChartBase {
  kind: 'bar';
  labels: string[];
  values: number[];
}

export interface HistogramRecord extends ChartBase {
  kind: 'histogram';
  /** Bin boundaries, one more than `counts`. */
  edges: number[];
  counts: number[];
  /** How many values were binned. */
  total: number;
}

export interface HeatmapRecord extends ChartBase {
  kind: 'heatmap';
  /** Rows of equal length. */
  values: number[][];
  row_labels: string[];
  column_labels: string[];
  /** Write each value in its cell. */
  annotate: boolean;
}

export interface ImageItem {
  /** Rows of greyscale values; higher values are drawn as ink. */
  pixels: number[][];
  label: string | null;
}

export interface ImagesRecord extends RecordBase {
  kind: 'images';
  images: ImageItem[];
  /** Images per row, or null to fit the pane. */
  columns: number | null;
  /** The lowest and highest pixel value over all images, low < high. */
  value_range: [number, number];
}

export type DisplayRecord =
  | TableRecord
  | ScatterRecord
  | LineRecord
  | BarRecord
  | HistogramRecord
  | HeatmapRecord
  | ImagesRecord;

export type DisplayKind = DisplayRecord['kind'];

/** For telling a record from the worker apart from anything else handed to emit_display. */
export const DISPLAY_KINDS: readonly DisplayKind[] = [
  'table',
  'scatter',
  'line',
  'bar',
  'histogram',
  'heatmap',
  'images',
];

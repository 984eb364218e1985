// What Python's display module (src/python/buildpath/show.py) sends to the UI and
// the headless checker puts in its JSON result. Fields are documented in
// docs/display-records.md. Every number is finite; `note` says what was left out
// when long data was thinned ("showing 5,000 of 120,000 points"), else null.

import { z } from 'zod';

const text = z.string().nullable();
const numbers = z.array(z.number());

const recordBase = { title: text, note: text };
const chartBase = { ...recordBase, x_label: text, y_label: text };

/** A table cell: numbers stay numbers; NaN and infinities arrive as text ("nan"). */
const tableCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const tableSchema = z.object({
  kind: z.literal('table'),
  ...recordBase,
  columns: z.array(z.string()),
  /** At most the first 1,000 rows, each as long as `columns`. */
  rows: z.array(z.array(tableCellSchema)),
  /** Rows the program passed, including any left out. */
  total_rows: z.number().int(),
});

const scatterSchema = z.object({
  kind: z.literal('scatter'),
  ...chartBase,
  x: numbers,
  y: numbers,
  /** Per point: a group name, or a number for a continuous colour scale. */
  colors: z.union([z.array(z.string()), numbers]).nullable(),
  /** A fitted line y = slope * x + intercept drawn over the points. */
  line: z.object({ slope: z.number(), intercept: z.number() }).nullable(),
  total_points: z.number().int(),
});

const lineSeriesSchema = z.object({
  /** Null for a single unnamed curve. */
  name: text,
  x: numbers,
  y: numbers,
});

const lineSchema = z.object({ kind: z.literal('line'), ...chartBase, series: z.array(lineSeriesSchema) });

const barSchema = z.object({ kind: z.literal('bar'), ...chartBase, labels: z.array(z.string()), values: numbers });

const histogramSchema = z.object({
  kind: z.literal('histogram'),
  ...chartBase,
  /** Bin boundaries, one more than `counts`. */
  edges: numbers,
  counts: z.array(z.number().int()),
  /** How many values were binned. */
  total: z.number().int(),
});

const heatmapSchema = z.object({
  kind: z.literal('heatmap'),
  ...chartBase,
  /** Rows of equal length. */
  values: z.array(numbers),
  row_labels: z.array(z.string()),
  column_labels: z.array(z.string()),
  /** Write each value in its cell. */
  annotate: z.boolean(),
});

const imageItemSchema = z.object({
  /** Rows of greyscale values; higher values are drawn as ink. */
  pixels: z.array(numbers),
  label: text,
});

const imagesSchema = z.object({
  kind: z.literal('images'),
  ...recordBase,
  images: z.array(imageItemSchema),
  /** Images per row, or null to fit the pane. */
  columns: z.number().int().nullable(),
  /** The lowest and highest pixel value over all images, low < high. */
  value_range: z.tuple([z.number(), z.number()]),
});

export const displayRecordSchema = z.discriminatedUnion('kind', [
  tableSchema,
  scatterSchema,
  lineSchema,
  barSchema,
  histogramSchema,
  heatmapSchema,
  imagesSchema,
]);

export type DisplayRecord = z.infer<typeof displayRecordSchema>;
export type DisplayKind = DisplayRecord['kind'];
export type TableCell = z.infer<typeof tableCellSchema>;
export type TableRecord = z.infer<typeof tableSchema>;
export type ScatterRecord = z.infer<typeof scatterSchema>;
export type LineRecord = z.infer<typeof lineSchema>;
export type BarRecord = z.infer<typeof barSchema>;
export type HistogramRecord = z.infer<typeof histogramSchema>;
export type HeatmapRecord = z.infer<typeof heatmapSchema>;
export type ImagesRecord = z.infer<typeof imagesSchema>;

/** In the order of show.py's functions. */
export const DISPLAY_KINDS: readonly DisplayKind[] = displayRecordSchema.options.map((option) => option.shape.kind.value);

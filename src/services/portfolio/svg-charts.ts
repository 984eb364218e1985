// The pictures a learner's code showed (src/shared/display.ts records), drawn as
// static markup for the exported page: SVG for charts and images, an HTML table for
// tables. The app draws the same records with Observable Plot, which needs a DOM;
// the export runs in Node and must give the same bytes for the same record, so it
// writes the few marks each kind needs itself. Every text is escaped.

import type {
  BarRecord,
  DisplayRecord,
  HeatmapRecord,
  HistogramRecord,
  ImagesRecord,
  LineRecord,
  ScatterRecord,
  TableRecord,
} from '../../shared/display';
import { escapeHtml } from './html-text';

const WIDTH = 640;
const HEIGHT = 340;
const MARGIN = { top: 16, right: 36, bottom: 46, left: 70 };
/** Points keep clear of the frame so none is cut in half. */
const POINT_INSET = 6;
const ACCENT = '#2563eb';
const FIT_LINE = '#d9480f';
/** Observable's categorical scheme, so groups look as they do in the app. */
const GROUP_COLORS = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];
const MAX_TABLE_ROWS = 50;
const MAX_IMAGES = 16;

/** One shown record as a `<figure>`: its title, the picture, and the record's note. */
export function renderDisplay(record: DisplayRecord): string {
  const caption = [record.title, record.note].filter((text): text is string => Boolean(text)).map(escapeHtml);
  return `<figure class="display display-${record.kind}">${drawRecord(record)}${
    caption.length > 0 ? `<figcaption>${caption.join(' — ')}</figcaption>` : ''
  }</figure>`;
}

function drawRecord(record: DisplayRecord): string {
  switch (record.kind) {
    case 'table':
      return drawTable(record);
    case 'scatter':
      return drawScatter(record);
    case 'line':
      return drawLine(record);
    case 'bar':
      return drawBar(record);
    case 'histogram':
      return drawHistogram(record);
    case 'heatmap':
      return drawHeatmap(record);
    case 'images':
      return drawImages(record);
  }
}

// ---- scales and axes ----

interface Scale {
  (value: number): number;
  ticks: number[];
}

/** Round tick steps (1, 2 or 5 times a power of ten), as d3 chooses them. */
export function niceTicks(low: number, high: number, count = 6): number[] {
  if (!(high > low)) return [low];
  const rough = (high - low) / count;
  let step = 10 ** Math.floor(Math.log10(rough));
  const error = rough / step;
  if (error >= 7.07) step *= 10;
  else if (error >= 3.16) step *= 5;
  else if (error >= 1.41) step *= 2;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

function linearScale(values: readonly number[], range: [number, number], includeZero = false): Scale {
  let low = Math.min(...values, ...(includeZero ? [0] : []));
  let high = Math.max(...values, ...(includeZero ? [0] : []));
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  if (low === high) [low, high] = [low - 1, high + 1];
  const [from, to] = range;
  const scale = ((value: number) => from + ((value - low) / (high - low)) * (to - from)) as Scale;
  scale.ticks = niceTicks(low, high);
  return scale;
}

const tickNumber = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });

function svg(width: number, height: number, body: string, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}" font-family="system-ui, sans-serif" font-size="11">${body}</svg>`;
}

function plotArea(height = HEIGHT) {
  return { left: MARGIN.left, right: WIDTH - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
}

function axes(x: Scale | null, y: Scale | null, xLabel: string | null, yLabel: string | null, height = HEIGHT): string {
  const area = plotArea(height);
  const parts: string[] = [];
  if (y) {
    for (const tick of y.ticks) {
      const at = round(y(tick));
      parts.push(`<line x1="${area.left}" x2="${area.right}" y1="${at}" y2="${at}" stroke="#e2e5ea"/>`);
      parts.push(`<text x="${area.left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle" fill="#444">${tickNumber.format(tick)}</text>`);
    }
  }
  if (x) {
    for (const tick of x.ticks) {
      const at = round(x(tick));
      parts.push(`<line x1="${at}" x2="${at}" y1="${area.bottom}" y2="${area.bottom + 5}" stroke="#888"/>`);
      parts.push(`<text x="${at}" y="${area.bottom + 17}" text-anchor="middle" fill="#444">${tickNumber.format(tick)}</text>`);
    }
  }
  parts.push(`<line x1="${area.left}" x2="${area.right}" y1="${area.bottom}" y2="${area.bottom}" stroke="#888"/>`);
  if (xLabel) parts.push(`<text x="${(area.left + area.right) / 2}" y="${height - 8}" text-anchor="middle" fill="#222">${escapeHtml(xLabel)}</text>`);
  if (yLabel) {
    parts.push(`<text transform="translate(14 ${(area.top + area.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#222">${escapeHtml(yLabel)}</text>`);
  }
  return parts.join('');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function legend(names: readonly string[]): string {
  return `<p class="legend">${names
    .map((name, index) => `<span><i style="background:${GROUP_COLORS[index % GROUP_COLORS.length]}"></i>${escapeHtml(name)}</span>`)
    .join('')}</p>`;
}

// ---- the kinds ----

function drawScatter(record: ScatterRecord): string {
  const area = plotArea();
  const x = linearScale(record.x, [area.left + POINT_INSET, area.right - POINT_INSET]);
  const y = linearScale(record.y, [area.bottom - POINT_INSET, area.top + POINT_INSET]);
  const groups = record.colors && typeof record.colors[0] === 'string' ? [...new Set(record.colors as string[])] : [];
  const shades = record.colors && typeof record.colors[0] === 'number' ? (record.colors as number[]) : null;
  const shadeScale = shades ? linearScale(shades, [0, 1]) : null;
  const radius = record.x.length > 1000 ? 2 : 3;
  const dots = record.x.map((value, index) => {
    const color = shadeScale
      ? blueShade(shadeScale(shades![index]!))
      : groups.length > 0
        ? GROUP_COLORS[groups.indexOf((record.colors as string[])[index]!) % GROUP_COLORS.length]
        : ACCENT;
    return `<circle cx="${round(x(value))}" cy="${round(y(record.y[index]!))}" r="${radius}" fill="${color}" fill-opacity="0.75"/>`;
  });
  let fit = '';
  if (record.line) {
    const { slope, intercept } = record.line;
    const low = Math.min(...record.x);
    const high = Math.max(...record.x);
    fit = `<line x1="${round(x(low))}" y1="${round(y(slope * low + intercept))}" x2="${round(x(high))}" y2="${round(y(slope * high + intercept))}" stroke="${FIT_LINE}" stroke-width="2"/>`;
  }
  const chart = svg(WIDTH, HEIGHT, `${axes(x, y, record.x_label ?? 'x', record.y_label ?? 'y')}<g>${dots.join('')}</g>${fit}`, record.title ?? 'scatter plot');
  return groups.length > 0 ? chart + legend(groups) : chart;
}

function drawLine(record: LineRecord): string {
  const area = plotArea();
  const x = linearScale(record.series.flatMap((series) => series.x), [area.left, area.right]);
  const y = linearScale(record.series.flatMap((series) => series.y), [area.bottom, area.top]);
  const named = record.series.length > 1 || record.series[0]?.name != null;
  const paths = record.series.map((series, index) => {
    const color = named ? GROUP_COLORS[index % GROUP_COLORS.length] : ACCENT;
    const points = series.x.map((value, at) => `${round(x(value))},${round(y(series.y[at]!))}`).join(' ');
    return `<polyline points="${points}" fill="none" stroke="${color}" stroke-width="1.75"/>`;
  });
  const chart = svg(WIDTH, HEIGHT, axes(x, y, record.x_label ?? 'x', record.y_label ?? 'y') + paths.join(''), record.title ?? 'line chart');
  return named ? chart + legend(record.series.map((series) => series.name ?? '')) : chart;
}

function drawBar(record: BarRecord): string {
  const area = plotArea();
  const y = linearScale(record.values, [area.bottom, area.top], true);
  const band = (area.right - area.left) / Math.max(1, record.labels.length);
  const bars = record.values.map((value, index) => {
    const top = Math.min(y(value), y(0));
    const left = area.left + index * band + band * 0.1;
    return `<rect x="${round(left)}" y="${round(top)}" width="${round(band * 0.8)}" height="${round(Math.abs(y(value) - y(0)))}" fill="${ACCENT}"/>`;
  });
  const everyNth = Math.ceil(record.labels.length / 16);
  const labels = record.labels.map((label, index) =>
    index % everyNth === 0
      ? `<text x="${round(area.left + (index + 0.5) * band)}" y="${area.bottom + 17}" text-anchor="middle" fill="#444">${escapeHtml(shorten(label, Math.max(4, Math.floor((band * everyNth) / 6.5))))}</text>`
      : '',
  );
  return svg(WIDTH, HEIGHT, axes(null, y, record.x_label, record.y_label ?? 'value') + bars.join('') + labels.join(''), record.title ?? 'bar chart');
}

function drawHistogram(record: HistogramRecord): string {
  const area = plotArea();
  const x = linearScale(record.edges, [area.left, area.right]);
  const y = linearScale(record.counts, [area.bottom, area.top], true);
  const bins = record.counts.map((count, index) => {
    const left = x(record.edges[index]!) + 0.5;
    const right = x(record.edges[index + 1]!) - 0.5;
    return `<rect x="${round(left)}" y="${round(y(count))}" width="${round(Math.max(0.5, right - left))}" height="${round(y(0) - y(count))}" fill="${ACCENT}"/>`;
  });
  return svg(WIDTH, HEIGHT, axes(x, y, record.x_label ?? 'value', record.y_label ?? 'count') + bins.join(''), record.title ?? 'histogram');
}

function drawHeatmap(record: HeatmapRecord): string {
  const longestRowLabel = Math.max(0, ...record.row_labels.map((label) => label.length));
  const left = Math.min(200, 24 + longestRowLabel * 6.5);
  const columns = Math.max(1, record.column_labels.length);
  const cell = Math.max(12, Math.min(44, (WIDTH - left - 20) / columns));
  const top = 40;
  const height = top + record.values.length * cell + 10;
  const flat = record.values.flat();
  const low = Math.min(...flat);
  const high = Math.max(...flat);
  const strength = (value: number) => (high > low ? (value - low) / (high - low) : 0);
  const parts: string[] = [];
  record.column_labels.forEach((label, column) => {
    parts.push(`<text x="${round(left + (column + 0.5) * cell)}" y="${top - 8}" text-anchor="middle" fill="#444">${escapeHtml(shorten(label, 8))}</text>`);
  });
  record.values.forEach((row, rowIndex) => {
    const y = top + rowIndex * cell;
    parts.push(`<text x="${left - 6}" y="${round(y + cell / 2)}" text-anchor="end" dominant-baseline="middle" fill="#444">${escapeHtml(record.row_labels[rowIndex] ?? '')}</text>`);
    row.forEach((value, column) => {
      const x = left + column * cell;
      parts.push(`<rect x="${round(x + 0.5)}" y="${round(y + 0.5)}" width="${round(cell - 1)}" height="${round(cell - 1)}" fill="${blueShade(strength(value))}"/>`);
      if (record.annotate && cell >= 24) {
        const ink = strength(value) > 0.55 ? '#ffffff' : '#0b1320';
        parts.push(`<text x="${round(x + cell / 2)}" y="${round(y + cell / 2)}" text-anchor="middle" dominant-baseline="middle" fill="${ink}">${tickNumber.format(Number(value.toPrecision(3)))}</text>`);
      }
    });
  });
  const width = Math.min(WIDTH, Math.ceil(left + columns * cell + 20));
  return svg(width, Math.ceil(height), parts.join(''), record.title ?? 'heatmap');
}

function drawImages(record: ImagesRecord): string {
  const [low, high] = record.value_range;
  const pictures = record.images.slice(0, MAX_IMAGES).map((image) => {
    const rows = image.pixels.length;
    const columns = Math.max(1, ...image.pixels.map((row) => row.length));
    const pixels: string[] = [];
    image.pixels.forEach((row, y) =>
      row.forEach((value, x) => {
        const ink = (value - low) / (high - low);
        // Blank pixels are the paper colour, so only inked ones need a mark.
        if (ink > 0.02) pixels.push(`<rect x="${x}" y="${y}" width="1.02" height="1.02" fill="#000" fill-opacity="${Math.min(1, ink).toFixed(2)}"/>`);
      }),
    );
    const picture = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${columns} ${rows}" width="84" height="${Math.round((84 * rows) / columns)}" role="img" aria-label="${escapeHtml(image.label ?? 'image')}"><rect width="${columns}" height="${rows}" fill="#fff"/>${pixels.join('')}</svg>`;
    return `<span class="image">${picture}${image.label ? `<span>${escapeHtml(image.label)}</span>` : ''}</span>`;
  });
  const left = record.images.length - pictures.length;
  return `<div class="image-grid">${pictures.join('')}</div>${left > 0 ? `<p class="note">${left} more image${left === 1 ? '' : 's'} not shown here.</p>` : ''}`;
}

function drawTable(record: TableRecord): string {
  const head = record.columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('');
  const rows = record.rows
    .slice(0, MAX_TABLE_ROWS)
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell === null ? '' : String(cell))}</td>`).join('')}</tr>`)
    .join('');
  const shown = Math.min(record.rows.length, MAX_TABLE_ROWS);
  const more = record.total_rows > shown ? `<p class="note">First ${shown} of ${record.total_rows} rows.</p>` : '';
  return `<table class="data"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>${more}`;
}

/** From near-white to a strong blue, as the app's light heatmaps run. */
function blueShade(strength: number): string {
  const clamp = Math.max(0, Math.min(1, strength));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * clamp);
  return `rgb(${mix(239, 8)},${mix(246, 69)},${mix(255, 148)})`;
}

function shorten(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, Math.max(1, characters - 1))}…`;
}

// The pure parts of the display renderer: chart choices, image-grid geometry,
// the cap on kept pictures, cell formatting and file names.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BarRecord, HeatmapRecord, ImagesRecord, LineRecord, ScatterRecord } from '../../src/shared/display';
import { annotationColor, chartOptions } from '../../src/renderer/display/chart-specs';
import { keepRecentDisplays, droppedDisplaysNote } from '../../src/renderer/display/display-cap';
import { cellOrigin, greyLevel, gridLayout, pixelAt } from '../../src/renderer/display/image-grid-layout';
import { pictureFileName } from '../../src/renderer/display/save-picture';
import { formatCell } from '../../src/renderer/display/TableView';

const light = { width: 600, dark: false };
const chartText = { title: null, note: null, x_label: null, y_label: null };

describe('chart options', () => {
  it('a scatter with groups gets a categorical legend; numbers get a continuous one', () => {
    const base: ScatterRecord = { kind: 'scatter', ...chartText, x: [1, 2], y: [3, 4], colors: ['a', 'b'], line: null, total_points: 2 };
    expect(chartOptions(base, light).color).toMatchObject({ type: 'categorical', legend: true });
    expect(chartOptions({ ...base, colors: [1, 2] }, light).color).toMatchObject({ type: 'linear', legend: true });
    expect(chartOptions({ ...base, colors: null }, light).color).toBeUndefined();
  });

  it('the left margin makes room for the widest tick label', () => {
    const prices: ScatterRecord = { kind: 'scatter', ...chartText, x: [1, 2], y: [-1, 755000], colors: null, line: null, total_points: 2 };
    expect(chartOptions(prices, light).marginLeft).toBe(Math.ceil(14 + '-755,000'.length * 6.5));
  });

  it('a fitted line adds a second mark; axis labels fall back to x and y', () => {
    const record: ScatterRecord = { kind: 'scatter', ...chartText, x: [1, 2], y: [3, 4], colors: null, line: { slope: 1, intercept: 2 }, total_points: 2 };
    const options = chartOptions(record, light);
    expect(options.marks).toHaveLength(2);
    expect(options.x).toMatchObject({ label: 'x' });
  });

  it('short curves get point markers, long ones do not', () => {
    const curve = (length: number): LineRecord => ({
      kind: 'line', ...chartText,
      series: [{ name: null, x: Array.from({ length }, (_, i) => i), y: Array.from({ length }, (_, i) => i) }],
    });
    expect(chartOptions(curve(10), light).marks).toHaveLength(2);
    expect(chartOptions(curve(500), light).marks).toHaveLength(1);
  });

  it('many or long bar labels turn the bars sideways and make room for the labels', () => {
    const bars = (labels: string[]): BarRecord => ({ kind: 'bar', ...chartText, labels, values: labels.map(() => 1) });
    expect(chartOptions(bars(['a', 'b']), light).marginLeft).toBe(40);
    const sideways = chartOptions(bars(['Overall_Qual', 'b']), light);
    expect(sideways.marginLeft).toBeGreaterThan(60);
    expect(sideways.y).toMatchObject({ domain: ['Overall_Qual', 'b'] });
  });

  it('a heat map annotates roomy cells only', () => {
    const matrix = (side: number): HeatmapRecord => ({
      kind: 'heatmap', ...chartText,
      values: Array.from({ length: side }, () => Array.from({ length: side }, () => 1)),
      row_labels: Array.from({ length: side }, (_, i) => String(i)),
      column_labels: Array.from({ length: side }, (_, i) => String(i)),
      annotate: true,
    });
    expect(chartOptions(matrix(10), light).marks).toHaveLength(2);
    expect(chartOptions(matrix(60), light).marks).toHaveLength(1);
  });

  it('annotations contrast with their cell in both schemes', () => {
    expect(annotationColor(9, 0, 10, false)).toBe('#ffffff');
    expect(annotationColor(1, 0, 10, false)).toBe('#0b1320');
    expect(annotationColor(9, 0, 10, true)).toBe('#0b1320');
    expect(annotationColor(1, 0, 10, true)).toBe('#ffffff');
  });
});

describe('image grid', () => {
  const digits = (count: number, columns: number | null = null): ImagesRecord => ({
    kind: 'images', title: null, note: null, columns, value_range: [0, 16],
    images: Array.from({ length: count }, (_, i) => ({
      pixels: Array.from({ length: 8 }, () => Array.from({ length: 8 }, () => i % 17)),
      label: String(i % 10),
    })),
  });

  it('scales 8x8 digits up by a whole factor and fits as many as the width allows', () => {
    const layout = gridLayout(digits(30), 500);
    expect(layout.scale).toBe(9);
    expect(layout.columns).toBe(6);
    expect(layout.width).toBeLessThanOrEqual(500);
  });

  it('honours the columns the program asked for', () => {
    expect(gridLayout(digits(30, 10), 500).columns).toBe(10);
    expect(gridLayout(digits(3, 10), 500).columns).toBe(3);
  });

  it('finds the pixel under any point inside an image, and none in the gaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 80, max: 900 }), fc.nat(), fc.nat(7), fc.nat(7), (count, width, pick, row, column) => {
        const record = digits(count);
        const layout = gridLayout(record, width);
        const image = pick % count;
        const origin = cellOrigin(layout, image);
        const hit = pixelAt(record, layout, origin.x + column * layout.scale + 1, origin.y + row * layout.scale + 1);
        expect(hit).toEqual({ image, row, column });
      }),
    );
    const layout = gridLayout(digits(4), 500);
    expect(pixelAt(digits(4), layout, layout.imageWidth + 2, 5)).toBeNull();
  });

  it('draws high values as ink: dark on light pages, light on dark ones', () => {
    expect(greyLevel(16, [0, 16], false)).toBe(0);
    expect(greyLevel(0, [0, 16], false)).toBe(255);
    expect(greyLevel(16, [0, 16], true)).toBe(255);
    expect(greyLevel(8, [0, 16], true)).toBe(128);
  });
});

describe('keeping the most recent pictures', () => {
  it('drops the oldest pictures beyond the cap and keeps all text', () => {
    const entries = [
      { kind: 'stdout', n: 0 },
      ...Array.from({ length: 5 }, (_, n) => ({ kind: 'display', n: n + 1 })),
      { kind: 'stdout', n: 6 },
    ];
    const { entries: kept, dropped } = keepRecentDisplays(entries, 3);
    expect(dropped).toBe(2);
    expect(kept.map((entry) => entry.n)).toEqual([0, 3, 4, 5, 6]);
    expect(keepRecentDisplays(kept, 3)).toEqual({ entries: kept, dropped: 0 });
    expect(droppedDisplaysNote(1200)).toBe('1,200 earlier pictures were left out; the last 200 are shown.');
  });
});

describe('small formats', () => {
  it('table cells keep integers whole and round long fractions', () => {
    expect(formatCell(2010)).toBe('2010');
    expect(formatCell(0.123456789)).toBe('0.123457');
    expect(formatCell(null)).toBe('');
    expect(formatCell(true)).toBe('true');
    expect(formatCell('nan')).toBe('nan');
  });

  it('file names come from the title, else the kind', () => {
    expect(pictureFileName('Sale price vs. living area (m²)', 'scatter')).toBe('sale-price-vs-living-area-m');
    expect(pictureFileName(null, 'heatmap')).toBe('heatmap');
    expect(pictureFileName('***', 'bar')).toBe('bar');
  });
});

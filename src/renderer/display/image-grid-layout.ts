// Where each small image of an image grid goes, and the grey of each pixel.
// Pure, so the canvas drawing and the hover lookup share one layout.

import type { ImagesRecord } from '../../shared/display';

export interface GridLayout {
  columns: number;
  /** Screen pixels per image pixel. */
  scale: number;
  /** One grid cell: the image plus its label line. */
  cellWidth: number;
  cellHeight: number;
  imageWidth: number;
  imageHeight: number;
  width: number;
  height: number;
}

export const GRID_GAP = 10;
export const LABEL_HEIGHT = 18;
/** Images are scaled up by whole factors until they are about this wide. */
const TARGET_IMAGE_PX = 72;

export function gridLayout(record: ImagesRecord, availableWidth: number): GridLayout {
  const imageRows = Math.max(...record.images.map((image) => image.pixels.length));
  const imageColumns = Math.max(...record.images.map((image) => image.pixels[0]?.length ?? 0));
  const scale = Math.max(1, Math.floor(TARGET_IMAGE_PX / Math.max(imageRows, imageColumns)));
  const imageWidth = imageColumns * scale;
  const imageHeight = imageRows * scale;
  const hasLabels = record.images.some((image) => image.label !== null);
  const cellWidth = imageWidth;
  const cellHeight = imageHeight + (hasLabels ? LABEL_HEIGHT : 0);
  const fitting = Math.max(1, Math.floor((availableWidth + GRID_GAP) / (cellWidth + GRID_GAP)));
  const columns = Math.min(record.columns ?? fitting, record.images.length);
  const rows = Math.ceil(record.images.length / columns);
  return {
    columns,
    scale,
    cellWidth,
    cellHeight,
    imageWidth,
    imageHeight,
    width: columns * cellWidth + (columns - 1) * GRID_GAP,
    height: rows * cellHeight + (rows - 1) * GRID_GAP,
  };
}

/** Top-left corner of image `index`. */
export function cellOrigin(layout: GridLayout, index: number): { x: number; y: number } {
  const column = index % layout.columns;
  const row = Math.floor(index / layout.columns);
  return { x: column * (layout.cellWidth + GRID_GAP), y: row * (layout.cellHeight + GRID_GAP) };
}

export interface PixelHit {
  image: number;
  row: number;
  column: number;
}

/** The image pixel under a point of the grid, or null between images. */
export function pixelAt(record: ImagesRecord, layout: GridLayout, x: number, y: number): PixelHit | null {
  const column = Math.floor(x / (layout.cellWidth + GRID_GAP));
  const row = Math.floor(y / (layout.cellHeight + GRID_GAP));
  if (column < 0 || column >= layout.columns || row < 0) return null;
  const image = row * layout.columns + column;
  const pixels = record.images[image]?.pixels;
  if (!pixels) return null;
  const origin = cellOrigin(layout, image);
  const pixelRow = Math.floor((y - origin.y) / layout.scale);
  const pixelColumn = Math.floor((x - origin.x) / layout.scale);
  if (pixelRow < 0 || pixelRow >= pixels.length || pixelColumn < 0 || pixelColumn >= (pixels[0]?.length ?? 0)) {
    return null;
  }
  return { image, row: pixelRow, column: pixelColumn };
}

/** 0–255: high values are ink, dark on a light page and light on a dark one. */
export function greyLevel(value: number, [low, high]: [number, number], dark: boolean): number {
  const strength = Math.min(1, Math.max(0, (value - low) / (high - low)));
  return Math.round(255 * (dark ? strength : 1 - strength));
}

import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ImagesRecord } from '../../shared/display';
import { cellOrigin, gridLayout, greyLevel, pixelAt, type GridLayout } from './image-grid-layout';
import type { PictureSource } from './PlotChart';
import { paletteOf, standaloneCanvasSvg } from './save-picture';
import { useDarkScheme } from './use-dark-scheme';
import { useElementWidth } from './use-element-width';

interface Hover {
  text: string;
  x: number;
  y: number;
}

/** Small greyscale images in a grid on one canvas; hovering names the pixel under the pointer. */
export function ImageGrid({ record, picture }: { record: ImagesRecord; picture: PictureSource }) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(box);
  const dark = useDarkScheme();
  const [hover, setHover] = useState<Hover | null>(null);
  const layout = useMemo(() => (width > 0 ? gridLayout(record, width) : null), [record, width]);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !layout || !box.current) return;
    drawGrid(element, record, layout, dark, getComputedStyle(box.current));
    const container = box.current;
    picture.current = () => standaloneCanvasSvg(element, record.title, paletteOf(container));
    return () => {
      picture.current = null;
    };
  }, [record, layout, dark, picture]);

  const onMouseMove = (event: MouseEvent<HTMLCanvasElement>) => {
    if (!layout) return;
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - bounds.left;
    const y = event.clientY - bounds.top;
    const hit = pixelAt(record, layout, x, y);
    if (!hit) return setHover(null);
    const image = record.images[hit.image]!;
    const value = image.pixels[hit.row]![hit.column]!;
    const label = image.label === null ? '' : ` (${image.label})`;
    setHover({ text: `image ${hit.image + 1}${label}: row ${hit.row}, column ${hit.column} = ${value}`, x, y });
  };

  return (
    <div ref={box} className="display-images">
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${record.images.length} images`}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
      />
      {hover && (
        <div className="display-hover" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {hover.text}
        </div>
      )}
    </div>
  );
}

function drawGrid(canvas: HTMLCanvasElement, record: ImagesRecord, layout: GridLayout, dark: boolean, style: CSSStyleDeclaration) {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.ceil(layout.width * ratio);
  canvas.height = Math.ceil(layout.height * ratio);
  canvas.style.width = `${layout.width}px`;
  canvas.style.height = `${layout.height}px`;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(ratio, ratio);
  context.imageSmoothingEnabled = false;
  context.font = `12px ${style.fontFamily}`;
  context.textAlign = 'center';
  const borderColor = style.getPropertyValue('--border').trim() || '#cccccc';
  record.images.forEach((image, index) => {
    const origin = cellOrigin(layout, index);
    const rows = image.pixels.length;
    const columns = image.pixels[0]?.length ?? 0;
    context.drawImage(imageBitmap(image.pixels, record.value_range, dark), origin.x, origin.y, columns * layout.scale, rows * layout.scale);
    context.strokeStyle = borderColor;
    context.strokeRect(origin.x + 0.5, origin.y + 0.5, columns * layout.scale - 1, rows * layout.scale - 1);
    if (image.label !== null) {
      context.fillStyle = style.color;
      context.fillText(image.label, origin.x + layout.cellWidth / 2, origin.y + layout.imageHeight + 13, layout.cellWidth);
    }
  });
}

/** One image at one screen pixel per image pixel, to be scaled up without smoothing. */
function imageBitmap(pixels: number[][], range: [number, number], dark: boolean): HTMLCanvasElement {
  const rows = pixels.length;
  const columns = pixels[0]?.length ?? 0;
  const bitmap = document.createElement('canvas');
  bitmap.width = columns;
  bitmap.height = rows;
  const context = bitmap.getContext('2d');
  if (!context) return bitmap;
  const data = context.createImageData(columns, rows);
  pixels.forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      const grey = greyLevel(value, range, dark);
      const offset = 4 * (rowIndex * columns + columnIndex);
      data.data.set([grey, grey, grey, 255], offset);
    }),
  );
  context.putImageData(data, 0, 0);
  return bitmap;
}

// Saving a display as an SVG or PNG file, with no network: the chart's own SVG is
// copied into one standalone SVG (title, legend and plot), and the PNG is that SVG
// drawn onto a canvas.

const SVG_NS = 'http://www.w3.org/2000/svg';
const PNG_SCALE = 2;
const TITLE_HEIGHT = 30;
const SWATCH_ROW_HEIGHT = 20;
const PADDING = 12;

export interface PagePalette {
  foreground: string;
  background: string;
  fontFamily: string;
}

export function paletteOf(element: Element): PagePalette {
  const style = getComputedStyle(element);
  let background = style.backgroundColor;
  for (let node: Element | null = element; node && isTransparent(background); node = node.parentElement) {
    background = getComputedStyle(node).backgroundColor;
  }
  return {
    foreground: style.color,
    background: isTransparent(background) ? '#ffffff' : background,
    fontFamily: style.fontFamily,
  };
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || color === 'rgba(0, 0, 0, 0)';
}

/** A standalone SVG of a Plot chart (an <svg>, or a <figure> with legends) under its title. */
export function standaloneChartSvg(chart: Element, title: string | null, palette: PagePalette): SVGSVGElement {
  const width = Math.ceil(chart.getBoundingClientRect().width) || 640;
  const root = svgElement('svg');
  let y = PADDING;
  if (title) {
    root.append(textElement(title, PADDING, y + 16, { 'font-size': '15', 'font-weight': '600' }));
    y += TITLE_HEIGHT;
  }
  const parts = chart instanceof SVGSVGElement ? [chart] : Array.from(chart.children);
  for (const part of parts) {
    if (part instanceof SVGSVGElement) {
      const copy = part.cloneNode(true) as SVGSVGElement;
      copy.querySelectorAll('[aria-label="tip"]').forEach((tip) => tip.remove());
      const height = Math.ceil(part.getBoundingClientRect().height);
      copy.setAttribute('x', String(PADDING));
      copy.setAttribute('y', String(y));
      copy.setAttribute('width', String(Math.ceil(part.getBoundingClientRect().width)));
      copy.setAttribute('height', String(height));
      root.append(copy);
      y += height;
    } else if (part.querySelector('svg')) {
      y += appendSwatches(root, part, y, width);
    }
  }
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width + 2 * PADDING));
  root.setAttribute('height', String(y + PADDING));
  root.setAttribute('viewBox', `0 0 ${width + 2 * PADDING} ${y + PADDING}`);
  root.setAttribute('style', `color: ${palette.foreground}; font-family: ${palette.fontFamily}; font-size: 11px`);
  root.prepend(backgroundRect(palette.background));
  return root;
}

/** Plot draws categorical legends as HTML swatches; redraw them as SVG. Returns the height used. */
function appendSwatches(root: SVGSVGElement, legend: Element, top: number, width: number): number {
  let x = PADDING;
  let y = top;
  for (const swatch of Array.from(legend.children)) {
    const marker = swatch.querySelector('svg');
    const label = swatch.textContent?.trim() ?? '';
    if (!marker) continue;
    const itemWidth = 22 + label.length * 7;
    if (x + itemWidth > width && x > PADDING) {
      x = PADDING;
      y += SWATCH_ROW_HEIGHT;
    }
    const fill = marker.getAttribute('fill') ?? getComputedStyle(marker).fill;
    const square = svgElement('rect', { x, y: y + 4, width: 12, height: 12, fill });
    root.append(square, textElement(label, x + 17, y + 14, {}));
    x += itemWidth;
  }
  return y - top + SWATCH_ROW_HEIGHT + 4;
}

/** A standalone SVG holding a canvas's picture (used for image grids). */
export function standaloneCanvasSvg(canvas: HTMLCanvasElement, title: string | null, palette: PagePalette): SVGSVGElement {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const root = svgElement('svg');
  const top = PADDING + (title ? TITLE_HEIGHT : 0);
  if (title) root.append(textElement(title, PADDING, PADDING + 16, { 'font-size': '15', 'font-weight': '600' }));
  root.append(svgElement('image', { x: PADDING, y: top, width, height, href: canvas.toDataURL('image/png') }));
  const totalWidth = width + 2 * PADDING;
  const totalHeight = top + height + PADDING;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(totalWidth));
  root.setAttribute('height', String(totalHeight));
  root.setAttribute('viewBox', `0 0 ${totalWidth} ${totalHeight}`);
  root.setAttribute('style', `color: ${palette.foreground}; font-family: ${palette.fontFamily}`);
  root.prepend(backgroundRect(palette.background));
  return root;
}

function backgroundRect(color: string): SVGElement {
  return svgElement('rect', { width: '100%', height: '100%', fill: color });
}

function svgElement(name: string, attributes: Record<string, string | number> = {}): SVGSVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGSVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function textElement(text: string, x: number, y: number, attributes: Record<string, string>): SVGElement {
  const element = svgElement('text', { x, y, fill: 'currentColor', ...attributes });
  element.textContent = text;
  return element;
}

export function svgBlob(svg: SVGSVGElement): Blob {
  const text = new XMLSerializer().serializeToString(svg);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${text}`], { type: 'image/svg+xml' });
}

export async function pngBlob(svg: SVGSVGElement): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw on a canvas.');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Sale price by area" → "sale-price-by-area"; untitled displays are named by kind. */
export function pictureFileName(title: string | null, kind: string): string {
  const slug = (title ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || kind;
}

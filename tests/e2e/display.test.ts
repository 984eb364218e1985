// Pictures from Python in a real Chromium against browser mode: every kind of
// buildpath.show record is drawn, hovers, saves as SVG and PNG, follows the pane's
// width and colour scheme, and a program drawing in a loop keeps the window usable.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip } from './support/chromium';
import { screenshotDir, startBrowserApp, type BrowserApp } from './support/browser-app';
import { outputPane, pasteProgram, waitForPythonReady, waitForRunToFinish } from './support/workbench-page';

const chromiumPath = chromiumOrSkip();

const EVERY_KIND = `from buildpath import show
import math

sales = [{"Gr_Liv_Area": 800 + 37 * i % 2000, "Sale_Price": 90000 + (37 * i % 2000) * 95 + (i * 7919 % 40000), "Year": 1950 + i % 60} for i in range(45)]
show.table(sales, title="Sales")
print("between the table and the scatter")
areas = [row["Gr_Liv_Area"] for row in sales]
prices = [row["Sale_Price"] for row in sales]
show.scatter(areas, prices, title="Price by living area", x_label="Gr_Liv_Area", y_label="Sale_Price",
             colors=["one storey" if i % 3 else "two storeys" for i in range(45)], line=(95, 34000))
show.line({"train": [1 / (1 + 0.3 * e) for e in range(30)], "test": [1.1 / (1 + 0.25 * e) + 0.05 for e in range(30)]},
          title="Loss", x_label="epoch", y_label="loss")
show.bar(["ham", "spam"], [2788, 1813], title="Messages", y_label="messages")
show.histogram([math.sin(i) * 50 + (i % 7) * 10 for i in range(500)], bins=12, title="Spread", x_label="value")
show.heatmap([[50, 2, 1], [3, 45, 4], [0, 6, 48]], row_labels=["0", "1", "2"], column_labels=["0", "1", "2"],
             title="Confusion matrix", x_label="predicted", y_label="actual")
digit = [[0, 0, 5, 13, 9, 1, 0, 0], [0, 0, 13, 15, 10, 15, 5, 0], [0, 3, 15, 2, 0, 11, 8, 0], [0, 4, 12, 0, 0, 8, 8, 0],
         [0, 5, 8, 0, 0, 9, 8, 0], [0, 4, 11, 0, 1, 12, 7, 0], [0, 2, 14, 5, 10, 12, 0, 0], [0, 0, 6, 13, 10, 0, 0, 0]]
show.images([digit] * 12, labels=[0] * 12, title="Digits")
print("done")
`;

const KINDS = ['table', 'scatter', 'line', 'bar', 'histogram', 'heatmap', 'images'] as const;

function display(page: Page, kind: string): Locator {
  return outputPane(page).locator(`figure[data-kind="${kind}"]`);
}

async function run(page: Page, code: string): Promise<void> {
  await pasteProgram(page, code);
  await page.getByRole('button', { name: 'Run' }).click();
  await waitForRunToFinish(page);
}

/** Scrolls a display into view (drawing is lazy) and waits for its chart. */
async function drawn(page: Page, kind: string, selector: string): Promise<Locator> {
  const figure = display(page, kind);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator(selector).first().waitFor();
  return figure;
}

describe.skipIf(chromiumPath === null)('pictures from Python in the output pane', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp(chromiumPath!);
    await app.page.goto(`${app.server.url}#/scratchpad`);
    await waitForPythonReady(app.page);
    await run(app.page, EVERY_KIND);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows every kind in program order, between the printed lines', async () => {
    const { page } = app;
    const kinds = await outputPane(page).locator('figure[data-testid="display"]').evaluateAll((figures) =>
      figures.map((figure) => figure.getAttribute('data-kind')),
    );
    expect(kinds).toEqual([...KINDS]);
    const text = await outputPane(page).innerText();
    expect(text.indexOf('Sales')).toBeLessThan(text.indexOf('between the table and the scatter'));
    expect(text.indexOf('between the table and the scatter')).toBeLessThan(text.indexOf('Price by living area'));
    expect(text.trim().endsWith('done')).toBe(true);
  });

  it('draws each record with the marks its data asks for', async () => {
    const { page } = app;
    const table = await drawn(page, 'table', 'tbody tr');
    expect(await table.locator('tbody tr').count()).toBe(20);
    expect(await table.locator('th').allInnerTexts()).toEqual(['Gr_Liv_Area', 'Sale_Price', 'Year']);
    await table.getByRole('button', { name: 'Next' }).click();
    await table.getByText('rows 21–40 of 45').waitFor();

    const scatter = await drawn(page, 'scatter', 'svg circle');
    expect(await scatter.locator('svg circle').count()).toBe(45);
    expect(await scatter.getByText('two storeys').count()).toBeGreaterThan(0);
    expect(await scatter.locator('g[aria-label="x-axis label"]').textContent()).toContain('Gr_Liv_Area');

    const line = await drawn(page, 'line', 'g[aria-label="line"] path');
    expect(await line.locator('g[aria-label="line"] path').count()).toBe(2);

    const bar = await drawn(page, 'bar', 'g[aria-label="bar"] rect');
    expect(await bar.locator('g[aria-label="bar"] rect').count()).toBe(2);

    const histogram = await drawn(page, 'histogram', 'g[aria-label="rect"] rect');
    expect(await histogram.locator('g[aria-label="rect"] rect').count()).toBe(12);

    const heatmap = await drawn(page, 'heatmap', 'g[aria-label="cell"] rect');
    expect(await heatmap.locator('g[aria-label="cell"] rect').count()).toBe(9);
    expect(await heatmap.locator('g[aria-label="text"] text').allTextContents()).toContain('45');

    const images = await drawn(page, 'images', 'canvas');
    const ink = await images.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d')!;
      const ratio = canvas.width / canvas.clientWidth;
      // Row 1, column 3 of the first digit holds 15 (ink); row 0, column 0 holds 0 (paper).
      const scale = 9 * ratio;
      const at = (row: number, column: number) => context.getImageData((column + 0.5) * scale, (row + 0.5) * scale, 1, 1).data[0]!;
      return { ink: at(1, 3), paper: at(0, 0) };
    });
    expect(ink.ink).toBeLessThan(40);
    expect(ink.paper).toBeGreaterThan(215);
  });

  it('shows values on hover', async () => {
    const { page } = app;
    const bar = await drawn(page, 'bar', 'g[aria-label="bar"] rect');
    const box = (await bar.locator('g[aria-label="bar"] rect').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await bar.locator('g[aria-label="tip"] text').first().waitFor();
    expect(await bar.locator('g[aria-label="tip"]').textContent()).toContain('2,788');

    const images = await drawn(page, 'images', 'canvas');
    const canvas = (await images.locator('canvas').boundingBox())!;
    await page.mouse.move(canvas.x + 3.5 * 9, canvas.y + 1.5 * 9);
    await images.getByText('image 1 (0): row 1, column 3 = 15').waitFor();
  });

  it('saves a chart as SVG and PNG files made in the window', async () => {
    const { page } = app;
    const heatmap = await drawn(page, 'heatmap', 'g[aria-label="cell"] rect');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), heatmap.getByRole('button', { name: 'Save as SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('confusion-matrix.svg');
    await svgDownload.saveAs(path.join(screenshotDir, 'display-saved.svg'));
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Confusion matrix');
    expect(svg.match(/<rect/g)!.length).toBeGreaterThanOrEqual(9);

    const scatter = await drawn(page, 'scatter', 'svg circle');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), scatter.getByRole('button', { name: 'Save as PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('price-by-living-area.png');
    await pngDownload.saveAs(path.join(screenshotDir, 'display-saved.png'));
    const png = await readFile((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(600); // width in pixels, drawn at twice the size

    const images = await drawn(page, 'images', 'canvas');
    const [gridDownload] = await Promise.all([page.waitForEvent('download'), images.getByRole('button', { name: 'Save as SVG' }).click()]);
    expect(gridDownload.suggestedFilename()).toBe('digits.svg');
    expect(await readFile((await gridDownload.path())!, 'utf8')).toMatch(/<image [^>]*href="data:image\/png;base64,/);
  });

  it('follows the pane width', async () => {
    const { page } = app;
    await drawn(page, 'scatter', 'svg circle');
    const chartWidth = () =>
      page.evaluate(() => {
        const svgs = document.querySelectorAll('figure[data-kind="scatter"] svg');
        return Math.max(...Array.from(svgs, (svg) => Number(svg.getAttribute('width')) || 0));
      });
    const before = await chartWidth();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.waitForFunction((old) => {
      const svgs = document.querySelectorAll('figure[data-kind="scatter"] svg');
      return Math.max(...Array.from(svgs, (svg) => Number(svg.getAttribute('width')) || 0)) < old;
    }, before);
    expect(await chartWidth()).toBeLessThan(before);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('looks right in light and dark', async () => {
    const { page } = app;
    // A tall window gives the output pane room to show each display whole.
    await page.setViewportSize({ width: 1280, height: 2400 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const kind of KINDS) {
        const figure = display(page, kind);
        await figure.scrollIntoViewIfNeeded();
        await figure.locator('table, svg, canvas').first().waitFor();
        await figure.screenshot({ path: path.join(screenshotDir, `display-${kind}-${scheme}.png`) });
      }
    }
    const darkText = await display(page, 'bar').evaluate((figure) => getComputedStyle(figure).color);
    expect(darkText).not.toBe('rgb(29, 36, 48)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('keeps the last 200 of thousands of pictures and draws only those in view', async () => {
    const { page } = app;
    await run(page, 'from buildpath import show\nfor i in range(1000):\n    show.bar(["a", "b"], [i, 1000 - i], title=f"bar {i}")\nprint("finished")');
    await outputPane(page).getByText('800 earlier pictures were left out; the last 200 are shown.').waitFor();
    expect(await display(page, 'bar').count()).toBe(200);
    expect(await display(page, 'bar').last().locator('.display-title').innerText()).toBe('bar 999');
    const drawnCharts = await outputPane(page).locator('figure[data-kind="bar"] svg').count();
    expect(drawnCharts).toBeLessThan(40);
    await page.screenshot({ path: path.join(screenshotDir, 'display-many.png') });
  });

  it('rejects bad data with a Python error naming the argument', async () => {
    const { page } = app;
    await run(page, 'from buildpath import show\nshow.scatter([1, 2, 3], [1, 2])');
    expect(await outputPane(page).innerText()).toContain('ValueError: show.scatter: x has 3 values but y has 2');
    expect(await outputPane(page).locator('figure').count()).toBe(0);
  });
});

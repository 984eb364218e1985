// The output pane in a real Chromium: it follows a printing program to its last line,
// and leaves the learner's scroll position alone once they scroll up to read.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { screenshotOnFailure, startBrowserApp, type BrowserApp } from './support/browser-app';
import { outputPane, pasteProgram, PYTHON_READY_MS, RUN_MS, waitForPythonReady, waitForRunToFinish } from './support/workbench-page';

const chromiumPath = chromiumOrSkip();

 // Many lines at once, then a line printed in two parts, stderr between stdout.
const FLOOD = [
  'import sys',
  'for i in range(6000):',
  '    print("row", i)',
  'print("half a line", end="")',
  'print(" and its end")',
  'print("to stderr", file=sys.stderr)',
  'print("last")',
  '',
].join('\n');
const FLOOD_TEXT = [...Array.from({ length: 6000 }, (_, i) => `row ${i}`), 'half a line and its end', 'to stderr', 'last'].join('\n');

const SLOW_PRINTER = 'import time\nfor i in range(300):\n    print("line", i)\n    time.sleep(0.01)\n';

/** Pixels between the bottom of the printed text and the bottom of the pane's visible area (padding aside). */
async function gapBelowOutput(page: Page): Promise<{ below: number; above: number }> {
  return page.evaluate(() => {
    const scroller = document.querySelector('[data-testid="output"]')!.getBoundingClientRect();
    const text = document.querySelector('[data-testid="output"] .output-text')!.getBoundingClientRect();
    return { below: text.bottom - scroller.bottom, above: scroller.top - text.top };
  });
}

describe.skipIf(chromiumPath === null)('the output pane', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp(chromiumPath!);
    await app.page.goto(`${app.server.url}#/scratchpad`);
    await waitForPythonReady(app.page);
  }, PYTHON_READY_MS);

  screenshotOnFailure('editor-output', () => app?.page);

  afterAll(async () => {
    await app?.close();
  });

  it('stays on the last line while a program prints', async () => {
    const { page } = app;
    await pasteProgram(page, SLOW_PRINTER);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await outputPane(page).getByText('line 150').waitFor({ timeout: RUN_MS });
    expect((await gapBelowOutput(page)).below).toBeLessThanOrEqual(12);
    await waitForRunToFinish(page);
    await page.waitForTimeout(200);
    expect(await outputPane(page).innerText()).toContain('line 299');
    const gap = await gapBelowOutput(page);
    expect(gap.below).toBeLessThanOrEqual(12);
    expect(gap.above).toBeGreaterThan(1_000); // the start of the output is scrolled out of view
  });

  it('keeps the top in view when the learner scrolls up while output arrives', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await outputPane(page).getByText('line 100').waitFor({ timeout: RUN_MS });
    await outputPane(page).hover();
    await page.mouse.wheel(0, -100_000);
    // The wheel scrolls smoothly: under load the animation can take longer than a fixed pause.
    await expect.poll(async () => (await gapBelowOutput(page)).above, { timeout: 3_000 }).toBeLessThanOrEqual(12);
    await waitForRunToFinish(page);
    await page.waitForTimeout(200);
    const gap = await gapBelowOutput(page);
    expect(gap.above).toBeLessThanOrEqual(12);
    expect(gap.below).toBeGreaterThan(1_000);
  });

  it('shows a flood of output in many small chunks that read and copy as exactly what was printed', async () => {
    const { page } = app;
    await pasteProgram(page, FLOOD);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForRunToFinish(page);
    await outputPane(page).getByText('last').waitFor({ timeout: RUN_MS });
    const chunks = await outputPane(page).locator('.output-stdout .output-chunk').evaluateAll((found) => found.map((chunk) => chunk.textContent!.length));
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(4_096);
    // Chunks are inline boxes: innerText (what a copy gives) has no line break of theirs.
    expect((await outputPane(page).innerText()).trimEnd()).toBe(FLOOD_TEXT);
    await outputPane(page).locator('.output-text').evaluate((text) => window.getSelection()!.selectAllChildren(text));
    expect((await page.evaluate(() => window.getSelection()!.toString())).trimEnd()).toBe(FLOOD_TEXT);
  });
});

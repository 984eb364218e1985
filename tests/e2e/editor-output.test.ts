// The output pane in a real Chromium: it follows a printing program to its last line,
// and leaves the learner's scroll position alone once they scroll up to read.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { screenshotOnFailure, startBrowserApp, type BrowserApp } from './support/browser-app';
import { outputPane, pasteProgram, PYTHON_READY_MS, RUN_MS, waitForPythonReady, waitForRunToFinish } from './support/workbench-page';

const chromiumPath = chromiumOrSkip();

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
    await page.waitForTimeout(200);
    expect((await gapBelowOutput(page)).above).toBeLessThanOrEqual(12);
    await waitForRunToFinish(page);
    await page.waitForTimeout(200);
    const gap = await gapBelowOutput(page);
    expect(gap.above).toBeLessThanOrEqual(12);
    expect(gap.below).toBeGreaterThan(1_000);
  });
});

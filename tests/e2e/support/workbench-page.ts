// What a learner does on the first screen, in Playwright terms.

import type { Page } from 'playwright-core';

/** Generous limits: Python's first load takes seconds on a busy 2-core machine. */
export const PYTHON_READY_MS = 90_000;
export const RUN_MS = 30_000;

export async function waitForPythonReady(page: Page): Promise<void> {
  await page.getByTestId('python-status').getByText(/ready in \d+\.\d s/).waitFor({ timeout: PYTHON_READY_MS });
}

async function clearEditor(page: Page): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.locator('.monaco-editor.focused').waitFor();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
}

/** Replaces the editor's content by typing, as a learner would (Monaco's auto-closing included). */
export async function typeProgram(page: Page, code: string): Promise<void> {
  await clearEditor(page);
  // A short pause between keys, as a person types: on a loaded 2-core machine a
  // burst of synthetic keys can outrun the editor's input handling.
  await page.keyboard.type(code, { delay: 20 });
}

/** Replaces the editor's content with a paste, so auto-indentation cannot alter multi-line code. */
export async function pasteProgram(page: Page, code: string): Promise<void> {
  await clearEditor(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+V');
}

export async function editorText(page: Page): Promise<string> {
  // Monaco renders spaces as non-breaking spaces.
  return (await page.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
}

export function outputPane(page: Page) {
  return page.getByTestId('output');
}

export async function waitForRunToFinish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run' }).and(page.locator(':enabled')).waitFor({ timeout: RUN_MS });
}

/** Line numbers (1-based) that carry an error squiggle in the editor. */
export async function linesWithErrorMarker(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const topOf = (element: Element) => (element.closest('[style*="top"]') as HTMLElement | null)?.style.top ?? '';
    const lineByTop = new Map<string, number>();
    for (const number of document.querySelectorAll('.monaco-editor .margin-view-overlays .line-numbers')) {
      lineByTop.set(topOf(number), Number(number.textContent));
    }
    const lines = [...document.querySelectorAll('.monaco-editor .view-overlays .squiggly-error')].map(
      (squiggle) => lineByTop.get(topOf(squiggle)) ?? -1,
    );
    return [...new Set(lines)].sort((a, b) => a - b);
  });
}

// The editor's language help in a real Chromium against browser mode: completions,
// signature help, hovers and syntax errors from the language worker's Pyodide,
// before any Run and while a program keeps the Python worker busy.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOrSkip } from './support/chromium';
import { screenshotOnFailure, startBrowserApp, type BrowserApp } from './support/browser-app';
import { linesWithErrorMarker, outputPane, pasteProgram, PYTHON_READY_MS, waitForPythonReady, waitForRunToFinish } from './support/workbench-page';

const chromiumPath = chromiumOrSkip();
const HELP_MS = 15_000;

const LEARNER_FILE = `import math

def load_rows(path, limit=None):
    """Read the rows of a CSV file, at most limit of them."""
    return []

`;

async function waitForLanguageHelp(page: Page): Promise<void> {
  await page.locator('[data-testid="editor"][data-language-help="ready"]').waitFor({ timeout: PYTHON_READY_MS });
}

/** The file pasted, then `typed` typed at its end, key by key. */
async function writeAndType(page: Page, file: string, typed: string): Promise<void> {
  await pasteProgram(page, file);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(typed, { delay: 40 });
}

/** Moves the mouse onto `word` in the last editor token that contains it (tokens merge, so the word is found by its offset). */
async function hoverWord(page: Page, word: string): Promise<void> {
  const token = page.locator('.monaco-editor .view-line span span', { hasText: word }).last();
  const [text, box] = await Promise.all([token.innerText(), token.boundingBox()]);
  if (!box) throw new Error(`no box for the token holding ${word}`);
  const characterWidth = box.width / text.length;
  await page.mouse.move(box.x + characterWidth * (text.indexOf(word) + word.length / 2), box.y + box.height / 2);
}

function suggestions(page: Page) {
  return page.locator('.monaco-editor .suggest-widget.visible .monaco-list-row');
}

describe.skipIf(chromiumPath === null)('language help in the editor', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp(chromiumPath!);
    await app.page.goto(`${app.server.url}#/scratchpad`);
    await waitForLanguageHelp(app.page);
  });

  screenshotOnFailure('editor-language', () => app?.page);

  afterAll(async () => {
    await app?.close();
  });

  it('offers sqrt for math.sq', async () => {
    const { page } = app;
    await writeAndType(page, LEARNER_FILE, 'math.sq');
    await expect.poll(() => suggestions(page).allInnerTexts(), { timeout: HELP_MS }).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sqrt/)]),
    );
    await page.keyboard.press('Escape');
  });

  it("shows a learner function's parameters while its call is typed, moving to the next after a comma", async () => {
    const { page } = app;
    const hints = page.locator('.monaco-editor .parameter-hints-widget.visible');
    await writeAndType(page, LEARNER_FILE, 'rows = load_rows(');
    await expect.poll(() => hints.innerText(), { timeout: HELP_MS }).toContain('load_rows(path, limit=None)');
    await page.keyboard.type('"a.csv", ', { delay: 40 });
    await expect.poll(() => hints.locator('.parameter.active').innerText(), { timeout: HELP_MS }).toBe('limit=None');
    await page.keyboard.press('Escape');
  });

  it("shows a learner function's docstring on hover", async () => {
    const { page } = app;
    await pasteProgram(page, `${LEARNER_FILE}rows = load_rows("a.csv")\n`);
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
    await expect.poll(async () => {
      await page.mouse.move(0, 0);
      await hoverWord(page, 'load_rows');
      return hover.innerText({ timeout: 2_000 }).catch(() => '');
    }, { timeout: HELP_MS, interval: 500 }).toContain('Read the rows of a CSV file, at most limit of them.');
    expect(await hover.innerText()).toContain('def load_rows(path, limit=None)');
    await page.mouse.move(0, 0);
  });

  it('marks a missing colon before any Run, with the message a Run gives, and clears it once fixed', async () => {
    const { page } = app;
    await pasteProgram(page, 'def area(width, height)\n    return width * height\n');
    await expect.poll(() => linesWithErrorMarker(page), { timeout: HELP_MS }).toEqual([1]);
    expect(await outputPane(page).innerText()).not.toContain('SyntaxError');
    await hoverWord(page, ')');
    await expect.poll(() => page.locator('.monaco-editor .monaco-hover:not(.hidden)').innerText({ timeout: 2_000 }).catch(() => ''), { timeout: HELP_MS })
      .toContain("SyntaxError: expected ':'");
    await page.mouse.move(0, 0);
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.keyboard.type(':');
    await expect.poll(() => linesWithErrorMarker(page), { timeout: HELP_MS }).toEqual([]);
  });

  it('still completes while an endless loop runs', async () => {
    const { page } = app;
    await waitForPythonReady(page);
    await pasteProgram(page, 'import math\nwhile True:\n    pass\n');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByRole('button', { name: 'Stop' }).and(page.locator(':enabled')).waitFor();
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('x = math.fl', { delay: 40 });
    await expect.poll(() => suggestions(page).allInnerTexts(), { timeout: HELP_MS }).toEqual(
      expect.arrayContaining([expect.stringMatching(/^floor/)]),
    );
    expect(await page.getByRole('button', { name: 'Stop' }).isEnabled()).toBe(true); // the loop was still running
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitForRunToFinish(page);
  });
  it("offers the attributes of the learner's own objects after a Run", async () => {
    const { page } = app;
    await waitForPythonReady(page);
    const program = 'class Basket:\n    def __init__(self):\n        self.items = []\n\n    def add_item(self, name, count=1):\n        """Put count of name in the basket."""\n        self.items.append((name, count))\n\nbasket = Basket()\nrows = [1, 2]\n';
    await pasteProgram(page, program);
    await page.getByRole('button', { name: 'Run' }).click();
    await waitForRunToFinish(page);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('basket.', { delay: 40 });
    await expect.poll(() => suggestions(page).allInnerTexts(), { timeout: HELP_MS }).toEqual(
      expect.arrayContaining([expect.stringMatching(/^add_item/), expect.stringMatching(/^items/)]),
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('rows.app', { delay: 40 });
    await expect.poll(() => suggestions(page).allInnerTexts(), { timeout: HELP_MS }).toEqual(
      expect.arrayContaining([expect.stringMatching(/^append/)]),
    );
    await page.keyboard.press('Escape');
  });
});

// The workbench's first screen in a real Chromium against browser mode: typing,
// running, streaming, stopping, error markers, isolation and path confinement.

import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip } from './support/chromium';
import { repoRoot, screenshotDir, startBrowserApp, type BrowserApp } from './support/browser-app';
import {
  editorText,
  linesWithErrorMarker,
  outputPane,
  pasteProgram,
  RUN_MS,
  typeProgram,
  waitForPythonReady,
  waitForRunToFinish,
} from './support/workbench-page';

const chromiumPath = chromiumOrSkip();

/** A raw GET, so the path reaches the server exactly as written (no URL normalisation). */
function rawGet(port: number, rawPath: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs in the page: keeps every text the Python status showed, in order. */
function recordPythonStatusHistory(): void {
  const history: string[] = [];
  (window as unknown as { pythonStatusHistory: string[] }).pythonStatusHistory = history;
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="python-status"]')?.textContent ?? '';
    if (text && history.at(-1) !== text) history.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

describe.skipIf(chromiumPath === null)('the first screen in browser mode', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp(chromiumPath!);
    await app.page.addInitScript(recordPythonStatusHistory);
    await app.page.goto(`${app.server.url}#/scratchpad`);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is cross-origin isolated, shows loading progress, then says Python is ready', async () => {
    const { page } = app;
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    await waitForPythonReady(page);
    expect(await page.getByTestId('python-status').innerText()).toMatch(/^Python 3\.14 ready in \d+\.\d s$/);
    expect(await page.getByTestId('status-bar').innerText()).toContain('Browser mode');
    const history = await page.evaluate(() => (window as unknown as { pythonStatusHistory: string[] }).pythonStatusHistory);
    expect(history[0]).toBe('Starting Python…');
    expect(history.some((text) => text.startsWith('Loading the Python runtime'))).toBe(true);
    expect(history.at(-1)).toMatch(/ready in/);
  });

  it('runs typed code and shows what it prints', async () => {
    const { page } = app;
    await typeProgram(page, 'print(sum(range(10)))');
    expect(await editorText(page)).toContain('print(sum(range(10)))');
    await page.getByRole('button', { name: 'Run' }).click();
    await waitForRunToFinish(page);
    expect((await outputPane(page).innerText()).trim()).toBe('45');
    await page.screenshot({ path: path.join(screenshotDir, 'foundation-run.png') });
  });

  it('runs with Ctrl/Cmd+Enter and keeps stdout and stderr apart, in order', async () => {
    const { page } = app;
    await pasteProgram(page, 'import sys\nprint("first")\nprint("second", file=sys.stderr)\nprint("third")\n');
    await page.keyboard.press('ControlOrMeta+Enter');
    await outputPane(page).getByText('third').waitFor({ timeout: RUN_MS });
    await waitForRunToFinish(page);
    const pieces = await outputPane(page)
      .locator('.output-stdout, .output-stderr')
      .evaluateAll((spans) => spans.map((span) => [span.className, span.textContent?.trim()]));
    expect(pieces).toEqual([
      ['output-stdout', 'first'],
      ['output-stderr', 'second'],
      ['output-stdout', 'third'],
    ]);
  });

  it('stops an endless loop with Stop, then runs the next program', async () => {
    const { page } = app;
    await pasteProgram(page, 'while True:\n    pass\n');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByTestId('run-state').getByText('Running…').waitFor({ timeout: RUN_MS });
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitForRunToFinish(page);
    expect(await outputPane(page).innerText()).toContain('Stopped: your program was interrupted (KeyboardInterrupt).');
    expect(await editorText(page)).toContain('while True:');

    await pasteProgram(page, 'print("after stop", 6 * 7)');
    await page.getByRole('button', { name: 'Run' }).click();
    await waitForRunToFinish(page);
    expect((await outputPane(page).innerText()).trim()).toBe('after stop 42');
  });

  it('restarts Python when a program ignores Stop, says so, and keeps the code', async () => {
    const { page } = app;
    const stubborn = 'while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass\n';
    await pasteProgram(page, stubborn);
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByTestId('run-state').getByText('Running…').waitFor({ timeout: RUN_MS });
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitForRunToFinish(page);
    expect(await outputPane(page).innerText()).toContain('did not stop when asked, so Python was restarted');
    expect(await editorText(page)).toContain('except KeyboardInterrupt:');

    await pasteProgram(page, 'print("fresh python")');
    await page.getByRole('button', { name: 'Run' }).click();
    await waitForPythonReady(page);
    await waitForRunToFinish(page);
    expect((await outputPane(page).innerText()).trim()).toBe('fresh python');
  });

  it('shows output while a program is still running, and cuts endless printing with a note', async () => {
    const { page } = app;
    await pasteProgram(page, 'i = 0\nwhile True:\n    print("line", i)\n    i += 1\n');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByTestId('output-cut').waitFor({ timeout: RUN_MS });
    expect(await page.getByRole('button', { name: 'Stop' }).isEnabled()).toBe(true);
    expect(await outputPane(page).innerText()).toContain('line 0\nline 1\n');
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitForRunToFinish(page);
  });

  it('marks the line an exception came from, with a trimmed traceback', async () => {
    const { page } = app;
    await pasteProgram(page, 'def half(x):\n    return x / 0\n\ntotal = 10\nprint(half(total))\n');
    await page.getByRole('button', { name: 'Run' }).click();
    await waitForRunToFinish(page);
    const traceback = await outputPane(page).locator('.output-stderr').innerText();
    expect(traceback).toContain('ZeroDivisionError');
    expect(traceback).not.toContain('_pyodide');
    await page.locator('.squiggly-error').first().waitFor();
    expect(await linesWithErrorMarker(page)).toEqual([2]);
    await page.screenshot({ path: path.join(screenshotDir, 'foundation-error.png') });
  });

  it('marks the line of a syntax error', async () => {
    const { page } = app;
    await pasteProgram(page, 'x = 1\nif x > 0\n    print(x)\n');
    await page.getByRole('button', { name: 'Run' }).click();
    await waitForRunToFinish(page);
    expect(await outputPane(page).locator('.output-stderr').innerText()).toContain('SyntaxError');
    await page.locator('.squiggly-error').first().waitFor();
    expect(await linesWithErrorMarker(page)).toEqual([2]);
  });

  it("follows the system's dark colour scheme", async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [red, green, blue] = (background.match(/\d+/g) ?? []).map(Number);
      expect((red! + green! + blue!) / 3).toBeLessThan(60);
      // The editor's theme follows a change listener, a moment after the page's colours.
      await page.waitForFunction(() => document.querySelector('.monaco-editor')?.classList.contains('vs-dark'));
      await page.screenshot({ path: path.join(screenshotDir, 'foundation-dark.png') });
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps the code after a reload', async () => {
    const { page } = app;
    await pasteProgram(page, 'print("kept across reloads")\n');
    await page.reload();
    await page.locator('.monaco-editor .view-lines').waitFor();
    expect(await editorText(page)).toContain('print("kept across reloads")');
  });

  it('refuses requests that try to leave the served folder', async () => {
    const { port } = app.server;
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/%2E%2E/package.json',
      '/pyodide/..%2f..%2fpackage.json',
      '/pyodide/%2e%2e/%2e%2e/package.json',
      '/..\\package.json',
      '//etc/passwd',
      `/${path.join(repoRoot, 'package.json')}`,
    ];
    for (const attempt of attempts) {
      const { status } = await rawGet(port, attempt);
      expect({ attempt, status }).toEqual({ attempt, status: 403 });
    }
  });

  it('sends the isolation headers and the right type with every file, Pyodide included', async () => {
    const { port } = app.server;
    const wasm = await rawGet(port, '/pyodide/pyodide.asm.wasm');
    expect(wasm.status).toBe(200);
    expect(wasm.headers['content-type']).toBe('application/wasm');
    const index = await rawGet(port, '/');
    for (const response of [wasm, index]) {
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(response.headers['cross-origin-embedder-policy']).toBe('require-corp');
      expect(response.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    }
  });
});

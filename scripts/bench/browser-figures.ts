// Figures measured in Chromium against browser mode: page load to Python ready
// (cold profile, then a reload with the browser's caches warm) next to a bare
// loadPyodide() on the same origin, the longest main-thread task while Python
// runs, and the page's memory.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/server';
import { createHostServices } from '../../src/services/host-services';

const REPO = path.resolve(import.meta.dirname, '../..');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-blink-features=ForceEagerMeasureMemory',
];

interface Browser {
  server: RunningServer;
  open(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }>;
  close(): Promise<void>;
}

async function startBrowser(executablePath: string): Promise<Browser> {
  const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-bench-'));
  const services = createHostServices({ mode: 'browser', version: 'bench', workspaceDir });
  const server = await startServer({ rendererDir: path.join(REPO, 'out', 'renderer'), services, port: 0 });
  return {
    server,
    async open() {
      const profile = await mkdtemp(path.join(os.tmpdir(), 'buildpath-bench-chromium-'));
      const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
      const page = context.pages()[0] ?? (await context.newPage());
      return {
        context,
        page,
        async close() {
          await context.close();
          await rm(profile, { recursive: true, force: true });
        },
      };
    },
    async close() {
      await server.close();
      await rm(workspaceDir, { recursive: true, force: true });
    },
  };
}

/** Milliseconds from navigation start until the status bar says Python is ready. */
async function loadToReady(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => /ready in/.test(document.querySelector('[data-testid="python-status"]')?.textContent ?? ''), null, {
    timeout: 120_000,
    polling: 10,
  });
  return page.evaluate(() => performance.now());
}

/** A bare loadPyodide() on the app's origin, in a page that does not load the app. */
async function bareLoad(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/pyodide/pyodide-lock.json`);
  return page.evaluate(async () => {
    const started = performance.now();
    const module = await import(/* @vite-ignore */ `${location.origin}/pyodide/pyodide.mjs`);
    await module.loadPyodide({ indexURL: `${location.origin}/pyodide/` });
    return performance.now() - started;
  });
}

export interface BrowserStart {
  ours: { cold: number[]; warm: number[] };
  bare: { cold: number[]; warm: number[] };
}

/** Opens each project's first milestone and runs its starter, so its data is loaded into Python. */
async function openEveryProject(page: Page, origin: string, firstMilestones: Array<[string, string]>): Promise<void> {
  for (const [slug, milestone] of firstMilestones) {
    await page.goto(`${origin}/#/p/${slug}/${milestone}`);
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await run.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
    await run.click();
    await page.waitForTimeout(300);
    await run.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
  }
}

export async function measureBrowser(executablePath: string, runs: number, firstMilestones: Array<[string, string]>) {
  const browser = await startBrowser(executablePath);
  const start: BrowserStart = { ours: { cold: [], warm: [] }, bare: { cold: [], warm: [] } };
  let longestTaskMs = Number.NaN;
  let longestTaskWhilePrintingMs = Number.NaN;
  let longestTaskWhileSleepingMs = Number.NaN;
  let pageMemoryMb = Number.NaN;
  try {
    for (let run = 0; run < runs; run++) {
      const bare = await browser.open();
      start.bare.cold.push(await bareLoad(bare.page, browser.server.url.replace(/\/$/, '')));
      start.bare.warm.push(await bareLoad(bare.page, browser.server.url.replace(/\/$/, '')));
      await bare.close();

      const app = await browser.open();
      start.ours.cold.push(await loadToReady(app.page, browser.server.url));
      start.ours.warm.push(await loadToReady(app.page, browser.server.url));
      if (run === runs - 1) {
        const origin = browser.server.url.replace(/\/$/, '');
        await app.page.goto(`${origin}/#/scratchpad`);
        ({ longestTaskMs, longestTaskWhilePrintingMs, longestTaskWhileSleepingMs } = await measureWhileRunning(app.page));
        await openEveryProject(app.page, origin, firstMilestones);
        pageMemoryMb = await pageMemory(app.page);
      }
      await app.close();
    }
  } finally {
    await browser.close();
  }
  return { start, longestTaskMs, longestTaskWhilePrintingMs, longestTaskWhileSleepingMs, pageMemoryMb };
}

const BUSY_LOOP = 'import time\nend = time.time() + 5\nn = 0\nwhile time.time() < end:\n    n += 1\nprint(n)\n';
const BUSY_PRINTING_LOOP = 'import time\nend = time.time() + 5\nn = 0\nwhile time.time() < end:\n    n += 1\n    print(n)\n';
const SLEEP = 'import time\ntime.sleep(5)\nprint("done")\n';

async function measureWhileRunning(page: Page) {
  await waitForLanguageHelp(page); // a steady state: the language worker has finished starting
  const busy = await longestTaskWhileRunning(page, BUSY_LOOP);
  const printing = await longestTaskWhileRunning(page, BUSY_PRINTING_LOOP);
  const sleeping = await longestTaskWhileRunning(page, SLEEP);
  return {
    longestTaskMs: busy.longestMs,
    longestTaskWhilePrintingMs: printing.longestMs,
    longestTaskWhileSleepingMs: sleeping.longestMs,
    slowFrames: { busy: busy.slowFrames, printing: printing.slowFrames, sleeping: sleeping.slowFrames },
  };
}

/**
 * The long-task figures alone, in a fresh profile, for a targeted run
 * (`node --import tsx scripts/bench/editor.ts`).
 */
export async function measureEditorFigures(executablePath: string, repeats: number, progress: (line: string) => void = () => undefined) {
  const browser = await startBrowser(executablePath);
  try {
    const app = await browser.open();
    try {
      await loadToReady(app.page, `${browser.server.url}#/scratchpad`);
      const running: Array<Awaited<ReturnType<typeof measureWhileRunning>>> = [];
      for (let repeat = 0; repeat < repeats; repeat++) {
        running.push(await measureWhileRunning(app.page));
        progress(`run ${repeat + 1}: ${JSON.stringify(running.at(-1))}`);
      }
      return running;
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
  }
}

async function waitForLanguageHelp(page: Page): Promise<void> {
  await page.locator('[data-testid="editor"][data-language-help="ready"]').waitFor({ timeout: 120_000 });
}

async function replaceProgram(page: Page, code: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** A long animation frame, with the scripts it ran (Chromium's Long Animation Frames API). */
export interface SlowFrame {
  durationMs: number;
  /** From the frame's start of rendering (rAF, style, layout, paint) to its end. */
  renderMs: number;
  scripts: Array<{ invoker: string; source: string; durationMs: number; forcedLayoutMs: number }>;
}

/** The longest main-thread task (Long Tasks API) while the app runs `code` for about 5 s, and the slow frames. */
async function longestTaskWhileRunning(page: Page, code: string): Promise<{ longestMs: number; slowFrames: SlowFrame[] }> {
  await page.evaluate(() => {
    const state = globalThis as unknown as { __longest: number; __frames: SlowFrame[]; __observers?: PerformanceObserver[] };
    for (const observer of state.__observers ?? []) observer.disconnect();
    state.__longest = 0;
    state.__frames = [];
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longest = Math.max(state.__longest, entry.duration);
    });
    tasks.observe({ type: 'longtask' });
    const frames = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<PerformanceEntry & { renderStart: number; scripts: Array<Record<string, unknown>> }>) {
        if (entry.duration <= 50) continue;
        state.__frames.push({
          durationMs: Math.round(entry.duration),
          renderMs: Math.round(entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0),
          scripts: entry.scripts.map((script) => ({
            invoker: String(script.invoker),
            source: `${String(script.sourceURL).split('/').pop()}:${String(script.sourceFunctionName)}@${String(script.sourceCharPosition)}`,
            durationMs: Math.round(Number(script.duration)),
            forcedLayoutMs: Math.round(Number(script.forcedStyleAndLayoutDuration)),
          })),
        });
      }
    });
    frames.observe({ type: 'long-animation-frame' });
    state.__observers = [tasks, frames];
  });
  await replaceProgram(page, code);
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await run.click();
  await page.waitForTimeout(1_000);
  await run.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500); // let the last batches of output render
  return page.evaluate(() => {
    const state = globalThis as unknown as { __longest: number; __frames: SlowFrame[] };
    return { longestMs: state.__longest, slowFrames: state.__frames };
  });
}

async function pageMemory(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const measure = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> })
      .measureUserAgentSpecificMemory;
    if (!measure) return Number.NaN;
    return (await measure.call(performance)).bytes / 1024 / 1024;
  });
}

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
        longestTaskMs = await longestTaskWhileRunning(app.page, 'import time\nend = time.time() + 5\nn = 0\nwhile time.time() < end:\n    n += 1\nprint(n)\n');
        longestTaskWhilePrintingMs = await longestTaskWhileRunning(
          app.page,
          'import time\nend = time.time() + 5\nn = 0\nwhile time.time() < end:\n    n += 1\n    print(n)\n',
        );
        longestTaskWhileSleepingMs = await longestTaskWhileRunning(app.page, 'import time\ntime.sleep(5)\nprint("done")\n');
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

/** The longest main-thread task (Long Tasks API) while the app runs `code` for about 5 s. */
async function longestTaskWhileRunning(page: Page, code: string): Promise<number> {
  await page.evaluate(() => {
    const state = globalThis as unknown as { __longest: number };
    state.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longest = Math.max(state.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await run.click();
  await page.waitForTimeout(1_000);
  await run.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500); // let the last batches of output render
  return page.evaluate(() => (globalThis as unknown as { __longest: number }).__longest);
}

async function pageMemory(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const measure = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> })
      .measureUserAgentSpecificMemory;
    if (!measure) return Number.NaN;
    return (await measure.call(performance)).bytes / 1024 / 1024;
  });
}

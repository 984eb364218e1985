// What the main thread does while a program prints on every step: a Chromium trace of one
// run of the printing loop, summarised as the longest events by name (npm run build first):
//   node --import tsx scripts/bench/trace-printing.ts
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../src/server/server';
import { createHostServices } from '../../src/services/host-services';

const REPO = path.resolve(import.meta.dirname, '../..');
const PRINTING = 'import time\nend = time.time() + 5\nn = 0\nwhile time.time() < end:\n    n += 1\n    print(n)\n';

interface TraceEvent { name: string; ph: string; dur?: number; ts: number; tid: number; pid: number; args?: { name?: string } }

const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-trace-'));
const services = createHostServices({ mode: 'browser', version: 'bench', workspaceDir });
const server = await startServer({ rendererDir: path.join(REPO, 'out', 'renderer'), services, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(`${server.url}#/scratchpad`);
  await page.locator('[data-testid="editor"][data-language-help="ready"]').waitFor({ timeout: 120_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => navigator.clipboard.writeText(text), PRINTING);
  await page.keyboard.press('ControlOrMeta+V');
  await page.waitForTimeout(1_500);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline', '__metadata'] }, transferMode: 'ReportEvents' });
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await run.click();
  await page.waitForTimeout(1_000);
  await run.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = events.filter((event) => main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && (event.dur ?? 0) > 0);
  const totals = new Map<string, { total: number; longest: number; count: number }>();
  for (const event of onMain) {
    const row = totals.get(event.name) ?? { total: 0, longest: 0, count: 0 };
    row.total += event.dur! / 1000;
    row.longest = Math.max(row.longest, event.dur! / 1000);
    row.count += 1;
    totals.set(event.name, row);
  }
  const rows = [...totals.entries()].sort((a, b) => b[1].longest - a[1].longest).slice(0, 25);
  for (const [name, row] of rows) process.stdout.write(`${name.padEnd(36)} longest ${row.longest.toFixed(1)} ms, total ${row.total.toFixed(0)} ms, ${row.count}×\n`);
} finally {
  await browser.close();
  await server.close();
  await rm(workspaceDir, { recursive: true, force: true });
}

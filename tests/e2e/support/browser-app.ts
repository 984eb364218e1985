// Starts browser mode in-process (port 0) and a fresh headless Chromium on it.

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { createHostServices } from '../../../src/services/host-services';
import { startServer, type RunningServer } from '../../../src/server/server';
import { CHROMIUM_ARGS } from './chromium';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const rendererDir = path.join(repoRoot, 'out', 'renderer');
export const screenshotDir = path.join(repoRoot, 'test-output');

/** `npm test` builds first; a direct `vitest run` builds here if nothing was built yet. */
function ensureBuilt(): void {
  if (existsSync(path.join(rendererDir, 'index.html'))) return;
  const electronVite = path.join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('electron-vite build failed');
}

export interface BrowserApp {
  server: RunningServer;
  page: Page;
  context: BrowserContext;
  workspaceDir: string;
  close(): Promise<void>;
}

export interface BrowserAppOptions {
  /** A folder of packs to serve instead of the repository's projects/. */
  projectsRoot?: string;
}

export async function startBrowserApp(executablePath: string, options: BrowserAppOptions = {}): Promise<BrowserApp> {
  ensureBuilt();
  const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-e2e-workspace-'));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-e2e-chromium-'));
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const services = createHostServices({ mode: 'browser', version, workspaceDir, projectsRoot: options.projectsRoot });
  const server = await startServer({ rendererDir, services, port: 0 });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await mkdir(screenshotDir, { recursive: true });
  return {
    server,
    page,
    context,
    workspaceDir,
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
      await rm(workspaceDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot named after each failing test, `<prefix>-failed-<test>.png`. */
export function screenshotOnFailure(prefix: string, page: () => Page | undefined): void {
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    const name = context.task.name.slice(0, 40).replace(/\W+/g, '-');
    await page()?.screenshot({ path: path.join(screenshotDir, `${prefix}-failed-${name}.png`) });
  });
}

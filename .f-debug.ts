import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createHostServices } from './src/services/host-services';
import { startServer } from './src/server/server';
import { CHROMIUM_ARGS } from './tests/e2e/support/chromium';
import { pasteProgram } from './tests/e2e/support/workbench-page';

const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'bp-f-ws-'));
const projectsRoot = path.resolve('projects');
const services = createHostServices({ mode: 'browser', version: 'dev', workspaceDir, projectsRoot });
const server = await startServer({ rendererDir: '/tmp/bp-f-out/renderer', services, port: 0 });
const context = await chromium.launchPersistentContext(await mkdtemp(path.join(os.tmpdir(), 'bp-f-chr-')), {
  executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 860 },
});
const page = context.pages()[0] ?? (await context.newPage());
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(server.url + '#/p/house-prices/03-explore-features');
await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
await page.getByRole('button', { name: 'Run' }).click();
await page.waitForTimeout(20000);
await page.screenshot({ path: '/tmp/bp-f/run.png' });
await page.keyboard.press('ControlOrMeta+Shift+Enter');
await page.waitForTimeout(15000);
await page.screenshot({ path: '/tmp/bp-f/check.png' });
await context.close();
await server.close();

// throwaway dev script (engineer F): screenshots of the workbench
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createHostServices } from './src/services/host-services';
import { startServer } from './src/server/server';
import { CHROMIUM_ARGS } from './tests/e2e/support/chromium';

const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'bp-f-ws-'));
const projectsRoot = process.env.PROJ ?? path.resolve('tests/fixtures/packs');
const services = createHostServices({ mode: 'browser', version: 'dev', workspaceDir, projectsRoot });
const server = await startServer({ rendererDir: '/tmp/bp-f-out/renderer', services, port: 0 });
const context = await chromium.launchPersistentContext(await mkdtemp(path.join(os.tmpdir(), 'bp-f-chr-')), {
  executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 860 },
  colorScheme: (process.env.SCHEME as 'dark' | 'light') ?? 'light',
});
const page = context.pages()[0] ?? (await context.newPage());
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(server.url + '#/');
await page.waitForTimeout(2500);
await page.screenshot({ path: '/tmp/bp-f/catalogue.png' });
const target = process.env.TARGET ?? '#/p/fixture-basics/02-variance';
await page.goto(server.url + target);
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/bp-f/milestone.png' });
await context.close();
await server.close();

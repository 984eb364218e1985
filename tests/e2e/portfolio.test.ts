// Export portfolio from the app in a real Chromium (browser mode, fixture pack): the
// app's Python checks each file, the host writes the folder; then the exported
// page is opened from disk with the network off and must show the code and a
// chart without fetching anything. The same export passes `verify`'s logic.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackService } from '../../src/services/packs';
import { createHostPortfolio, portfolioManifestSchema, verifyPortfolio } from '../../src/services/portfolio';
import { FIXTURE_PACKS, makePortfolioWorkspace } from '../support/portfolio-workspace';
import { sharedPython } from '../support/python';
import { chromiumOrSkip } from './support/chromium';
import { screenshotDir, screenshotOnFailure, startBrowserApp, type BrowserApp } from './support/browser-app';
import { PYTHON_READY_MS } from './support/workbench-page';

const chromiumPath = chromiumOrSkip();

describe.skipIf(chromiumPath === null)('the portfolio export', () => {
  let app: BrowserApp;
  let exportDir: string;

  beforeAll(async () => {
    app = await startBrowserApp(chromiumPath!, { projectsRoot: FIXTURE_PACKS });
    await makePortfolioWorkspace(true, app.workspaceDir);
    exportDir = path.join(app.workspaceDir, 'portfolio');
    await app.page.goto(`${app.server.url}#/`);
  });

  afterAll(async () => {
    await app?.close();
  });

  screenshotOnFailure('portfolio', () => app?.page);

  it('exports from the catalogue, asking for the name once', async () => {
    const { page } = app;
    const exporter = page.getByTestId('export-portfolio-all');
    await exporter.getByRole('button', { name: 'Export portfolio' }).click();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Ada <Lovelace>');
    await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
    await expect
      .poll(async () => (await exporter.getByRole('status').textContent({ timeout: 1000 }).catch(() => '')) ?? '', { timeout: PYTHON_READY_MS * 2 })
      .toContain('2 milestones (1 passed) exported to');
    await page.screenshot({ path: path.join(screenshotDir, 'portfolio-exported.png') });

    const manifest = portfolioManifestSchema.parse(JSON.parse(await readFile(path.join(exportDir, 'portfolio.json'), 'utf8')));
    expect(manifest.learner_name).toBe('Ada <Lovelace>');
    expect(manifest.projects[0]!.milestones.map((milestone) => [milestone.id, milestone.status])).toEqual([
      ['01-mean', 'pass'],
      ['02-variance', 'fail'],
    ]);

    // A second export does not ask again. It rewrites the folder the next test verifies, and
    // writes portfolio.json last: wait for its new one, so that test never reads a half-written export.
    await exporter.getByRole('button', { name: 'Export portfolio' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(async () => JSON.parse(await readFile(path.join(exportDir, 'portfolio.json'), 'utf8')).created_at, { timeout: PYTHON_READY_MS * 2 })
      .not.toBe(manifest.created_at);
  });

  it('holds claims a fresh headless run confirms', async () => {
    const report = await verifyPortfolio(exportDir, createPackService(FIXTURE_PACKS, { watch: false }), sharedPython());
    expect(report.findings).toEqual([]);
    expect(report.confirmed).toHaveLength(2);
  });

  it('opens from disk with the network off and shows the code and the chart', async () => {
    const page = await app.context.newPage();
    await app.context.setOffline(true);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const pageUrl = pathToFileURL(path.join(exportDir, 'index.html')).href;
    await page.goto(pageUrl);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ada <Lovelace>’s portfolio');
    const mean = page.locator('#fixture-basics-01-mean');
    expect(await mean.locator('pre.code').textContent()).toContain('def mean(values):');
    expect(await mean.locator('.py-keyword', { hasText: 'return' }).count()).toBeGreaterThan(0);
    const chart = mean.locator('svg[aria-label="Scores <b>by</b> week"]');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('circle').count()).toBe(4);
    expect(await mean.getByText('Solution viewed before passing').isVisible()).toBe(true);
    expect(await mean.getByText('Hints used: 2 of 4').isVisible()).toBe(true);
    expect(await page.locator('#fixture-basics-02-variance .badge').textContent()).toBe('Not passed yet');
    expect(await page.locator('script').count()).toBe(0);
    expect(requested).toEqual([pageUrl]);
    await page.screenshot({ path: path.join(screenshotDir, 'portfolio-page.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await mean.locator('pre.code').evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-wrap');
    await app.context.setOffline(false);
    await page.close();
  });

  it('saves the page as PDF through the host, printed by Chromium as the desktop app prints it', async () => {
    const printer = await app.context.newPage();
    const portfolio = createHostPortfolio({
      workspaceDir: app.workspaceDir,
      version: 'test',
      packs: createPackService(FIXTURE_PACKS, { watch: false }),
      printToPdf: async (pageFile, pdfFile) => {
        await printer.goto(pathToFileURL(pageFile).href);
        await printer.pdf({ path: pdfFile, format: 'A4', printBackground: true });
      },
    });
    const pdfFile = await portfolio.savePortfolioPdf(null);
    expect(pdfFile).toBe(path.join(exportDir, 'portfolio.pdf'));
    const pdf = await readFile(pdfFile!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await expect(portfolio.savePortfolioPdf('fixture-basics')).rejects.toThrow('Export the portfolio first');
    await printer.close();
  });
});

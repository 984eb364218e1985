// The roadmap and the study planner in a real Chromium against browser mode: make a
// plan, pass a milestone in the workbench, see the projected finish date move; the
// roadmap's lanes; the "do these first" advice on a deep-learning milestone; a
// changed plan kept in the history; the Foundations stage once its project is
// installed. Real files in a temporary workspace.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip } from './support/chromium';
import { repoRoot, screenshotDir, screenshotOnFailure, startBrowserApp, type BrowserApp } from './support/browser-app';
import { pasteProgram, PYTHON_READY_MS } from './support/workbench-page';

const chromiumPath = chromiumOrSkip();
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'packs', 'fixture-basics');

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `planner-${name}.png`), fullPage: true });
}

async function finishDate(page: Page): Promise<string> {
  return (await page.getByTestId('finish-date').getAttribute('data-date')) ?? '';
}

describe.skipIf(chromiumPath === null)('the roadmap and the study planner', () => {
  let app: BrowserApp;
  let projectsRoot: string;

  beforeAll(async () => {
    // The fixture pack (Machine Learning) and a copy of it presented as a Deep Learning project.
    projectsRoot = await mkdtemp(path.join(os.tmpdir(), 'buildpath-e2e-planner-'));
    await cp(FIXTURE, path.join(projectsRoot, 'fixture-basics'), { recursive: true });
    const deep = path.join(projectsRoot, 'fixture-deep');
    await cp(FIXTURE, deep, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(deep, 'project.json'), 'utf8'));
    await writeFile(
      path.join(deep, 'project.json'),
      JSON.stringify({ ...manifest, slug: 'fixture-deep', title: 'Fixture: deep averages', paths: ['deep-learning'] }),
    );
    app = await startBrowserApp(chromiumPath!, { projectsRoot });
    await app.page.goto(`${app.server.url}#/planner`);
  });

  screenshotOnFailure('planner', () => app?.page);

  afterAll(async () => {
    await app?.close();
    await rm(projectsRoot, { recursive: true, force: true });
  });

  it('asks for a plan, then projects a finish date from it', async () => {
    const { page } = app;
    expect(await page.getByTestId('projection-message').innerText()).toBe('Make a plan to see when you will finish.');
    expect(await page.getByTestId('reminder-note').innerText()).toMatch(/need the desktop app/);
    await page.getByLabel('Hours per week').fill('1');
    await page.getByLabel('Target path').selectOption('machine-learning');
    await page.getByRole('button', { name: 'Add a block' }).click();
    await page.getByRole('button', { name: 'Save plan' }).click();
    // 45 estimated minutes at 1 h a week: 0.75 weeks, the 6th day from today.
    await page.getByTestId('finish-date').waitFor();
    expect(await page.getByTestId('remaining').getAttribute('data-milestones')).toBe('2');
    expect(await page.getByTestId('projection').innerText()).toContain('6–8 h a week finishes a certification in 6–8 months');
    expect(await page.getByTestId('week-view').innerText()).toMatch(/of 1 h planned/);
    await shot(page, '1-plan');
    await page.getByRole('button', { name: 'Earlier week' }).click();
    expect(await page.getByTestId('week-view').locator('h3').innerText()).toMatch(/^Week, from /);
    await page.getByRole('button', { name: 'Later week' }).click();
    expect(await page.getByTestId('week-view').locator('h3').innerText()).toMatch(/^This week, from /);
  });

  it('moves the projection when a milestone is passed', async () => {
    const { page } = app;
    const before = await finishDate(page);
    await page.goto(`${app.server.url}#/p/fixture-basics/01-mean`);
    await page.getByTestId('milestone-screen').waitFor();
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    await pasteProgram(page, await readFile(path.join(FIXTURE, 'milestones', '01-mean', 'solution.py'), 'utf8'));
    await page.keyboard.press('ControlOrMeta+Shift+Enter'); // Check
    await page.locator('[data-testid="check-results"][data-status="pass"]').waitFor({ timeout: PYTHON_READY_MS });
    await page.getByTestId('milestone-status').waitFor(); // the pass is in the progress file, not only on screen

    await page.goto(`${app.server.url}#/planner`);
    await page.getByTestId('finish-date').waitFor();
    expect(await page.getByTestId('remaining').getAttribute('data-milestones')).toBe('1');
    // 25 minutes left at 1 h a week: the 3rd day instead of the 6th.
    const after = await finishDate(page);
    expect(after < before).toBe(true);
    expect(await page.getByTestId('projection').innerText()).toContain('1 milestone left on Machine Learning');
  });

  it('draws the three paths with the milestones that train them, coloured by status', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/roadmap`);
    const lanes = page.locator('[data-testid^="lane-"]');
    await lanes.first().waitFor();
    expect(await lanes.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')))).toEqual([
      'lane-foundations',
      'lane-machine-learning',
      'lane-ai-expert',
      'lane-deep-learning',
    ]);
    const ml = page.getByTestId('lane-machine-learning');
    expect(await ml.locator('.milestone-chip-passed').innerText()).toBe('The mean of a list');
    expect(await ml.innerText()).toContain('1 of 2 milestones passed');
    expect(await page.getByTestId('lane-deep-learning').innerText()).toContain('builds on Machine Learning (not finished)');
    expect(await page.getByTestId('lane-ai-expert').innerText()).toContain('No project trains this path yet.');
    // Its project is not in this workspace yet: the stage is drawn, empty, and advises nothing.
    expect(await page.getByTestId('lane-foundations').innerText()).toContain('No project of this stage is installed.');
    await shot(page, '2-roadmap');
  });

  it('recommends the machine-learning foundations before a deep-learning milestone, without locking it', async () => {
    const { page } = app;
    await page.getByTestId('lane-deep-learning').getByRole('button', { name: /Fixture: deep averages: The mean of a list/ }).click();
    await page.getByTestId('milestone-screen').waitFor();
    const advice = page.getByTestId('recommend-before');
    expect(await advice.innerText()).toMatch(/builds on Machine Learning, which you have not finished yet/);
    expect(await advice.getByRole('button', { name: /How spread out the scores are/ }).count()).toBe(1);
    await shot(page, '3-recommend-before');
    await advice.getByRole('button', { name: 'Carry on here' }).click();
    expect(await page.getByTestId('recommend-before').count()).toBe(0);
    expect(await page.getByTestId('milestone-screen').count()).toBe(1);
  });

  it('merges the earlier milestones of the project and the foundations into one banner', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/p/fixture-deep/02-variance`);
    await page.getByTestId('milestone-screen').waitFor();
    const advice = page.getByTestId('recommend-before');
    await advice.waitFor();
    expect(await advice.count()).toBe(1);
    expect(await page.locator('.notice-warning').count()).toBe(0); // no second warning of the milestone screen's own
    expect(await advice.innerText()).toContain(
      'builds on an earlier milestone of this project and on Machine Learning, which you have not finished yet. The suggested order is to do these 2 milestones first',
    );
    // This project's earlier milestone first, then the foundation.
    const groups = advice.locator('[data-testid="predecessor-warning"], [data-testid="foundation-milestones"]');
    expect(await groups.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')))).toEqual(['predecessor-warning', 'foundation-milestones']);
    expect(await advice.getByTestId('predecessor-warning').getByRole('button', { name: /Fixture: deep averages: The mean of a list/ }).count()).toBe(1);
    expect(await advice.getByTestId('foundation-milestones').getByRole('button', { name: /Fixture: averages and spread: How spread out the scores are/ }).count()).toBe(1);
    await shot(page, '4-do-these-first');
    await advice.getByRole('button', { name: 'Carry on here' }).click();
    expect(await page.getByTestId('recommend-before').count()).toBe(0);
    expect(await page.getByTestId('milestone-screen').count()).toBe(1);
  });

  it('keeps the earlier plan in the history when the plan is changed, across a reload', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/planner`);
    await page.getByLabel('Hours per week').fill('3');
    await page.getByRole('button', { name: 'Change plan' }).click();
    await expect.poll(() => page.getByText('Earlier plans (1)').count()).toBe(1);
    await page.reload();
    expect(await page.getByLabel('Hours per week').inputValue()).toBe('3');
    expect(await page.getByText('Earlier plans (1)').count()).toBe(1);
    const stored = JSON.parse(await readFile(path.join(app.workspaceDir, 'progress.json'), 'utf8'));
    expect(stored.plans.map((plan: { hours_per_week: number }) => plan.hours_per_week)).toEqual([1, 3]);
  });

  it('puts the maths-foundations project first and sends a first-path milestone to it', async () => {
    const { page } = app;
    await cp(path.join(repoRoot, 'projects', 'maths-foundations'), path.join(projectsRoot, 'maths-foundations'), { recursive: true });
    const stage = page.getByTestId('lane-foundations');
    await expect
      .poll(async () => {
        await page.goto(`${app.server.url}#/roadmap`);
        await stage.waitFor();
        return stage.locator('.milestone-chip').count();
      }, { timeout: 15_000 })
      .toBe(7);
    expect(await page.getByTestId('roadmap').innerText()).toContain('Suggested order: Foundations, then Machine Learning, then AI Expert, then Deep Learning.');
    expect(await page.getByTestId('lane-machine-learning').innerText()).toContain('builds on Foundations (not finished)');
    await shot(page, '5-foundations-lane');

    // fixture-basics/01 is passed; its second milestone is still advised against: the maths comes first.
    await page.goto(`${app.server.url}#/p/fixture-basics/02-variance`);
    await page.getByTestId('milestone-screen').waitFor();
    const advice = page.getByTestId('recommend-before');
    await advice.waitFor();
    expect(await advice.innerText()).toContain('builds on Foundations, which you have not finished yet. The suggested order is to do these 7 milestones first');
    expect(await advice.getByTestId('foundation-milestones').getByRole('button', { name: /The maths of machine learning, in code: Python for data/ }).count()).toBe(1);
    await shot(page, '6-foundations-first');

    await page.goto(`${app.server.url}#/planner`);
    await page.getByTestId('finish-date').waitFor();
    expect(await page.getByTestId('remaining').getAttribute('data-milestones')).toBe('8');
    expect(await page.getByTestId('projection').innerText()).toContain('8 milestones left on Machine Learning + Foundations');
  });
});

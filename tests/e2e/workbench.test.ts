// The guided workbench in a real Chromium against browser mode, on the fixture pack:
// open a project, solve and check a milestone, see progress in the catalogue, reload
// and find everything intact, unfold hints, reveal the solution through its
// confirmation, reset to the starter. Real files in a temporary workspace.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip } from './support/chromium';
import { repoRoot, screenshotDir, screenshotOnFailure, startBrowserApp, type BrowserApp } from './support/browser-app';
import { editorText, pasteProgram, PYTHON_READY_MS } from './support/workbench-page';

const chromiumPath = chromiumOrSkip();
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'packs', 'fixture-basics');
const CHECK_MS = PYTHON_READY_MS; // the first check also waits for Python to load

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `workbench-${name}.png`) });
}

async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

describe.skipIf(chromiumPath === null)('the guided workbench', () => {
  let app: BrowserApp;
  let projectsRoot: string;

  beforeAll(async () => {
    // The fixture pack, plus a broken one the catalogue must show rather than hide.
    projectsRoot = await mkdtemp(path.join(os.tmpdir(), 'buildpath-e2e-projects-'));
    await cp(FIXTURE, path.join(projectsRoot, 'fixture-basics'), { recursive: true });
    await mkdir(path.join(projectsRoot, 'half-written'));
    await writeFile(path.join(projectsRoot, 'half-written', 'project.json'), '{"format": 1, "title": "Half written"');
    app = await startBrowserApp(chromiumPath!, { projectsRoot });
    await app.page.goto(`${app.server.url}#/`);
  });

  screenshotOnFailure('workbench', () => app?.page);

  afterAll(async () => {
    await app?.close();
    await rm(projectsRoot, { recursive: true, force: true });
  });

  it('lists the projects with their progress, broken packs included', async () => {
    const { page } = app;
    const card = page.getByTestId('project-fixture-basics');
    await expect.poll(() => card.getByTestId('project-progress').innerText()).toBe('0 / 2 milestones passed');
    const broken = page.getByTestId('project-half-written');
    expect(await broken.innerText()).toMatch(/broken/i);
    expect(await broken.innerText()).toContain('project.json');
    expect(await page.getByTestId('workspace-dir').innerText()).toBe(app.workspaceDir);
    await shot(page, '1-catalogue');
  });

  it('opens a milestone, checks a written solution and marks the milestone passed', async () => {
    const { page } = app;
    await page.getByTestId('project-fixture-basics').getByRole('button', { name: 'Start' }).click();
    await page.getByTestId('instructions').waitFor();
    expect(await page.getByTestId('instructions').locator('.katex').count()).toBeGreaterThan(0); // the maths is typeset
    expect(await page.getByTestId('predecessor-warning').count()).toBe(0);
    await waitForSaved(page);

    const solution = await readFile(path.join(FIXTURE, 'milestones', '01-mean', 'solution.py'), 'utf8');
    await pasteProgram(page, solution);
    await page.keyboard.press('ControlOrMeta+Shift+Enter'); // Check
    await page.locator('[data-testid="check-results"][data-status="pass"]').waitFor({ timeout: CHECK_MS });
    expect(await page.getByTestId('milestone-status').innerText()).toBe('Passed');
    expect(await page.locator('[data-task-status]').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-verdict')))).toEqual(['pass', 'pass']);
    expect(await page.getByTestId('step-01-mean').getAttribute('data-status')).toBe('passed');
    // Saved to the workspace as a plain .py file.
    expect(await readFile(path.join(app.workspaceDir, 'fixture-basics', '01-mean.py'), 'utf8')).toBe(solution);
    await shot(page, '2-milestone-passed');

    await page.getByRole('link', { name: 'Projects' }).click();
    await expect.poll(() => page.getByTestId('project-fixture-basics').getByTestId('project-progress').innerText()).toBe('1 / 2 milestones passed');
    await shot(page, '3-catalogue-progress');
  });

  it('finds code and progress intact after a reload', async () => {
    const { page } = app;
    await page.getByTestId('project-fixture-basics').getByRole('button', { name: 'Continue' }).click();
    // Continue goes to the first milestone not passed.
    await page.locator('[data-testid="step-02-variance"][aria-current="step"]').waitFor();
    await page.getByTestId('step-01-mean').click();
    await page.reload();
    await page.getByTestId('milestone-screen').waitFor();
    await waitForSaved(page);
    expect(await editorText(page)).toContain('return sum(values) / len(values)');
    expect(await page.getByTestId('milestone-status').innerText()).toBe('Passed');
    // The last check's verdicts are remembered per task.
    expect(await page.locator('[data-task-status="1"]').getAttribute('data-verdict')).toBe('pass');
    const progress = JSON.parse(await readFile(path.join(app.workspaceDir, 'progress.json'), 'utf8'));
    expect(progress.projects['fixture-basics'].milestones['01-mean']).toMatchObject({ status: 'passed', checks_run: 1, solution_seen: false });
  });

  it('offers a change made to the file outside the app instead of overwriting it', async () => {
    const { page } = app;
    const file = path.join(app.workspaceDir, 'fixture-basics', '01-mean.py');
    await writeFile(file, 'print("edited in another editor")\n');
    await page.evaluate(() => window.dispatchEvent(new Event('focus'))); // coming back to the window
    await page.getByTestId('disk-change').waitFor();
    expect(await readFile(file, 'utf8')).toBe('print("edited in another editor")\n');
    await page.getByRole('button', { name: 'Load the version on disk' }).click();
    await expect.poll(() => editorText(page)).toContain('edited in another editor');
    expect(await page.getByTestId('disk-change').count()).toBe(0);
  });

  it('unfolds hints one at a time, then offers the solution behind a confirmation', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+PageDown'); // next milestone
    await page.locator('[data-testid="step-02-variance"][aria-current="step"]').waitFor();
    await waitForSaved(page);
    const hints = page.getByTestId('hint');
    expect(await hints.count()).toBe(0);
    expect(await page.getByRole('button', { name: /solution/i }).count()).toBe(0);

    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expect.poll(() => hints.count()).toBe(1);
    await page.keyboard.press('ControlOrMeta+Shift+H');
    await expect.poll(() => hints.count()).toBe(2);
    expect(await page.getByRole('button', { name: /solution/i }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show hint 3 of 3' }).click();
    await expect.poll(() => hints.count()).toBe(3);
    expect(await hints.nth(1).locator('.katex').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Show the solution…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await shot(page, '4-solution-confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('solution').count()).toBe(0);

    await page.getByRole('button', { name: 'Show the solution…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show the solution' }).click();
    const comparison = page.getByTestId('solution').locator('.monaco-diff-editor');
    await comparison.waitFor();
    const sideText = async (side: 'original' | 'modified') =>
      (await comparison.locator(`.editor.${side} .view-lines`).innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(() => sideText('modified')).toContain('centre = mean(values)');
    expect(await sideText('original')).not.toContain('centre = mean(values)');
    await shot(page, '5-solution-side-by-side');
    const progress = JSON.parse(await readFile(path.join(app.workspaceDir, 'progress.json'), 'utf8'));
    expect(progress.projects['fixture-basics'].milestones['02-variance']).toMatchObject({ hints_used: 3, solution_seen: true, status: 'in_progress' });
    await page.getByTestId('solution').getByRole('button', { name: 'Close' }).click();
  });

  it('resets to the starter after asking, keeping the previous code recoverable', async () => {
    const { page } = app;
    const starter = await readFile(path.join(FIXTURE, 'milestones', '02-variance', 'starter.py'), 'utf8');
    await pasteProgram(page, 'print("my own attempt")\n');
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
    await page.getByTestId('reset-note').waitFor();
    expect(await page.getByTestId('reset-note').innerText()).toContain('.history');
    expect(await editorText(page)).toContain('def variance(values):');
    expect(await readFile(path.join(app.workspaceDir, 'fixture-basics', '02-variance.py'), 'utf8')).toBe(starter);
    const historyDir = path.join(app.workspaceDir, '.history', 'fixture-basics');
    const kept = await readdir(historyDir);
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(historyDir, kept[0]!), 'utf8')).toBe('print("my own attempt")\n');
    await shot(page, '6-after-reset');
  });
});

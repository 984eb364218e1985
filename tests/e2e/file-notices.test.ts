// Notices about the learner's files in a real Chromium against browser mode: a progress
// file from a newer Buildpath is announced read-only, and the notice goes once the file
// is one this version reads again (the learner comes back to the window); a Latin-1
// code file is shown with its accents, announced, kept as it was, and saved as UTF-8.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyProgressEvent, emptyProgress, PROGRESS_VERSION } from '../../src/shared/progress';
import { chromiumOrSkip } from './support/chromium';
import { repoRoot, screenshotDir, screenshotOnFailure, startBrowserApp, type BrowserApp } from './support/browser-app';
import { editorText } from './support/workbench-page';

const chromiumPath = chromiumOrSkip();
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'packs', 'fixture-basics');
const NOW = new Date();
const passed = applyProgressEvent(emptyProgress(NOW), { type: 'check_completed', project: 'fixture-basics', milestone: '01-mean', status: 'pass', tests: [{ task_id: 1, status: 'pass' }] }, NOW);

describe.skipIf(chromiumPath === null)('notices about the learner’s files', () => {
  let app: BrowserApp;
  let projectsRoot: string;

  beforeAll(async () => {
    projectsRoot = await mkdtemp(path.join(os.tmpdir(), 'buildpath-e2e-notices-'));
    await cp(FIXTURE, path.join(projectsRoot, 'fixture-basics'), { recursive: true });
    app = await startBrowserApp(chromiumPath!, { projectsRoot });
  });

  screenshotOnFailure('file-notices', () => app?.page);

  afterAll(async () => {
    await app?.close();
    await rm(projectsRoot, { recursive: true, force: true });
  });

  it('drops the read-only notice once progress.json is readable again', async () => {
    const { page } = app;
    const progressFile = path.join(app.workspaceDir, 'progress.json');
    await writeFile(progressFile, JSON.stringify({ ...passed, version: PROGRESS_VERSION + 1 }));
    await page.goto(`${app.server.url}#/`);
    const notice = page.getByTestId('progress-notice');
    await expect.poll(() => notice.innerText()).toMatch(/newer version of Buildpath.*read-only/s);

    await writeFile(progressFile, JSON.stringify(passed));
    await page.evaluate(() => window.dispatchEvent(new Event('focus'))); // the learner comes back from their file manager
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => page.getByTestId('project-fixture-basics').getByTestId('project-progress').innerText()).toBe('1 / 2 milestones passed');
  });

  it('shows a Latin-1 code file with its accents, keeps the original, and saves it as UTF-8', async () => {
    const { page } = app;
    const file = path.join(app.workspaceDir, 'fixture-basics', '02-variance.py');
    const latin1 = Buffer.from("# moyenne des scores, cf. l'énoncé\ndef variance(values):\n    return 0  # à faire\n", 'latin1');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, latin1);
    await page.goto(`${app.server.url}#/p/fixture-basics/02-variance`);
    const notice = page.getByTestId('encoding-notice');
    await expect.poll(() => notice.innerText()).toMatch(/not UTF-8.*Windows-1252.*kept in .*\.history/s);
    expect(await editorText(page)).toContain("l'énoncé");
    expect(await editorText(page)).not.toContain('\uFFFD');
    await page.screenshot({ path: path.join(screenshotDir, 'file-notices-latin1.png') });
    const keptAt = /kept in (\S+\.py)/.exec(await notice.innerText())![1]!;
    expect(await readFile(keptAt)).toEqual(latin1);

    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# fini');
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    await expect.poll(() => readFile(file, 'utf8')).toContain("l'énoncé");
    expect(await readFile(file, 'utf8')).toContain('# fini');
    expect(await readFile(keptAt)).toEqual(latin1);
  });
});

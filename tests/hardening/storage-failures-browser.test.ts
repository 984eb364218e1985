// A full disk and a read-only workspace, for real: the workspace folder is a 256 KiB
// tmpfs (filled up, then remounted read-only) under the running app in Chromium. The
// learner is told in plain words, the code stays in the editor, and saving resumes
// once the disk has room again. Needs root (mount); in CI its absence is an error.

import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip } from '../e2e/support/chromium';
import { repoRoot, startBrowserApp, type BrowserApp } from '../e2e/support/browser-app';
import { editorText, pasteProgram } from '../e2e/support/workbench-page';

const chromiumPath = chromiumOrSkip();
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'packs', 'fixture-basics');

function canMount(): boolean {
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
}

const mountable = canMount();
if (!mountable) {
  if (process.env.CI === 'true') throw new Error('The storage-failure tests need root to mount a small tmpfs.');
  console.log('Storage-failure tests SKIPPED: mounting a tmpfs needs root.');
}

describe.skipIf(chromiumPath === null || !mountable)('a workspace that cannot be written', () => {
  let app: BrowserApp;
  let projectsRoot: string;
  let mounted = false;
  const filler = () => path.join(app.workspaceDir, 'filler.bin');
  const saveState = () => app.page.getByTestId('save-state');
  const codeFile = () => path.join(app.workspaceDir, 'fixture-basics', '01-mean.py');

  beforeAll(async () => {
    projectsRoot = await mkdtemp(path.join(os.tmpdir(), 'buildpath-hardening-projects-'));
    await cp(FIXTURE, path.join(projectsRoot, 'fixture-basics'), { recursive: true });
    app = await startBrowserApp(chromiumPath!, { projectsRoot });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', app.workspaceDir]);
    mounted = true;
    await app.page.goto(`${app.server.url}#/`);
    await app.page.getByTestId('project-fixture-basics').getByRole('button', { name: 'Start' }).click();
    await app.page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
  });

  afterAll(async () => {
    if (mounted) execFileSync('umount', [app.workspaceDir]);
    await app?.close();
    await rm(projectsRoot, { recursive: true, force: true });
  });

  it('says the disk is full, keeps the code in the editor, and saves once there is room', async () => {
    const { page } = app;
    const before = await readFile(codeFile(), 'utf8');
    await writeFile(filler(), Buffer.alloc(512 * 1024)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOSPC') throw error;
    });
    const program = `def mean(values):\n    # typed while the disk was full\n    return sum(values) / len(values)\n${'#'.repeat(2000)}\n`;
    await pasteProgram(page, program);
    await page.locator('[data-testid="save-state"][data-state="failed"]').waitFor();
    expect(await page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringMatching(/^Your code could not be saved: the disk is full \(ENOSPC\)\. /));
    expect(await editorText(page)).toContain('typed while the disk was full');
    expect(await readFile(codeFile(), 'utf8')).toBe(before); // the old version, whole
    // The first edit is a progress event too, and it could not be saved either.
    await page.getByTestId('progress-error').waitFor();
    expect(await page.getByTestId('progress-error').innerText()).toMatch(/^Your progress could not be saved: the disk is full \(ENOSPC\)\. /);

    await rm(filler());
    await page.keyboard.type('# room again');
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    expect(await readFile(codeFile(), 'utf8')).toContain('typed while the disk was full');
    expect(await page.getByRole('alert').allInnerTexts()).not.toContainEqual(expect.stringMatching(/Your code could not be saved/));
    // The progress notice goes once progress is saved again (a hint revealed: a progress event).
    expect(await page.getByTestId('progress-error').count()).toBe(1);
    await page.keyboard.press('ControlOrMeta+Shift+H');
    await expect.poll(() => page.getByTestId('progress-error').count()).toBe(0);
    expect(JSON.parse(await readFile(path.join(app.workspaceDir, 'progress.json'), 'utf8')).projects['fixture-basics'].milestones['01-mean'].hints_used).toBe(1);
  });

  it('says the workspace is read-only and keeps the code in the editor', async () => {
    const { page } = app;
    execFileSync('mount', ['-o', 'remount,ro', app.workspaceDir]);
    try {
      const before = await readFile(codeFile(), 'utf8');
      await page.keyboard.type('\n# typed on a read-only disk');
      await page.locator('[data-testid="save-state"][data-state="failed"]').waitFor();
      expect(await page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringMatching(/^Your code could not be saved: the workspace folder is on a read-only disk \(EROFS\)\. /));
      expect(await editorText(page)).toContain('# typed on a read-only disk');
      expect(await readFile(codeFile(), 'utf8')).toBe(before);
      expect(await saveState().getAttribute('data-state')).toBe('failed');
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', app.workspaceDir]);
    }
  });
});

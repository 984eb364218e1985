import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyProgressEvent, emptyProgress, PROGRESS_VERSION, type ProgressEvent } from '../../src/shared/progress';
import { WorkspaceService } from '../../src/services/workspace/workspace-service';

const NOW = new Date('2026-11-21T20:00:00.000Z');
const where = { project: 'house-prices', milestone: '01-load-data' } as const;
const check: ProgressEvent = { type: 'check_completed', ...where, status: 'fail', tests: [{ task_id: 1, status: 'fail' }] };

let root: string;
let workspace: WorkspaceService;
let progressFile: string;

async function starterOf(project: string, milestone: string): Promise<string> {
  if (project === 'house-prices' && /^0[1-3]-/.test(milestone)) return '# starter\n';
  throw new Error(`No milestone ${project}/${milestone}`);
}

async function openWorkspace(): Promise<WorkspaceService> {
  const environment = { env: { BUILDPATH_WORKSPACE: root, BUILDPATH_CONFIG_DIR: path.join(root, '.config') }, home: root, platform: process.platform };
  return WorkspaceService.open(starterOf, environment, () => NOW);
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'buildpath-progress-'));
  workspace = await openWorkspace();
  progressFile = workspace.info().progressFile;
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function filesInRoot(): Promise<string[]> {
  return (await fs.readdir(root)).filter((name) => name.startsWith('progress.json')).sort();
}

describe('normal use', () => {
  it('starts empty and silent in a new workspace, without writing anything', async () => {
    const snapshot = await workspace.getProgress();
    expect(snapshot.progress.projects).toEqual({});
    expect(snapshot.notice).toBeUndefined();
    expect(await filesInRoot()).toEqual([]);
  });

  it('records events in a versioned JSON file, keeping the previous version as .bak', async () => {
    await workspace.recordEvent({ type: 'milestone_opened', ...where });
    await workspace.recordEvent(check);
    const saved = JSON.parse(await fs.readFile(progressFile, 'utf8'));
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.projects['house-prices'].milestones['01-load-data'].checks_run).toBe(1);
    const backup = JSON.parse(await fs.readFile(`${progressFile}.bak`, 'utf8'));
    expect(backup.projects['house-prices'].milestones['01-load-data'].checks_run).toBe(0);
  });

  it('applies concurrent events one after another, losing none', async () => {
    await Promise.all(Array.from({ length: 25 }, () => workspace.recordEvent(check)));
    const { progress } = await (await openWorkspace()).getProgress();
    expect(progress.projects['house-prices']?.milestones['01-load-data']?.checks_run).toBe(25);
  });

  it('refuses events that are malformed or name a milestone that does not exist', async () => {
    await expect(workspace.recordEvent({ type: 'check_completed', ...where })).rejects.toThrow();
    await expect(workspace.recordEvent({ type: 'activity', project: 'house-prices', milestone: '09-nope' })).rejects.toThrow('No milestone');
    await expect(workspace.loadCode('../../etc', '01-load-data')).rejects.toThrow();
    await expect(workspace.saveCode('house-prices', '01-load-data', 'x', 'not-a-hash')).rejects.toThrow();
    expect(await filesInRoot()).toEqual([]);
  });
});

describe('damaged files', () => {
  it('moves a truncated file aside, says so, and restores the backup', async () => {
    await workspace.recordEvent(check);
    await workspace.recordEvent(check);
    const whole = await fs.readFile(progressFile, 'utf8');
    await fs.writeFile(progressFile, whole.slice(0, whole.length / 2));

    const snapshot = await (await openWorkspace()).getProgress();
    expect(snapshot.progress.projects['house-prices']?.milestones['01-load-data']?.checks_run).toBe(1);
    expect(snapshot.notice).toMatch(/damaged .*not valid JSON.*moved to .*progress\.json\.corrupt-2026-11-21T20-00-00-000Z.*restored from the backup/s);
    expect(await filesInRoot()).toEqual(['progress.json', 'progress.json.bak', 'progress.json.corrupt-2026-11-21T20-00-00-000Z']);
    // The damaged content is kept as it was, for whoever wants to look.
    expect(await fs.readFile(`${progressFile}.corrupt-2026-11-21T20-00-00-000Z`, 'utf8')).toBe(whole.slice(0, whole.length / 2));
  });

  it('rebuilds from the milestone files when the backup is unusable too, and says so', async () => {
    const opened = await workspace.loadCode('house-prices', '02-split');
    await workspace.saveCode('house-prices', '02-split', 'def split(rows):\n    return rows\n', opened.hash);
    await workspace.loadCode('house-prices', '03-model'); // opened, still the starter: not started
    await fs.writeFile(progressFile, '{"format":"buildpath-progress","version":1,"projects":7}');
    await fs.writeFile(`${progressFile}.bak`, '\u0000\u0000garbage');

    const fresh = await openWorkspace();
    const snapshot = await fresh.getProgress();
    expect(snapshot.notice).toMatch(/damaged \(.*\).*no usable backup.*rebuilt from the milestone files/s);
    expect(snapshot.progress.projects['house-prices']?.milestones['02-split']?.status).toBe('in_progress');
    expect(snapshot.progress.projects['house-prices']?.milestones['03-model']).toBeUndefined();
    // The rebuilt progress is saved and the notice stays visible for the session.
    expect(JSON.parse(await fs.readFile(progressFile, 'utf8')).projects['house-prices']).toBeDefined();
    expect((await fresh.recordEvent(check)).notice).toBe(snapshot.notice);
  });

  it('restores the backup when progress.json has disappeared', async () => {
    await workspace.recordEvent(check);
    await workspace.recordEvent(check);
    await fs.rm(progressFile);
    const snapshot = await (await openWorkspace()).getProgress();
    expect(snapshot.notice).toMatch(/was missing.*restored from the backup/);
    expect(snapshot.progress.projects['house-prices']?.milestones['01-load-data']?.checks_run).toBe(1);
  });
});

describe('a workspace without a progress file', () => {
  it('does not count a milestone as started just because it was opened', async () => {
    await workspace.loadCode('house-prices', '01-load-data');
    const snapshot = await workspace.recordEvent({ type: 'milestone_opened', ...where });
    expect(snapshot.progress.projects['house-prices']?.milestones['01-load-data']?.status).toBe('not_started');
    expect(snapshot.notice).toBeUndefined();
  });

  it('starts from the code files already there (a workspace copied in), without alarming anyone', async () => {
    const opened = await workspace.loadCode('house-prices', '02-split');
    await workspace.saveCode('house-prices', '02-split', 'print("mine")\n', opened.hash);
    const snapshot = await (await openWorkspace()).getProgress();
    expect(snapshot.progress.projects['house-prices']?.milestones['02-split']?.status).toBe('in_progress');
    expect(snapshot.notice).toBeUndefined();
  });
});

describe('a file from a newer Buildpath', () => {
  it('is shown read-only and never overwritten', async () => {
    const newer = { ...applyProgressEvent(emptyProgress(NOW), check, NOW), version: PROGRESS_VERSION + 1, shiny: true };
    const text = JSON.stringify(newer);
    await fs.writeFile(progressFile, text);

    const snapshot = await workspace.getProgress();
    expect(snapshot.readOnly).toBe(true);
    expect(snapshot.notice).toMatch(/newer version of Buildpath/);
    expect(snapshot.progress.projects['house-prices']?.milestones['01-load-data']?.checks_run).toBe(1);

    const after = await workspace.recordEvent(check);
    expect(after.readOnly).toBe(true);
    expect(await fs.readFile(progressFile, 'utf8')).toBe(text);
    expect(await filesInRoot()).toEqual(['progress.json']);
  });
});

describe('a file from a newer Buildpath, then replaced by one this version reads', () => {
  const newerText = () => JSON.stringify({ ...applyProgressEvent(emptyProgress(NOW), check, NOW), version: PROGRESS_VERSION + 1 });

  it('drops the read-only notice at the next read, and saves again', async () => {
    await fs.writeFile(progressFile, newerText());
    expect(await workspace.getProgress()).toMatchObject({ readOnly: true, notice: expect.stringMatching(/newer version/) });

    // The learner updates Buildpath elsewhere, or restores an older copy: the file is this version's again.
    await fs.writeFile(progressFile, JSON.stringify(applyProgressEvent(emptyProgress(NOW), check, NOW)));
    const fixed = await workspace.getProgress();
    expect(fixed.readOnly).toBeUndefined();
    expect(fixed.notice).toBeUndefined();
    const after = await workspace.recordEvent(check);
    expect(after.notice).toBeUndefined();
    expect(JSON.parse(await fs.readFile(progressFile, 'utf8')).projects['house-prices'].milestones['01-load-data'].checks_run).toBe(2);
  });

  it('drops it when the next event finds the file fixed, without a separate load', async () => {
    await fs.writeFile(progressFile, newerText());
    expect((await workspace.recordEvent(check)).readOnly).toBe(true);
    await fs.rm(progressFile);
    const after = await workspace.recordEvent(check);
    expect(after).not.toHaveProperty('readOnly');
    expect(after.notice).toBeUndefined();
  });

  it('keeps a recovery notice for the session, and shows the read-only one only while the file is newer', async () => {
    await workspace.recordEvent(check);
    await workspace.recordEvent(check);
    await fs.writeFile(progressFile, '{"truncated');
    const recovered = await workspace.getProgress();
    expect(recovered.notice).toMatch(/damaged.*restored from the backup/s);
    await fs.writeFile(progressFile, newerText());
    expect((await workspace.getProgress()).notice).toMatch(/newer version/);
    await fs.writeFile(progressFile, JSON.stringify(applyProgressEvent(emptyProgress(NOW), check, NOW)));
    expect((await workspace.getProgress()).notice).toBe(recovered.notice);
  });
});

describe('workspace location', () => {
  it('follows BUILDPATH_WORKSPACE, then the setting, then ~/Buildpath', async () => {
    expect(workspace.info()).toMatchObject({ dir: root, source: 'environment', progressFile: path.join(root, 'progress.json') });
    const config = path.join(root, 'cfg');
    await fs.mkdir(config);
    await fs.writeFile(path.join(config, 'settings.json'), JSON.stringify({ workspaceDir: '~/study' }));
    const fromSetting = await WorkspaceService.open(starterOf, { env: { BUILDPATH_CONFIG_DIR: config }, home: '/home/ada', platform: 'linux' });
    expect(fromSetting.info()).toMatchObject({ dir: '/home/ada/study', source: 'setting' });
    const byDefault = await WorkspaceService.open(starterOf, { env: { BUILDPATH_CONFIG_DIR: path.join(root, 'none') }, home: '/home/ada', platform: 'linux' });
    expect(byDefault.info()).toMatchObject({ dir: '/home/ada/Buildpath', source: 'default' });
  });

  it('ignores an unreadable settings file with a notice', async () => {
    const config = path.join(root, 'cfg');
    await fs.mkdir(config);
    await fs.writeFile(path.join(config, 'settings.json'), '{nope');
    const opened = await WorkspaceService.open(starterOf, { env: { BUILDPATH_CONFIG_DIR: config }, home: '/home/ada', platform: 'linux' });
    expect(opened.info()).toMatchObject({ source: 'default', notice: expect.stringMatching(/could not be read/) });
  });
});

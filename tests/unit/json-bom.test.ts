// Windows editors (Notepad before 2019, PowerShell's Out-File, many others) start a
// UTF-8 file with a byte-order mark. Every JSON file Buildpath reads accepts one: the
// progress file and its backup, the settings file, paths.json and a pack's JSON files.

import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/services/packs';
import { knownSkills } from '../../src/services/packs/known-skills';
import { WorkspaceService } from '../../src/services/workspace/workspace-service';
import { applyProgressEvent, emptyProgress, type ProgressEvent } from '../../src/shared/progress';

const BOM = '\uFEFF';
const NOW = new Date('2026-12-03T12:00:00.000Z');
const FIXTURE = path.resolve(__dirname, '../fixtures/packs/fixture-basics');
const check: ProgressEvent = { type: 'check_completed', project: 'fixture-basics', milestone: '01-mean', status: 'pass', tests: [{ task_id: 1, status: 'pass' }] };

let root: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'buildpath-bom-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const starterOf = async () => '# starter\n';

function openWorkspace(config = path.join(root, 'config')): Promise<WorkspaceService> {
  const environment = { env: { BUILDPATH_WORKSPACE: root, BUILDPATH_CONFIG_DIR: config }, home: root, platform: process.platform };
  return WorkspaceService.open(starterOf, environment, () => NOW);
}

async function withBom(file: string): Promise<void> {
  await fs.writeFile(file, BOM + (await fs.readFile(file, 'utf8')));
}

describe('a byte-order mark', () => {
  it('leaves progress.json readable, not "damaged", and the next save keeps the progress', async () => {
    const file = path.join(root, 'progress.json');
    await fs.writeFile(file, BOM + JSON.stringify(applyProgressEvent(emptyProgress(NOW), check, NOW), null, 2));
    const workspace = await openWorkspace();
    const snapshot = await workspace.getProgress();
    expect(snapshot.notice).toBeUndefined();
    expect(snapshot.progress.projects['fixture-basics']?.milestones['01-mean']?.status).toBe('passed');
    await workspace.recordEvent(check);
    expect((await fs.readdir(root)).filter((name) => name.includes('corrupt'))).toEqual([]);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).projects['fixture-basics'].milestones['01-mean'].checks_run).toBe(2);
  });

  it('leaves the progress backup usable when progress.json is lost', async () => {
    const file = path.join(root, 'progress.json');
    await fs.writeFile(`${file}.bak`, BOM + JSON.stringify(applyProgressEvent(emptyProgress(NOW), check, NOW)));
    const snapshot = await (await openWorkspace()).getProgress();
    expect(snapshot.notice).toMatch(/restored from the backup/);
    expect(snapshot.progress.projects['fixture-basics']?.milestones['01-mean']?.checks_run).toBe(1);
  });

  it('leaves the settings file readable', async () => {
    const config = path.join(root, 'cfg');
    await fs.mkdir(config);
    await fs.writeFile(path.join(config, 'settings.json'), BOM + JSON.stringify({ workspaceDir: '~/study' }));
    const opened = await WorkspaceService.open(starterOf, { env: { BUILDPATH_CONFIG_DIR: config }, home: '/home/ada', platform: 'linux' });
    expect(opened.info()).toMatchObject({ dir: '/home/ada/study', source: 'setting' });
    expect(opened.info().notice).toBeUndefined();
  });

  it('leaves paths.json and a pack’s JSON files readable', async () => {
    const pack = path.join(root, 'fixture-basics');
    await fs.cp(FIXTURE, pack, { recursive: true });
    await fs.copyFile(path.resolve(__dirname, '../../projects/paths.json'), path.join(root, 'paths.json'));
    for (const file of ['project.json', 'milestones/01-mean/milestone.json']) await withBom(path.join(pack, file));
    await withBom(path.join(root, 'paths.json'));
    expect(await knownSkills(root)).not.toBeNull();
    // The pack loads, its BOM files read; and paths.json is applied, not skipped as unreadable.
    const manifest = path.join(pack, 'project.json');
    const json = JSON.parse((await fs.readFile(manifest, 'utf8')).slice(1)) as { skills: string[] };
    const writeSkills = (skills: string[]) => fs.writeFile(manifest, BOM + JSON.stringify({ ...json, skills }));
    await writeSkills(['descriptive-statistics']);
    expect(await loadPack(pack)).toMatchObject({ ok: true });
    await writeSkills(['descriptive-statistics', 'not-a-real-skill']);
    const result = await loadPack(pack);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/"not-a-real-skill" is not a skill of paths\.json/)]);
  });

  it('leaves milestone.json readable by the CPython authoring tool', async () => {
    const pack = path.join(root, 'fixture-basics');
    await fs.cp(FIXTURE, pack, { recursive: true });
    const milestone = path.join(pack, 'milestones/01-mean');
    await withBom(path.join(milestone, 'milestone.json'));
    await withBom(path.join(milestone, 'solution.py'));
    const output = execFileSync('python3', ['-m', 'buildpath.author', milestone, path.join(milestone, 'solution.py'), '--json'], {
      env: { ...process.env, PYTHONPATH: path.resolve(__dirname, '../../src/python') },
      encoding: 'utf8',
    });
    expect(JSON.parse(output).status).toBe('pass');
  });
});

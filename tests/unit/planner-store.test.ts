// Plans are saved in the real progress file, through the same store as progress events.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../src/services/workspace/workspace-service';

const DRAFT = { hours_per_week: 7, target_path: 'machine-learning', blocks: [{ weekday: 2, start: '19:00', minutes: 90 }] };

describe('saving study plans', () => {
  let dir: string;
  let workspace: WorkspaceService;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-plans-'));
    workspace = WorkspaceService.inFolder(dir, async () => 'print("starter")\n');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('appends each change to the plan history in progress.json', async () => {
    await workspace.changeStudyPlan(DRAFT);
    const snapshot = await workspace.changeStudyPlan({ ...DRAFT, hours_per_week: 11, target_path: 'deep-learning' });
    expect(snapshot.progress.plans.map((plan) => [plan.hours_per_week, plan.target_path])).toEqual([
      [7, 'machine-learning'],
      [11, 'deep-learning'],
    ]);
    const onDisk = JSON.parse(await readFile(path.join(dir, 'progress.json'), 'utf8'));
    expect(onDisk.plans).toHaveLength(2);
    expect(Date.parse(onDisk.plans[1].created_at)).toBeGreaterThanOrEqual(Date.parse(onDisk.plans[0].created_at));
    expect((await WorkspaceService.inFolder(dir, async () => '').getProgress()).progress.plans).toEqual(snapshot.progress.plans);
  });

  it('keeps plans when progress events are recorded afterwards', async () => {
    await workspace.changeStudyPlan(DRAFT);
    const snapshot = await workspace.recordEvent({ type: 'code_edited', project: 'house-prices', milestone: '01-load-sales' });
    expect(snapshot.progress.plans).toHaveLength(1);
  });

  it('refuses a plan the schema does not allow, and saves nothing', async () => {
    await expect(workspace.changeStudyPlan({ ...DRAFT, target_path: 'astrology' })).rejects.toThrow();
    await expect(workspace.changeStudyPlan({ ...DRAFT, created_at: '2020-01-01T00:00:00Z', hours_per_week: -2 })).rejects.toThrow();
    expect((await workspace.getProgress()).progress.plans).toEqual([]);
  });
});

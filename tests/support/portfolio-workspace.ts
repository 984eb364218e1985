// A learner's workspace for the portfolio tests, on disk: fixture-basics with
// 01-mean solved (and a chart shown) and 02-variance still wrong, plus a
// progress.json recording hint use, the solution seen and study time.

import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyProgress, emptyMilestoneProgress, type Progress } from '../../src/shared/progress/schema';

export const FIXTURE_PACKS = path.resolve(__dirname, '../fixtures/packs');
const MILESTONES = path.join(FIXTURE_PACKS, 'fixture-basics/milestones');

export const CHART_CODE = `
from buildpath import show
show.scatter([1, 2, 3, 4], [2, 4, 5, 8], title="Scores <b>by</b> week", x_label="week", y_label="score", line=(2, 0))
`;

/** Writes the workspace into `workspace` (a new temporary folder by default) and returns it. */
export async function makePortfolioWorkspace(withProgress = true, workspace?: string): Promise<string> {
  workspace ??= await mkdtemp(path.join(tmpdir(), 'bp-portfolio-ws-'));
  const project = path.join(workspace, 'fixture-basics');
  await mkdir(project, { recursive: true });
  const solution = await readFile(path.join(MILESTONES, '01-mean/solution.py'), 'utf8');
  await writeFile(path.join(project, '01-mean.py'), solution + CHART_CODE);
  await copyFile(path.join(MILESTONES, '02-variance/mistakes/forgets-the-root.py'), path.join(project, '02-variance.py'));
  if (withProgress) await writeFile(path.join(workspace, 'progress.json'), JSON.stringify(sampleProgress(), null, 2));
  return workspace;
}

function sampleProgress(): Progress {
  const progress = emptyProgress(new Date('2026-11-20T10:00:00.000Z'));
  progress.projects['fixture-basics'] = {
    last_milestone: '02-variance',
    last_activity_at: '2026-11-21T09:00:00.000Z',
    milestones: {
      '01-mean': {
        ...emptyMilestoneProgress(),
        status: 'passed_with_solution',
        first_attempt_at: '2026-11-20T10:00:00.000Z',
        passed_at: '2026-11-20T11:35:00.000Z',
        checks_run: 3,
        hints_used: 2,
        solution_seen: true,
        time_spent_ms: 95 * 60_000,
      },
      '02-variance': { ...emptyMilestoneProgress(), status: 'in_progress', first_attempt_at: '2026-11-21T08:00:00.000Z', time_spent_ms: 20 * 60_000 },
    },
  };
  return progress;
}

// What goes into a portfolio: every milestone of the bundled projects whose code
// file in the workspace holds the learner's own work (not the untouched starter),
// checked afresh now, with the dates, study time and hint use progress.json records
// when there is one. Verdicts never come from progress.json.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../../shared/check-result';
import { isPassed, type MilestoneProgress, type Progress } from '../../shared/progress/schema';
import { toCheckRequest } from '../../shared/python/check-request';
import type { CheckRequest } from '../../shared/python/protocol';
import { PackLookupError, type PackService } from '../packs';
import { readTextIfPresent } from '../storage/atomic-write';
import { CodeFiles } from '../workspace/code-files';
import { parseProgress } from '../workspace/progress-store';
import { checksHash } from './manifest';

/** What runs the checks: the CLI's and the host's Node Python client. */
export interface Checker {
  check(request: CheckRequest): Promise<CheckResult>;
}

export interface CollectedMilestone {
  id: string;
  title: string;
  code: string;
  checksSha256: string;
  result: CheckResult;
  hintsTotal: number;
  codeChangedAt: string | null;
  /** Null when the workspace has no readable progress.json. */
  progress: MilestoneProgress | null;
}

export interface CollectedProject {
  slug: string;
  title: string;
  milestones: CollectedMilestone[];
}

export interface CollectOptions {
  workspaceDir: string;
  /** Only this project; every project otherwise. */
  project?: string;
  packs: PackService;
  checker: Checker;
}

export async function collectPortfolio(options: CollectOptions): Promise<CollectedProject[]> {
  const { packs, checker } = options;
  const code = new CodeFiles(options.workspaceDir);
  const progress = await readProgressIfAny(options.workspaceDir);
  const summaries = (await packs.listProjects()).filter((summary) => !options.project || summary.slug === options.project);
  if (options.project && summaries.length === 0) throw new PackLookupError(`There is no project "${options.project}"`);

  const projects: CollectedProject[] = [];
  for (const summary of summaries) {
    if (summary.status !== 'ok') continue;
    const files = await packs.getProjectFiles(summary.slug);
    const milestones: CollectedMilestone[] = [];
    for (const milestone of summary.milestones) {
      const file = code.pathOf(summary.slug, milestone.id);
      const learnerCode = await readTextIfPresent(file);
      const bundle = await packs.getCheckBundle(summary.slug, milestone.id);
      if (learnerCode === null || learnerCode === bundle.starter) continue;
      const view = await packs.getMilestone(summary.slug, milestone.id);
      milestones.push({
        id: milestone.id,
        title: milestone.title,
        code: learnerCode,
        checksSha256: checksHash(bundle, files),
        result: await checker.check(toCheckRequest(bundle, learnerCode)),
        hintsTotal: view.hints.length,
        codeChangedAt: await modifiedAt(file),
        progress: progress?.projects[summary.slug]?.milestones[milestone.id] ?? null,
      });
    }
    if (milestones.length > 0) projects.push({ slug: summary.slug, title: summary.title, milestones });
  }
  return projects;
}

/** Progress is optional: a missing, damaged or foreign file means no hours or hint flags. */
async function readProgressIfAny(workspaceDir: string): Promise<Progress | null> {
  const text = await readTextIfPresent(path.join(workspaceDir, 'progress.json')).catch(() => null);
  if (text === null) return null;
  const parsed = parseProgress(text);
  return parsed.kind === 'damaged' ? null : parsed.progress;
}

async function modifiedAt(file: string): Promise<string | null> {
  const stats = await fs.stat(file).catch(() => null);
  return stats ? stats.mtime.toISOString() : null;
}

/** The progress flag the page shows: seen before the milestone was passed (or while still unpassed). */
export function solutionViewedBeforePassing(progress: MilestoneProgress | null): boolean | null {
  if (!progress) return null;
  if (progress.status === 'passed_with_solution') return true;
  if (isPassed(progress.status)) return false;
  return progress.solution_seen;
}

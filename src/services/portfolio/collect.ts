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

/** A milestone whose code file holds the learner's own work. */
export interface PortfolioCode {
  project: string;
  milestone: string;
  code: string;
}

/** The milestones worth exporting, in catalogue and manifest order, with their code as on disk. */
export async function findPortfolioCode(workspaceDir: string, packs: PackService, project?: string): Promise<PortfolioCode[]> {
  const code = new CodeFiles(workspaceDir);
  const summaries = (await packs.listProjects()).filter((summary) => !project || summary.slug === project);
  if (project && summaries.length === 0) throw new PackLookupError(`There is no project "${project}"`);
  const found: PortfolioCode[] = [];
  for (const summary of summaries) {
    if (summary.status !== 'ok') continue;
    for (const milestone of summary.milestones) {
      const learnerCode = await readTextIfPresent(code.pathOf(summary.slug, milestone.id));
      if (learnerCode === null || learnerCode === (await packs.getCheckBundle(summary.slug, milestone.id)).starter) continue;
      found.push({ project: summary.slug, milestone: milestone.id, code: learnerCode });
    }
  }
  return found;
}

export async function collectPortfolio(options: CollectOptions): Promise<CollectedProject[]> {
  const { packs, checker } = options;
  const codeFiles = new CodeFiles(options.workspaceDir);
  const progress = await readProgressIfAny(options.workspaceDir);
  const projects: CollectedProject[] = [];
  for (const found of await findPortfolioCode(options.workspaceDir, packs, options.project)) {
    const view = await packs.getMilestone(found.project, found.milestone);
    const bundle = await packs.getCheckBundle(found.project, found.milestone);
    let project = projects.at(-1);
    if (project?.slug !== found.project) {
      project = { slug: found.project, title: view.projectTitle, milestones: [] };
      projects.push(project);
    }
    project.milestones.push({
      id: found.milestone,
      title: view.meta.title,
      code: found.code,
      checksSha256: checksHash(bundle, await packs.getProjectFiles(found.project)),
      result: await checker.check(toCheckRequest(bundle, found.code)),
      hintsTotal: view.hints.length,
      codeChangedAt: await modifiedAt(codeFiles.pathOf(found.project, found.milestone)),
      progress: progress?.projects[found.project]?.milestones[found.milestone] ?? null,
    });
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

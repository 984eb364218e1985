// Writes an export folder: index.html, code/<project>/<milestone>.py and
// portfolio.json (docs/portfolio.md). A folder that already holds something other
// than an earlier export is refused, so an export never overwrites unrelated files.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { TestResult } from '../../shared/check-result';
import type { PackService } from '../packs';
import { writeFileAtomic } from '../storage/atomic-write';
import { collectPortfolio, solutionViewedBeforePassing, type Checker, type CollectedMilestone } from './collect';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, sealManifest, sha256, type MilestoneEntry, type PortfolioManifest } from './manifest';
import { renderPortfolioPage, type PageProject } from './page';

export const MANIFEST_FILE = 'portfolio.json';
export const PAGE_FILE = 'index.html';

export interface ExportOptions {
  workspaceDir: string;
  outDir: string;
  project?: string;
  learnerName?: string | null;
  packs: PackService;
  checker: Checker;
  buildpathVersion: string;
  clock?: () => Date;
}

export interface ExportSummary {
  outDir: string;
  pageFile: string;
  manifestFile: string;
  milestones: number;
  passed: number;
}

export class PortfolioExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortfolioExportError';
  }
}

export function codeFileOf(project: string, milestone: string): string {
  return `code/${project}/${milestone}.py`;
}

export async function exportPortfolio(options: ExportOptions): Promise<ExportSummary> {
  const outDir = path.resolve(options.outDir);
  await refuseForeignFolder(outDir);
  const collected = await collectPortfolio(options);
  if (collected.length === 0) {
    const which = options.project ? `project "${options.project}"` : 'any project';
    throw new PortfolioExportError(`No code of yours for ${which} in ${options.workspaceDir}: there is nothing to export yet.`);
  }

  const name = options.learnerName?.trim() || null;
  const head = {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    created_at: (options.clock?.() ?? new Date()).toISOString(),
    buildpath_version: options.buildpathVersion,
    learner_name: name,
  } as const;
  const projects: PageProject[] = collected.map((project) => ({
    slug: project.slug,
    title: project.title,
    milestones: project.milestones.map((milestone) => ({
      entry: milestoneEntry(project.slug, milestone),
      code: milestone.code,
      displays: milestone.result.displays,
      message: milestone.result.message,
    })),
  }));

  const page = renderPortfolioPage(head, projects);
  const codeFiles: Record<string, string> = {};
  for (const project of projects) for (const milestone of project.milestones) codeFiles[milestone.entry.code_file] = milestone.code;
  const files = { [PAGE_FILE]: page, ...codeFiles };

  const manifest: PortfolioManifest = sealManifest({
    ...head,
    files: Object.fromEntries(Object.entries(files).map(([file, content]) => [file, sha256(content)])),
    projects: projects.map((project) => ({ slug: project.slug, title: project.title, milestones: project.milestones.map((milestone) => milestone.entry) })),
  });

  await replaceCodeFolder(outDir, codeFiles);
  await writeFileAtomic(path.join(outDir, PAGE_FILE), page);
  await writeFileAtomic(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

  const entries = manifest.projects.flatMap((project) => project.milestones);
  return {
    outDir,
    pageFile: path.join(outDir, PAGE_FILE),
    manifestFile: path.join(outDir, MANIFEST_FILE),
    milestones: entries.length,
    passed: entries.filter((entry) => entry.status === 'pass').length,
  };
}

function milestoneEntry(project: string, milestone: CollectedMilestone): MilestoneEntry {
  const { progress, result } = milestone;
  return {
    id: milestone.id,
    title: milestone.title,
    code_file: codeFileOf(project, milestone.id),
    checks_sha256: milestone.checksSha256,
    status: result.status,
    checks: verdictsOf(result.tests),
    first_attempt_at: progress?.first_attempt_at ?? null,
    passed_at: progress?.passed_at ?? null,
    code_changed_at: milestone.codeChangedAt,
    study_minutes: progress ? Math.round(progress.time_spent_ms / 60_000) : null,
    hints_used: progress ? Math.min(progress.hints_used, milestone.hintsTotal) : null,
    hints_total: milestone.hintsTotal,
    solution_viewed_before_passing: solutionViewedBeforePassing(progress),
  };
}

export function verdictsOf(tests: readonly TestResult[]): MilestoneEntry['checks'] {
  return tests.map((test) => ({ name: test.name, status: test.status }));
}

const STAGING_PREFIX = '.code-';

/**
 * Writes the new code/ beside the old one and swaps them by two renames, so a reader of
 * an earlier export never finds its code folder emptied while the new one is written,
 * and an export that stops half-way leaves the earlier code whole. Staging folders that
 * such an export left are removed first.
 */
async function replaceCodeFolder(outDir: string, codeFiles: Record<string, string>): Promise<void> {
  await fs.mkdir(outDir, { recursive: true });
  for (const name of await fs.readdir(outDir)) {
    if (name.startsWith(STAGING_PREFIX)) await fs.rm(path.join(outDir, name), { recursive: true, force: true });
  }
  const staging = await fs.mkdtemp(path.join(outDir, STAGING_PREFIX));
  for (const [file, content] of Object.entries(codeFiles)) {
    const target = path.join(staging, path.relative('code', file));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, content);
  }
  const current = path.join(outDir, 'code');
  const earlier = `${staging}-earlier`;
  const hadEarlier = await fs.rename(current, earlier).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await fs.rename(staging, current);
  if (hadEarlier) await fs.rm(earlier, { recursive: true, force: true });
}

async function refuseForeignFolder(outDir: string): Promise<void> {
  const all = await fs.readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const names = all.filter((name) => !name.startsWith(STAGING_PREFIX)); // left by an export that stopped
  if (names.length > 0 && !names.includes(MANIFEST_FILE)) {
    throw new PortfolioExportError(`${outDir} is not empty and holds no earlier portfolio: choose an empty or new folder.`);
  }
}

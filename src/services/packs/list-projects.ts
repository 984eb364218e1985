// The catalogue: every folder under the projects root, working or broken.

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedPack, PackLoadResult, ProjectSummary } from '../../shared/pack/types';
import { loadPack } from './load-pack';

/** The folders of a projects root that are meant as packs (hidden folders are not). */
export async function findProjectFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const folders: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path.join(root, entry.name)).catch(() => null))?.isDirectory());
    if (isFolder) folders.push(entry.name);
  }
  return folders.sort();
}

export async function listProjects(root: string): Promise<ProjectSummary[]> {
  const summaries: ProjectSummary[] = [];
  for (const folder of await findProjectFolders(root)) {
    summaries.push(summaryOf(folder, await loadPack(path.join(root, folder))));
  }
  return summaries;
}

/** The catalogue entry of the pack in `folder`, working or broken. */
export function summaryOf(folder: string, result: PackLoadResult): ProjectSummary {
  return result.ok ? summarizePack(result.pack) : { status: 'broken', slug: folder, title: result.title ?? folder, problems: result.problems };
}

export function summarizePack(pack: LoadedPack): ProjectSummary {
  return {
    status: 'ok',
    slug: pack.slug,
    title: pack.manifest.title,
    manifest: pack.manifest,
    milestones: pack.milestones.map((milestone) => ({
      id: milestone.id,
      title: milestone.meta.title,
      summary: milestone.meta.summary,
      estimatedMinutes: milestone.meta.estimated_minutes,
      skills: milestone.meta.skills,
      ...(milestone.meta.paths ? { paths: milestone.meta.paths } : {}),
    })),
  };
}

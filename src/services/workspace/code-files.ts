// The learner's code: one plain .py file per milestone, <workspace>/<project>/<milestone>.py,
// so it can be opened in any editor. Saves are atomic and keep the replaced version as
// <file>.bak; a save whose base is not what is on disk (the file was changed outside
// the app) is refused with the disk's content so the UI can offer it.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LoadedCode, ResetCodeResult, SaveCodeResult } from '../../shared/host-api';
import { milestoneIdSchema, projectSlugSchema } from '../../shared/progress/schema';
import { backupPathOf, readTextIfPresent, removeLeftoverTemporaries, writeFileAtomic } from '../storage/atomic-write';
import { contentHash } from '../storage/content-hash';
import { keepInHistory } from '../storage/history';
import { PathQueue } from '../storage/path-queue';

export interface MilestoneFile {
  project: string;
  milestone: string;
}

export class CodeFiles {
  private readonly queue = new PathQueue();

  constructor(
    readonly root: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  pathOf(project: string, milestone: string): string {
    return path.join(this.root, project, `${milestone}.py`);
  }

  historyDirOf(project: string): string {
    return path.join(this.root, '.history', project);
  }

  load(project: string, milestone: string, starter: string): Promise<LoadedCode> {
    const file = this.pathOf(project, milestone);
    return this.queue.run(file, async () => {
      await removeLeftoverTemporaries(file, this.clock());
      const code = await readTextIfPresent(file);
      if (code !== null) return { code, hash: contentHash(code), path: file };
      const backup = await readTextIfPresent(backupPathOf(file));
      const restored = backup ?? starter;
      await writeFileAtomic(file, restored);
      return {
        code: restored,
        hash: contentHash(restored),
        path: file,
        ...(backup !== null ? { recoveredFrom: backupPathOf(file) } : {}),
      };
    });
  }

  save(project: string, milestone: string, code: string, baseHash: string): Promise<SaveCodeResult> {
    const file = this.pathOf(project, milestone);
    return this.queue.run(file, async () => {
      const disk = await readTextIfPresent(file);
      const hash = contentHash(code);
      if (disk !== null) {
        const diskHash = contentHash(disk);
        if (diskHash === hash) return { ok: true, hash };
        if (diskHash !== baseHash) return { ok: false, conflict: true, diskCode: disk, diskHash };
      }
      await writeFileAtomic(file, code, { keepPrevious: true });
      return { ok: true, hash };
    });
  }

  reset(project: string, milestone: string, starter: string): Promise<ResetCodeResult> {
    const file = this.pathOf(project, milestone);
    return this.queue.run(file, async () => {
      const disk = await readTextIfPresent(file);
      const keptAt =
        disk !== null && disk !== starter
          ? await keepInHistory(this.historyDirOf(project), path.basename(file), disk, this.clock())
          : undefined;
      await writeFileAtomic(file, starter, { keepPrevious: true });
      return { code: starter, hash: contentHash(starter), path: file, ...(keptAt ? { keptAt } : {}) };
    });
  }

  /** Milestone files present in the workspace, for rebuilding lost progress. */
  async listPresent(): Promise<MilestoneFile[]> {
    const found: MilestoneFile[] = [];
    const projects = await fs.readdir(this.root, { withFileTypes: true }).catch(() => []);
    for (const entry of projects) {
      if (!entry.isDirectory() || !projectSlugSchema.safeParse(entry.name).success) continue;
      const names = await fs.readdir(path.join(this.root, entry.name)).catch(() => [] as string[]);
      for (const name of names) {
        const milestone = name.endsWith('.py') ? name.slice(0, -3) : '';
        if (milestoneIdSchema.safeParse(milestone).success) found.push({ project: entry.name, milestone });
      }
    }
    return found;
  }
}

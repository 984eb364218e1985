// The learner's code: one plain .py file per milestone, <workspace>/<project>/<milestone>.py,
// so it can be opened in any editor. Saves are atomic and keep the replaced version as
// <file>.bak; a save whose base is not what is on disk (the file was changed outside
// the app) is refused with the disk's content so the UI can offer it. A file that is not
// UTF-8 is read as Windows-1252 (code-text.ts); its original bytes are kept in the
// history folder before anything is written over it, and every load says so.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LoadedCode, ResetCodeResult, SaveCodeResult } from '../../shared/host-api';
import { milestoneIdSchema, projectSlugSchema } from '../../shared/progress/schema';
import { backupPathOf, removeLeftoverTemporaries, writeFileAtomic } from '../storage/atomic-write';
import { contentHash } from '../storage/content-hash';
import { keepInHistory } from '../storage/history';
import { PathQueue } from '../storage/path-queue';
import { readCodeIfPresent, type CodeText } from './code-text';

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
      const disk = await readCodeIfPresent(file);
      if (disk !== null) return { code: disk.text, hash: contentHash(disk.text), path: file, ...(await this.keepIfConverted(project, file, disk)) };
      const backup = await readCodeIfPresent(backupPathOf(file));
      const conversion = backup === null ? {} : await this.keepIfConverted(project, file, backup);
      const restored = backup?.text ?? starter;
      await writeFileAtomic(file, restored);
      return {
        code: restored,
        hash: contentHash(restored),
        path: file,
        ...(backup !== null ? { recoveredFrom: backupPathOf(file) } : {}),
        ...conversion,
      };
    });
  }

  save(project: string, milestone: string, code: string, baseHash: string): Promise<SaveCodeResult> {
    const file = this.pathOf(project, milestone);
    return this.queue.run(file, async () => {
      const disk = await readCodeIfPresent(file);
      const hash = contentHash(code);
      if (disk !== null) {
        const diskHash = contentHash(disk.text);
        if (diskHash === hash) return { ok: true, hash };
        if (diskHash !== baseHash) return { ok: false, conflict: true, diskCode: disk.text, diskHash };
        await this.keepIfConverted(project, file, disk);
      }
      await writeFileAtomic(file, code, { keepPrevious: true });
      return { ok: true, hash };
    });
  }

  reset(project: string, milestone: string, starter: string): Promise<ResetCodeResult> {
    const file = this.pathOf(project, milestone);
    return this.queue.run(file, async () => {
      const disk = await readCodeIfPresent(file);
      // The bytes as they were, whatever their encoding.
      const keptAt =
        disk !== null && disk.text !== starter
          ? await keepInHistory(this.historyDirOf(project), path.basename(file), disk.bytes, this.clock())
          : undefined;
      await writeFileAtomic(file, starter, { keepPrevious: true });
      return { code: starter, hash: contentHash(starter), path: file, ...(keptAt ? { keptAt } : {}) };
    });
  }

  /** For code read as another encoding than UTF-8: its original bytes, kept once in the history folder. */
  private async keepIfConverted(project: string, file: string, disk: CodeText): Promise<Pick<LoadedCode, 'convertedFrom'>> {
    if (disk.encoding === 'UTF-8') return {};
    const historyDir = this.historyDirOf(project);
    const originalKeptAt =
      (await this.findInHistory(historyDir, path.basename(file), disk.bytes)) ??
      (await keepInHistory(historyDir, path.basename(file), disk.bytes, this.clock()));
    return { convertedFrom: { encoding: disk.encoding, originalKeptAt } };
  }

  /** A version of this file already in the history folder with exactly these bytes. */
  private async findInHistory(historyDir: string, fileName: string, bytes: Uint8Array): Promise<string | undefined> {
    const stem = path.basename(fileName, path.extname(fileName));
    const names = await fs.readdir(historyDir).catch(() => [] as string[]);
    for (const name of names.filter((candidate) => candidate.startsWith(`${stem}.`)).sort()) {
      const candidate = path.join(historyDir, name);
      const kept = await fs.readFile(candidate).catch(() => null);
      if (kept !== null && Buffer.from(bytes).equals(kept)) return candidate;
    }
    return undefined;
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

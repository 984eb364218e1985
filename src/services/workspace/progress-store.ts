// The progress file, <workspace>/progress.json. Every change is read-modify-write under
// a per-file queue and written atomically with the previous version kept as .bak.
//   - A damaged file (not JSON, or not the schema) is moved aside as
//     progress.json.corrupt-<timestamp> and replaced by its backup or, failing that, by
//     progress rebuilt from the milestone files present; the learner is told.
//   - A file from a newer Buildpath (higher `version`) is shown read-only and never written,
//     for as long as it stays newer: every read looks again, so the notice goes at the first
//     read after the file is one this version understands (or is gone).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ProgressSnapshot } from '../../shared/host-api';
import { parseJsonText } from '../../shared/json-text';
import type { ProgressEvent } from '../../shared/progress/events';
import { applyProgressEvent } from '../../shared/progress/reducer';
import { emptyProgress, PROGRESS_VERSION, progressSchema, type Progress } from '../../shared/progress/schema';
import { backupPathOf, readTextIfPresent, writeFileAtomic } from '../storage/atomic-write';
import { PathQueue } from '../storage/path-queue';

type Parsed =
  | { kind: 'ok'; progress: Progress }
  | { kind: 'newer'; version: number; progress: Progress | null }
  | { kind: 'damaged'; reason: string };

export function parseProgress(text: string): Parsed {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (error) {
    return { kind: 'damaged', reason: `not valid JSON (${(error as Error).message})` };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    // Show what we can understand of it; it stays untouched either way.
    const readable = progressSchema.safeParse({ ...(json as object), version: PROGRESS_VERSION });
    return { kind: 'newer', version, progress: readable.success ? readable.data : null };
  }
  const parsed = progressSchema.safeParse(json);
  if (parsed.success) return { kind: 'ok', progress: parsed.data };
  const first = parsed.error.issues[0];
  return { kind: 'damaged', reason: `${first?.path.join('.') || 'file'}: ${first?.message ?? 'invalid'}` };
}

function fileNameTimestamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export class ProgressStore {
  private readonly queue = new PathQueue();
  /** What happened to a damaged or missing file: told for the rest of the session. */
  private recoveryNotice: string | undefined;

  constructor(
    readonly file: string,
    /** Progress reconstructed from other evidence (the milestone files) when nothing better survives. */
    private readonly rebuild: (now: Date) => Promise<Progress>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get(): Promise<ProgressSnapshot> {
    return this.queue.run(this.file, () => this.readOrRecover());
  }

  apply(event: ProgressEvent): Promise<ProgressSnapshot> {
    return this.update((progress, now) => applyProgressEvent(progress, event, now));
  }

  /** Read-modify-write under the same queue and durability rules as events (used for study plans). */
  update(change: (progress: Progress, now: Date) => Progress): Promise<ProgressSnapshot> {
    return this.queue.run(this.file, async () => {
      const current = await this.readOrRecover();
      if (current.readOnly) return current;
      const progress = change(current.progress, this.clock());
      await this.write(progress);
      return this.snapshot(progress);
    });
  }

  private snapshot(progress: Progress): ProgressSnapshot {
    return { progress, ...(this.recoveryNotice ? { notice: this.recoveryNotice } : {}) };
  }

  private readOnlySnapshot(progress: Progress, version: number): ProgressSnapshot {
    const notice = `${this.file} was written by a newer version of Buildpath (progress format ${version}). It is shown read-only and nothing will be saved to it until you update Buildpath.`;
    return { progress, notice, readOnly: true };
  }

  private write(progress: Progress): Promise<void> {
    return writeFileAtomic(this.file, JSON.stringify(progress, null, 2) + '\n', { keepPrevious: true });
  }

  private async readOrRecover(): Promise<ProgressSnapshot> {
    const text = await readTextIfPresent(this.file);
    if (text === null) return this.recover(null);
    const parsed = parseProgress(text);
    if (parsed.kind === 'ok') return this.snapshot(parsed.progress);
    if (parsed.kind === 'newer') return this.readOnlySnapshot(parsed.progress ?? emptyProgress(this.clock()), parsed.version);
    return this.recover(parsed.reason);
  }

  /** `damage` is null when the file is missing, else why it could not be used. */
  private async recover(damage: string | null): Promise<ProgressSnapshot> {
    const now = this.clock();
    let movedTo: string | undefined;
    if (damage !== null) {
      movedTo = `${this.file}.corrupt-${fileNameTimestamp(now)}`;
      await fs.rename(this.file, movedTo);
    }
    const name = path.basename(this.file);
    const what = damage === null ? `${name} was missing` : `${name} was damaged (${damage}); it was moved to ${movedTo}`;

    const backupText = await readTextIfPresent(backupPathOf(this.file));
    const backup = backupText === null ? null : parseProgress(backupText);
    if (backup?.kind === 'ok') {
      this.recoveryNotice = `${what}. Your progress was restored from the backup saved before the last change (${backup.progress.updated_at}).`;
      await this.write(backup.progress);
      return this.snapshot(backup.progress);
    }

    const rebuilt = await this.rebuild(now);
    if (damage === null) {
      // Never written, or gone before a second save made a backup: a new workspace, or
      // one whose files were copied in. Nothing recorded was lost, so nothing to say.
      return this.snapshot(rebuilt);
    }
    this.recoveryNotice = `${what}, and no usable backup was found. Progress was rebuilt from the milestone files in your workspace: milestones you worked on are marked in progress; check them again to mark them passed.`;
    await this.write(rebuilt);
    return this.snapshot(rebuilt);
  }
}

// The submissions of a grading run, read from disk a few ahead of the Pythons that
// check them: when a check ends, the next file is already read, hashed and matched
// against the earlier gradebook, so its request goes out at once. Files that need no
// Python (missing, unreadable, unchanged since the last run) become rows here.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resumeKey, type GradedSubmission } from './gradebook';
import type { Submission } from './submissions';

export type PreparedSubmission =
  | { kind: 'graded'; row: GradedSubmission; skipped: boolean }
  | { kind: 'check'; submission: Submission; sha256: string; code: string };

export interface Preparation {
  project: string;
  earlier: Map<string, GradedSubmission>;
  /** Declared checks of the submission's milestone, for rows with no check result. */
  checksTotal(milestone: string): number;
}

export async function prepareSubmission(submission: Submission, preparation: Preparation): Promise<PreparedSubmission> {
  const base = { submission: submission.name, project: preparation.project, milestone: submission.milestone, file: submission.relative };
  const blank = { checks_passed: 0, checks_total: preparation.checksTotal(submission.milestone), duration_ms: 0, result: null, sha256: null };
  let bytes: Buffer;
  try {
    bytes = await readFile(submission.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'graded', row: { ...base, ...blank, status: 'not_attempted', message: `no ${submission.relative}`, graded: true }, skipped: false };
    return { kind: 'graded', row: { ...base, ...blank, status: 'error', message: `cannot read ${submission.relative} (${code ?? error})`, graded: false }, skipped: false };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kept = preparation.earlier.get(resumeKey(submission.name, submission.milestone, sha256));
  if (kept) return { kind: 'graded', row: kept, skipped: true };
  return { kind: 'check', submission, sha256, code: new TextDecoder().decode(bytes) };
}

export interface SubmissionQueue {
  /** The next submission in folder order with its index, being read; null when all are taken. */
  take(): { index: number; prepared: Promise<PreparedSubmission> } | null;
}

/** Reads up to `depth` submissions beyond the last one taken (a file's text is held until it is checked). */
export function readAhead(submissions: Submission[], prepare: (submission: Submission) => Promise<PreparedSubmission>, depth: number): SubmissionQueue {
  const reading = new Map<number, Promise<PreparedSubmission>>();
  let started = 0;
  let taken = 0;
  const startUpTo = (limit: number) => {
    for (; started < Math.min(limit, submissions.length); started++) reading.set(started, prepare(submissions[started]!));
  };
  return {
    take() {
      if (taken >= submissions.length) return null;
      const index = taken++;
      startUpTo(index + 1 + depth);
      const prepared = reading.get(index)!;
      reading.delete(index);
      return { index, prepared };
    },
  };
}

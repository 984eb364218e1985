// One row of the gradebook per (submission, milestone), written as CSV for a
// spreadsheet and, with --json, as the full check results (which also let a rerun
// skip submissions whose file has not changed).

import { readFile, rename, writeFile } from 'node:fs/promises';
import type { CheckResult } from '../../shared/check-result';

export type GradeStatus = 'pass' | 'fail' | 'not_attempted' | 'error' | 'timeout';

export interface GradedSubmission {
  submission: string;
  project: string;
  milestone: string;
  /** The file as given on the command line's folder, relative to it. */
  file: string;
  /** SHA-256 of the file's bytes; null when there was no file. */
  sha256: string | null;
  status: GradeStatus;
  checks_passed: number;
  checks_total: number;
  duration_ms: number;
  message: string;
  /** False when the submission could not be graded (unreadable, or Python could not start): exit code 1. */
  graded: boolean;
  result: CheckResult | null;
}

export const CSV_COLUMNS = ['submission', 'project', 'milestone', 'status', 'checks_passed', 'checks_total', 'duration_ms', 'message'] as const;

/** RFC 4180 quoting; a cell a spreadsheet would read as a formula gets a leading apostrophe. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: GradedSubmission[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export interface GradebookFile {
  format: 'buildpath-gradebook/1';
  project: string;
  submissions: GradedSubmission[];
}

/** What an earlier run with the same --json file graded, by submission, milestone and file hash. */
export async function readEarlierGrades(file: string, project: string): Promise<Map<string, GradedSubmission>> {
  let parsed: GradebookFile;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as GradebookFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new Error(`${file} is not a gradebook this tool wrote (${(error as Error).message}); move it away or choose another --json file`);
  }
  if (parsed?.format !== 'buildpath-gradebook/1' || !Array.isArray(parsed.submissions)) {
    throw new Error(`${file} is not a gradebook this tool wrote; move it away or choose another --json file`);
  }
  const earlier = new Map<string, GradedSubmission>();
  if (parsed.project !== project) return earlier;
  for (const row of parsed.submissions) if (row?.graded && row.sha256) earlier.set(resumeKey(row.submission, row.milestone, row.sha256), row);
  return earlier;
}

export function resumeKey(submission: string, milestone: string, sha256: string): string {
  return JSON.stringify([submission, milestone, sha256]);
}

export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

export function gradebookJson(project: string, rows: GradedSubmission[]): string {
  const book: GradebookFile = { format: 'buildpath-gradebook/1', project, submissions: rows };
  return `${JSON.stringify(book, null, 2)}\n`;
}

// The messages between a host (the UI thread, or the headless checker's main
// thread) and the worker that runs Pyodide. The same worker code serves both.

import type { CheckResult, TestResult } from '../check-result';
import type { DisplayRecord } from '../display';

export type LoadStage = 'starting' | 'runtime' | 'buildpath' | 'ready';

/** Files copied into Python's virtual file system under /project/<slug>/. */
export interface ProjectFiles {
  slug: string;
  /** Relative path (e.g. "data/ames.csv") → text content. */
  files: Record<string, string>;
}

export interface RunRequest {
  code: string;
  /** Shown in tracebacks, e.g. "01-load-data.py". */
  filename: string;
  /** When given, the program runs with /project/<slug> as its working directory. */
  project?: ProjectFiles;
}

export interface CheckRequest {
  project: ProjectFiles;
  milestone: string;
  filename: string;
  code: string;
  starter: string;
  checks: string;
  /** The project's checks_support.py (importable from checks.py as `checks_support`); null or absent when it has none. */
  checksSupport?: string | null;
  solution: string;
  /** Seconds each check may take unless the check sets its own budget. */
  defaultBudgetSeconds: number;
  /** Whether failures may reveal expected values (the milestone's choice). */
  revealExpected: boolean;
}

export type Stream = 'stdout' | 'stderr';

/** Where a learner's program failed, for the editor marker. */
export interface ErrorLocation {
  line: number;
  column?: number;
  message: string;
  kind: string;
}

export interface RunOutcome {
  status: 'ok' | 'error' | 'interrupted';
  /** Traceback trimmed to the learner's own frames. */
  traceback?: string;
  error?: ErrorLocation;
  durationMs: number;
  /** Characters of output dropped because the program printed too much. */
  droppedChars: number;
}

export type ToWorker =
  /**
   * Replies come back only through `replyPort`, a channel the learner's code cannot
   * reach (it is held in a closure), so Python cannot forge a verdict by posting
   * messages from the worker's global scope.
   */
  | { type: 'init'; indexURL: string; interruptBuffer: SharedArrayBuffer | null; replyPort: MessagePort }
  | { type: 'run'; id: number; request: RunRequest }
  | { type: 'check'; id: number; request: CheckRequest };

export type FromWorker =
  | { type: 'progress'; stage: LoadStage }
  | { type: 'ready'; loadMs: number; pythonVersion: string; startedFrom: 'snapshot' | 'fresh' }
  | { type: 'stream'; id: number; stream: Stream; text: string }
  | { type: 'display'; id: number; display: DisplayRecord }
  | { type: 'output-cut'; id: number }
  /** Sent by the checker as each check begins so the host can enforce its time budget. */
  | { type: 'check-started'; id: number; index: number; name: string; budgetSeconds: number }
  /** Each check's verdict as soon as it is known; `test` is null after the learner's module ran. */
  | { type: 'check-progress'; id: number; test: TestResult | null }
  | { type: 'run-done'; id: number; outcome: RunOutcome }
  | { type: 'check-done'; id: number; result: CheckResult }
  /** `fatal`: Python can no longer run in this worker (Pyodide's fatal error); the host replaces it. */
  | { type: 'failed'; id: number | null; message: string; fatal?: boolean };

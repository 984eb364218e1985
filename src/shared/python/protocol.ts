// The messages between a host (the UI thread, or the headless checker's main
// thread) and the worker that runs Pyodide. The same worker code serves both.

import type { CheckResult, TestResult } from '../check-result';
import type { DisplayRecord } from '../display';
import type { LearnerObjects } from '../language/learner-objects';

export type LoadStage = 'starting' | 'runtime' | 'buildpath' | 'ready';

/**
 * Files copied into Python's virtual file system under /project/<slug>/. They are sent
 * once per worker in a `project-files` message; requests then name the project by slug.
 */
export interface ProjectFiles {
  slug: string;
  /** Relative path (e.g. "data/ames.csv") → text content. */
  files: Record<string, string>;
}

export interface RunRequest {
  code: string;
  /** Shown in tracebacks, e.g. "01-load-data.py". */
  filename: string;
  /** A project's slug: the program runs in /project/<slug>, where its data files were sent. */
  project?: string;
}

export interface CheckRequest {
  /** The project's slug; its data files were sent before (`project-files`). */
  project: string;
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

/** What checks.py declares, read in Python (buildpath/_listing.py) for validation. */
export interface ListChecksRequest {
  checks: string;
  /** The project's checks_support.py, importable from checks.py. */
  checksSupport?: string | null;
}

export interface DeclaredCheck {
  name: string;
  task: number | null;
  hidden: boolean;
  seconds: number | null;
  /** 1-based line of the check's first decorator in checks.py. */
  line: number;
}

/** The checks, or why checks.py could not be run. */
export type CheckListing = { checks: DeclaredCheck[] } | { error: string };

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
  /** What the program left in its globals, for the editor's completions (absent when Python was restarted). */
  objects?: LearnerObjects;
}

export type ToWorker =
  /**
   * Replies come back only through `replyPort`, a channel the learner's code cannot
   * reach (it is held in a closure), so Python cannot forge a verdict by posting
   * messages from the worker's global scope.
   */
  | { type: 'init'; indexURL: string; interruptBuffer: SharedArrayBuffer | null; replyPort: MessagePort }
  /** Sent before the first job naming the project; the files stay in the worker. */
  | { type: 'project-files'; project: ProjectFiles }
  | { type: 'run'; id: number; request: RunRequest }
  | { type: 'check'; id: number; request: CheckRequest }
  | { type: 'list-checks'; id: number; request: ListChecksRequest };

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
  | { type: 'checks-listed'; id: number; listing: CheckListing }
  /** `fatal`: Python can no longer run in this worker (Pyodide's fatal error); the host replaces it. */
  | { type: 'failed'; id: number | null; message: string; fatal?: boolean };

// The one interface between the UI and the machine it runs on. The Electron app
// carries it over IPC (src/preload, src/main); browser mode over local HTTP
// (src/server). Both dispatch to the same services (src/services).
//
// To add a method: add it to HostApi, implement it in src/services/host-services.ts,
// and validate its arguments there. Transports need no change.

import type { CheckResult } from './check-result';
import type { CheckBundle, MilestoneView, ProjectSummary } from './pack/types';
import type { ProjectFiles } from './python/protocol';
import type { StudyPlanDraft } from './planner/plan';
import type { ProgressEvent } from './progress/events';
import type { Progress } from './progress/schema';

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  /** Folder holding the learner's code and progress. */
  workspaceDir: string;
  platform: string;
}

/** A milestone's code file in the learner's workspace. */
export interface LoadedCode {
  code: string;
  /** SHA-256 of the content; pass it back to saveCode as the base. */
  hash: string;
  path: string;
  /** Set when the file was missing and this backup was restored. */
  recoveredFrom?: string;
  /** Set when the file is not UTF-8: it was read in this encoding, is saved as UTF-8, and its original bytes were kept. */
  convertedFrom?: { encoding: 'Windows-1252'; originalKeptAt: string };
}

/** A save whose base is not what is on disk (changed outside the app) is refused. */
export type SaveCodeResult =
  | { ok: true; hash: string }
  | { ok: false; conflict: true; diskCode: string; diskHash: string };

export interface ResetCodeResult extends LoadedCode {
  /** Where the replaced code was kept (the workspace's .history folder). */
  keptAt?: string;
}

export interface ProgressSnapshot {
  progress: Progress;
  /** Something the learner must be told about their progress file (it was damaged, …). */
  notice?: string;
  /** Written by a newer Buildpath: shown, never saved to. */
  readOnly?: boolean;
}

export interface WorkspaceInfo {
  dir: string;
  /** What chose the folder: BUILDPATH_WORKSPACE, the settings file, ~/Buildpath, or the program that started the app. */
  source: 'environment' | 'setting' | 'default' | 'given';
  progressFile: string;
  settingsFile: string;
  notice?: string;
}

/** A milestone's code worth a place in the portfolio (the learner's own, not the starter). */
export interface PortfolioCode {
  project: string;
  milestone: string;
  code: string;
}

/** A fresh check of one milestone's code, run by the UI's Python as the Check button runs it. */
export interface PortfolioCheck {
  /** SHA-256 of the code checked: the export refuses a file that changed since. */
  codeSha256: string;
  result: CheckResult;
}

/** What "Export portfolio" asks for (docs/portfolio.md). */
export interface PortfolioRequest {
  /** One project's portfolio, or null for every project with code in the workspace. */
  project: string | null;
  /** Shown at the top of the page; null or empty for none. */
  learnerName: string | null;
  /** One per milestone portfolioCode listed. */
  checks: PortfolioCheck[];
}

export interface PortfolioExport {
  /** The export folder in the workspace: portfolio/, or portfolio-<project>/ for one project. */
  folder: string;
  pageFile: string;
  milestones: number;
  passed: number;
}

export interface HostApi {
  appInfo(): Promise<AppInfo>;
  workspaceInfo(): Promise<WorkspaceInfo>;
  /** The learner's code for a milestone; the starter is written on first open. */
  loadCode(slug: string, milestoneId: string): Promise<LoadedCode>;
  saveCode(slug: string, milestoneId: string, code: string, baseHash: string): Promise<SaveCodeResult>;
  /** Back to the starter; the replaced code is kept in the workspace's history. */
  resetCode(slug: string, milestoneId: string): Promise<ResetCodeResult>;
  getProgress(): Promise<ProgressSnapshot>;
  recordEvent(event: ProgressEvent): Promise<ProgressSnapshot>;
  /** Appends a new study plan to the progress (the host stamps created_at); earlier plans are kept. */
  changeStudyPlan(draft: StudyPlanDraft): Promise<ProgressSnapshot>;
  /** A desktop notification (a study block starts); false where there is none (browser mode). */
  showReminder(title: string, body: string): Promise<boolean>;
  /** The catalogue: every project folder, broken ones marked with their problems. */
  listProjects(): Promise<ProjectSummary[]>;
  /** What the milestone view shows (instructions, starter, hints, solution); not the checks. */
  getMilestone(slug: string, milestoneId: string): Promise<MilestoneView>;
  /** What the worker's `check` needs besides the learner's code (see toCheckRequest). */
  getCheckBundle(slug: string, milestoneId: string): Promise<CheckBundle>;
  /** The project's data files, which Python receives once per project (not in every bundle). */
  getProjectFiles(slug: string): Promise<ProjectFiles>;
  /** The milestones an export of `project` (null: every project) holds, with their code. */
  portfolioCode(project: string | null): Promise<PortfolioCode[]>;
  /** Writes the portfolio folder in the workspace from fresh checks of exactly that code. */
  exportPortfolio(request: PortfolioRequest): Promise<PortfolioExport>;
  /**
   * Prints the exported page of `project` (null: every project) to portfolio.pdf beside it;
   * the PDF's path, or null where the host cannot print (browser mode: the browser's own print does).
   */
  savePortfolioPdf(project: string | null): Promise<string | null>;
}

export type HostMethod = keyof HostApi;

/**
 * How the UI reaches the host: the preload script exposes one as
 * `window.buildpath`; browser mode's renderer builds one over HTTP.
 */
export interface HostTransport {
  call(method: HostMethod, args: unknown[]): Promise<unknown>;
}

/** The Electron IPC channel carrying host calls (src/preload → src/main). */
export const HOST_CALL_CHANNEL = 'host:call';

/**
 * What the preload script exposes as `window.buildpath`: the host transport, plus the
 * one subscription the desktop window needs, so the bridge stays one small interface.
 */
export interface BuildpathBridge extends HostTransport {
  /**
   * The desktop window is closing: `save` writes whatever is pending, and the window
   * closes when it settles (or after a short timeout, src/main/close-guard.ts).
   * A later call replaces the earlier subscription.
   */
  onSaveBeforeClose(save: () => Promise<void>): void;
}

/** main → renderer: save now, then answer with the same request id. */
export const SAVE_BEFORE_CLOSE_CHANNEL = 'window:save-before-close';
/** renderer → main: the request with this id is done. */
export const SAVED_BEFORE_CLOSE_CHANNEL = 'window:saved-before-close';

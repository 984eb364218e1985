// The learner's workspace as the host API sees it: code files and progress, every
// argument validated here because it arrives from the renderer over IPC or HTTP.

import path from 'node:path';
import { z } from 'zod';
import { studyPlanDraftSchema } from '../../shared/planner/plan';
import { progressWithPlan } from '../../shared/planner/store-plan';
import { progressEventSchema } from '../../shared/progress/events';
import { progressFromMilestoneFiles } from '../../shared/progress/rebuild';
import { milestoneIdSchema, projectSlugSchema } from '../../shared/progress/schema';
import type { LoadedCode, ProgressSnapshot, ResetCodeResult, SaveCodeResult, WorkspaceInfo } from '../../shared/host-api';
import { CodeFiles, type MilestoneFile } from './code-files';
import { readCodeIfPresent } from './code-text';
import { configDir, currentEnvironment, resolveWorkspaceLocation, type Environment } from './location';
import { ProgressStore } from './progress-store';
import { loadSettings, settingsFileIn } from './settings';

/** Larger than any sensible exercise, small enough that a runaway paste cannot fill the disk. */
export const MAX_CODE_CHARS = 500_000;

export const codeSchema = z.string().max(MAX_CODE_CHARS);
export const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in hex');

function describeWorkspace(dir: string, source: WorkspaceInfo['source'], config: string): WorkspaceInfo {
  return { dir, source, progressFile: path.join(dir, 'progress.json'), settingsFile: settingsFileIn(config) };
}

/** Looks up a milestone's starter code; throws if the project or milestone does not exist. */
export type StarterLookup = (project: string, milestone: string) => Promise<string>;

export class WorkspaceService {
  readonly code: CodeFiles;
  readonly progress: ProgressStore;

  constructor(
    private readonly about: WorkspaceInfo,
    private readonly starterOf: StarterLookup,
    clock: () => Date = () => new Date(),
  ) {
    this.code = new CodeFiles(about.dir, clock);
    this.progress = new ProgressStore(
      about.progressFile,
      async (now) => progressFromMilestoneFiles(await this.milestonesWorkedOn(), now),
      clock,
    );
  }

  /** The workspace the environment and settings name (location.ts). */
  static async open(
    starterOf: StarterLookup,
    environment: Environment = currentEnvironment(),
    clock?: () => Date,
  ): Promise<WorkspaceService> {
    const config = configDir(environment);
    const settings = await loadSettings(config);
    const location = resolveWorkspaceLocation(environment, settings.settings.workspaceDir);
    const info = describeWorkspace(location.dir, location.source, config);
    return new WorkspaceService(settings.notice ? { ...info, notice: settings.notice } : info, starterOf, clock);
  }

  /** A workspace folder chosen by whoever started Buildpath (the host process or a test). */
  static inFolder(dir: string, starterOf: StarterLookup, environment: Environment = currentEnvironment()): WorkspaceService {
    return new WorkspaceService(describeWorkspace(path.resolve(dir), 'given', configDir(environment)), starterOf);
  }

  info(): WorkspaceInfo {
    return { ...this.about };
  }

  async loadCode(project: unknown, milestone: unknown): Promise<LoadedCode> {
    const [slug, id] = this.milestoneArguments(project, milestone);
    return this.code.load(slug, id, await this.starterOf(slug, id));
  }

  async saveCode(project: unknown, milestone: unknown, code: unknown, baseHash: unknown): Promise<SaveCodeResult> {
    const [slug, id] = this.milestoneArguments(project, milestone);
    const text = codeSchema.parse(code);
    await this.starterOf(slug, id); // the milestone must exist: no files for made-up names
    return this.code.save(slug, id, text, hashSchema.parse(baseHash));
  }

  async resetCode(project: unknown, milestone: unknown): Promise<ResetCodeResult> {
    const [slug, id] = this.milestoneArguments(project, milestone);
    return this.code.reset(slug, id, await this.starterOf(slug, id));
  }

  getProgress(): Promise<ProgressSnapshot> {
    return this.progress.get();
  }

  async recordEvent(event: unknown): Promise<ProgressSnapshot> {
    const parsed = progressEventSchema.parse(event);
    await this.starterOf(parsed.project, parsed.milestone);
    return this.progress.apply(parsed);
  }

  /** Appends the learner's new study plan to the history kept in the progress file. */
  async changeStudyPlan(draft: unknown): Promise<ProgressSnapshot> {
    const plan = studyPlanDraftSchema.parse(draft);
    return this.progress.update((progress, now) => progressWithPlan(progress, plan, now));
  }

  /** Milestone files that differ from their starter: an opened but untouched milestone was not started. */
  private async milestonesWorkedOn(): Promise<MilestoneFile[]> {
    const worked: MilestoneFile[] = [];
    for (const file of await this.code.listPresent()) {
      const code = (await readCodeIfPresent(this.code.pathOf(file.project, file.milestone)))?.text ?? null;
      // A milestone no longer in any pack still counts: the learner's work is what matters.
      const starter = await this.starterOf(file.project, file.milestone).catch(() => null);
      if (code !== null && code !== starter) worked.push(file);
    }
    return worked;
  }

  private milestoneArguments(project: unknown, milestone: unknown): [string, string] {
    return [projectSlugSchema.parse(project), milestoneIdSchema.parse(milestone)];
  }
}

// The Node-side implementation of HostApi (src/shared/host-api.ts), shared by the
// Electron main process and browser mode's server. Transports only call
// dispatchHostCall, which checks every call's arguments (host-arguments.ts) before a
// service sees them; the services check them again for their other callers.

import { ZodError } from 'zod';
import type { HostApi, HostMethod } from '../shared/host-api';
import { createPackService, resolveProjectsRoot, type PackService } from './packs';
import { WorkspaceService } from './workspace/workspace-service';
import { explainStorageError } from './storage/storage-errors';
import { describeKey, hostArgumentProblem, reminderTextSchema } from './host-arguments';
import { quoteInput } from './host-input';
import { createHostPortfolio, type PrintToPdf } from './portfolio';

export interface HostContext {
  mode: 'desktop' | 'browser';
  version: string;
  workspaceDir: string;
  /** Folder of project packs; defaults to $BUILDPATH_PROJECTS or the app's projects/. */
  projectsRoot?: string;
  /** The packs, when the caller made them (tests, measurements); else made over projectsRoot. */
  packs?: PackService;
  /** Shows a desktop notification; only the Electron app has one. */
  notify?: (title: string, body: string) => void;
  /** Prints the exported portfolio page to PDF; only the Electron app can. */
  printToPdf?: PrintToPdf;
}

export function createHostServices(context: HostContext): HostApi {
  const packs = context.packs ?? createPackService(context.projectsRoot ?? resolveProjectsRoot());
  // The workspace service validates its own arguments; the starter lookup also proves the milestone exists.
  const workspace = WorkspaceService.inFolder(context.workspaceDir, async (slug, milestoneId) => (await packs.getMilestone(slug, milestoneId)).starter);
  const portfolio = createHostPortfolio({ workspaceDir: context.workspaceDir, version: context.version, packs, printToPdf: context.printToPdf });
  return {
    workspaceInfo: async () => workspace.info(),
    loadCode: (slug, milestoneId) => workspace.loadCode(slug, milestoneId),
    saveCode: (slug, milestoneId, code, baseHash) => workspace.saveCode(slug, milestoneId, code, baseHash),
    resetCode: (slug, milestoneId) => workspace.resetCode(slug, milestoneId),
    getProgress: () => workspace.getProgress(),
    recordEvent: (event) => workspace.recordEvent(event),
    changeStudyPlan: (draft) => workspace.changeStudyPlan(draft),
    async showReminder(title, body) {
      const [checkedTitle, checkedBody] = [reminderTextSchema.parse(title), reminderTextSchema.parse(body)];
      if (!context.notify) return false;
      context.notify(checkedTitle, checkedBody);
      return true;
    },
    listProjects: () => packs.listProjects(),
    getMilestone: (slug, milestoneId) => packs.getMilestone(slug, milestoneId),
    getCheckBundle: (slug, milestoneId) => packs.getCheckBundle(slug, milestoneId),
    getProjectFiles: (slug) => packs.getProjectFiles(slug),
    portfolioCode: (project) => portfolio.portfolioCode(project),
    exportPortfolio: (request) => portfolio.exportPortfolio(request),
    savePortfolioPdf: (project) => portfolio.savePortfolioPdf(project),
    async appInfo() {
      return {
        version: context.version,
        mode: context.mode,
        workspaceDir: context.workspaceDir,
        platform: process.platform,
      };
    },
  };
}

export class UnknownHostMethodError extends Error {
  constructor(method: unknown) {
    super(`Unknown host method: ${quoteInput(method)}`);
    this.name = 'UnknownHostMethodError';
  }
}

/** A host call whose arguments failed validation; the transports answer it as the caller's mistake. */
export class InvalidHostArgumentsError extends Error {
  constructor(method: string, detail: string) {
    super(`Invalid arguments for ${method}: ${detail}`);
    this.name = 'InvalidHostArgumentsError';
  }
}

function explainInvalidArguments(method: string, error: unknown): unknown {
  if (!(error instanceof ZodError)) return error;
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.map(describeKey).join('.')}: ` : '';
  return new InvalidHostArgumentsError(method, `${where}${issue?.message ?? 'not valid'}`);
}

export function isHostMethod(services: HostApi, method: unknown): method is HostMethod {
  return typeof method === 'string' && Object.hasOwn(services, method);
}

/** Calls one HostApi method with arguments received from a transport (IPC or HTTP). */
export async function dispatchHostCall(services: HostApi, method: unknown, args: unknown): Promise<unknown> {
  if (!isHostMethod(services, method)) throw new UnknownHostMethodError(method);
  if (!Array.isArray(args)) throw new InvalidHostArgumentsError(method, 'the arguments must be an array');
  const problem = hostArgumentProblem(method, args);
  if (problem !== null) throw new InvalidHostArgumentsError(method, problem);
  const implementation = services[method] as (...callArgs: unknown[]) => Promise<unknown>;
  try {
    return await implementation.apply(services, args);
  } catch (error) {
    throw explainStorageError(explainInvalidArguments(method, error));
  }
}

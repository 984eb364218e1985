import os from 'node:os';
import path from 'node:path';

/**
 * Where the learner's code and progress live. BUILDPATH_WORKSPACE overrides the
 * default (~/Buildpath) until the app has a setting for it.
 */
export function resolveWorkspaceDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.BUILDPATH_WORKSPACE?.trim();
  return override ? path.resolve(override) : path.join(os.homedir(), 'Buildpath');
}

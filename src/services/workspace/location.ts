// Where the learner's workspace lives. In order of precedence:
//   1. the BUILDPATH_WORKSPACE environment variable;
//   2. `workspaceDir` in the settings file (settings.ts), in the per-OS config folder;
//   3. ~/Buildpath — a visible folder in the home directory on every OS, because the
//      learner is meant to find their .py files and open them in any editor.
// The Electron app and browser mode both resolve it here, so they share one workspace.

import os from 'node:os';
import type { WorkspaceInfo } from '../../shared/host-api';
import path from 'node:path';

export type WorkspaceSource = Exclude<WorkspaceInfo['source'], 'given'>;

export interface WorkspaceLocation {
  dir: string;
  source: WorkspaceSource;
}

export interface Environment {
  env: Record<string, string | undefined>;
  home: string;
  platform: NodeJS.Platform;
}

export function currentEnvironment(): Environment {
  return { env: process.env, home: os.homedir(), platform: process.platform };
}

export function defaultWorkspaceDir(home: string): string {
  return path.join(home, 'Buildpath');
}

/** The per-OS folder for Buildpath's own settings (not the learner's work). */
export function configDir({ env, home, platform }: Environment): string {
  if (env.BUILDPATH_CONFIG_DIR) return path.resolve(env.BUILDPATH_CONFIG_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Buildpath');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Buildpath');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'buildpath');
}

function expandHome(dir: string, home: string): string {
  return dir === '~' || dir.startsWith('~/') ? path.join(home, dir.slice(1)) : dir;
}

export function resolveWorkspaceLocation(environment: Environment, settingDir: string | undefined): WorkspaceLocation {
  const fromEnv = environment.env.BUILDPATH_WORKSPACE;
  if (fromEnv) return { dir: path.resolve(expandHome(fromEnv, environment.home)), source: 'environment' };
  if (settingDir) return { dir: path.resolve(expandHome(settingDir, environment.home)), source: 'setting' };
  return { dir: defaultWorkspaceDir(environment.home), source: 'default' };
}

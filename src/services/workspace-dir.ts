import { configDir, currentEnvironment, resolveWorkspaceLocation } from './workspace/location';
import { loadSettings } from './workspace/settings';

/**
 * The learner's workspace folder for a host process (Electron main, browser-mode
 * server): BUILDPATH_WORKSPACE, else the settings file, else ~/Buildpath.
 */
export async function resolveWorkspaceDir(): Promise<string> {
  const environment = currentEnvironment();
  const { settings } = await loadSettings(configDir(environment));
  return resolveWorkspaceLocation(environment, settings.workspaceDir).dir;
}

// Where the projects live: $BUILDPATH_PROJECTS when set (tests, instructors),
// else projects/ next to the app's package.json.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECTS_ENV = 'BUILDPATH_PROJECTS';

export function resolveProjectsRoot(appRoot?: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[PROJECTS_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(appRoot ?? findAppRoot(), 'projects');
}

/**
 * The folder of Buildpath's package.json, found by walking up from this module:
 * the same code runs from src/ (CLI, tests) and from the bundle in out/.
 */
export function findAppRoot(start: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (isBuildpathPackage(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function isBuildpathPackage(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'buildpath';
  } catch {
    return false;
  }
}

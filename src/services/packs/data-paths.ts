// Where a pack's data may live: paths written in project.json must stay in data/.

import path from 'node:path';

export const DATA_FOLDER = 'data';

/** Why a dataset path from project.json is not acceptable, or null when it is. */
export function dataPathProblem(file: string): string | null {
  if (path.posix.isAbsolute(file) || path.win32.isAbsolute(file)) {
    return `"${file}" is an absolute path; give the path from the project folder, e.g. "data/rows.csv"`;
  }
  if (file.split(/[\\/]/).includes('..')) return `"${file}" leaves the pack (..)`;
  if (!file.startsWith(`${DATA_FOLDER}/`) || file.includes('\\')) {
    return `"${file}" must be a path under ${DATA_FOLDER}/, e.g. "data/rows.csv"`;
  }
  return null;
}

/** Whether a file under data/ is copied into Python (documentation is not). */
export function isPythonDataFile(relative: string): boolean {
  return relative.startsWith(`${DATA_FOLDER}/`) && !relative.toLowerCase().endsWith('.md');
}

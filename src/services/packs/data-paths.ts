// Where a pack's data lives: dataset paths in project.json are inside data/ and
// may not climb out of it.

import path from 'node:path';

export const DATA_FOLDER = 'data';

/** Why a dataset path from project.json is not acceptable, or null when it is. */
export function dataPathProblem(file: string): string | null {
  if (path.posix.isAbsolute(file) || path.win32.isAbsolute(file)) {
    return `"${file}" is an absolute path; give the path inside ${DATA_FOLDER}/, e.g. "rows.csv"`;
  }
  if (file.split(/[\\/]/).includes('..')) return `"${file}" leaves the pack (..)`;
  if (file.includes('\\')) return `"${file}" must use / between folders`;
  if (file.startsWith(`${DATA_FOLDER}/`)) return `"${file}" is already inside ${DATA_FOLDER}/: write "${file.slice(DATA_FOLDER.length + 1)}"`;
  return null;
}

/** The path from the pack folder of a dataset named in project.json. */
export function datasetPath(file: string): string {
  return `${DATA_FOLDER}/${path.posix.normalize(file)}`;
}

/** Whether a file under data/ is copied into Python (documentation is not). */
export function isPythonDataFile(relative: string): boolean {
  return relative.startsWith(`${DATA_FOLDER}/`) && !relative.toLowerCase().endsWith('.md');
}

// How the CLI prints a pack problem: `file: field: message`, with the file as a
// path an editor or terminal can open.

import path from 'node:path';
import type { PackProblem } from '../shared/pack/types';

export function formatProblem(root: string, problem: PackProblem): string {
  const location = displayPath(path.join(root, problem.file));
  return problem.field ? `${location}: ${problem.field}: ${problem.message}` : `${location}: ${problem.message}`;
}

/** Relative to the current folder when inside it, so editors and terminals can open it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

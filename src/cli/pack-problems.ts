// How the CLI prints a pack problem: `file: field: message`, with the file as a
// path an editor or terminal can open. Names and messages come from the pack, so
// they are shown with their control characters escaped.

import path from 'node:path';
import type { PackProblem } from '../shared/pack/types';
import { visible, visibleLine } from './terminal-text';

export function formatProblem(root: string, problem: PackProblem): string {
  const location = visibleLine(displayPath(path.join(root, problem.file)));
  const message = visible(problem.message);
  return problem.field ? `${location}: ${visibleLine(problem.field)}: ${message}` : `${location}: ${message}`;
}

/** Relative to the current folder when inside it, so editors and terminals can open it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

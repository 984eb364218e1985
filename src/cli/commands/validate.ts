// buildpath validate [DIR]: checks one pack, or every pack in a folder (default:
// the projects root), and prints each problem as `file: field: message`. What
// checks.py declares is read by running it in Python (check-declarations.ts).

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findProjectFolders, resolveProjectsRoot, validatePack } from '../../services/packs';
import type { PythonClient } from '../../shared/python/python-client';
import { countOf } from '../../shared/count-of';
import { EXIT_NOT_PASSED, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { cliPython } from '../sandboxed-python';
import { displayPath, formatProblem } from '../pack-problems';
import { visible, visibleLine } from '../terminal-text';

const USAGE = 'Usage: buildpath validate [DIR]   (DIR: one project folder, or a folder of projects)\n';

export async function runValidateCommand(args: string[]): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args, allowPositionals: true, options: {} }));
  } catch (error) {
    process.stderr.write(`buildpath: ${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (positionals.length > 1) {
    process.stderr.write(USAGE);
    return EXIT_USAGE;
  }
  const target = path.resolve(positionals[0] ?? resolveProjectsRoot());
  if (!(await stat(target).catch(() => null))?.isDirectory()) {
    process.stderr.write(`buildpath: ${visibleLine(target)} is not a folder\n`);
    return EXIT_USAGE;
  }

  const single = await looksLikePack(target);
  const root = single ? path.dirname(target) : target;
  const folders = single ? [path.basename(target)] : await findProjectFolders(target);
  if (folders.length === 0) {
    process.stdout.write(`No project folders in ${visibleLine(displayPath(target))}.\n`);
    return EXIT_NOT_PASSED;
  }

  let invalid = 0;
  let problemCount = 0;
  let python: PythonClient | undefined;
  try {
    for (const folder of folders) {
      const result = await validatePack(path.join(root, folder), () => (python ??= cliPython({}, 'warn')!));
      if (result.ok) {
        process.stdout.write(`ok  ${visibleLine(folder)} (${countOf(result.pack.milestones.length, 'milestone')})\n`);
        for (const notice of result.pack.notices) process.stdout.write(`    note: ${visible(notice)}\n`);
        continue;
      }
      invalid++;
      problemCount += result.problems.length;
      for (const problem of result.problems) process.stdout.write(`${formatProblem(root, problem)}\n`);
    }
  } finally {
    python?.dispose();
  }
  process.stdout.write(`${summaryLine(folders.length, invalid, problemCount)}\n`);
  return invalid === 0 ? EXIT_OK : EXIT_NOT_PASSED;
}

/** A folder is one pack if it has a manifest or milestones; otherwise it holds packs. */
async function looksLikePack(dir: string): Promise<boolean> {
  const exists = (name: string) => stat(path.join(dir, name)).then(() => true, () => false);
  return (await exists('project.json')) || (await exists('milestones'));
}

function summaryLine(total: number, invalid: number, problems: number): string {
  const projects = countOf(total, 'project');
  if (invalid === 0) return `${projects} checked: all valid.`;
  return `${projects} checked: ${total - invalid} valid, ${invalid} invalid, ${countOf(problems, 'problem')}.`;
}

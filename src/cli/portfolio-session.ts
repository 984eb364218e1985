// What `portfolio` and `verify` share: their arguments read with a usage line on
// error, and the packs plus the CLI's sandboxed Python for the whole command, disposed after it.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createPackService, resolveProjectsRoot, type PackService } from '../services/packs';
import type { Checker } from '../services/portfolio';
import { EXIT_USAGE } from './exit-codes';
import { cliPython } from './sandboxed-python';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed arguments, or null after printing what was wrong and the usage. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { ...options, projects: { type: 'string' } } as T & { projects: { type: 'string' } } });
  } catch (error) {
    process.stderr.write(`buildpath: ${(error as Error).message}\n${usage}`);
    return null;
  }
}

export function usageError(usage: string): number {
  process.stderr.write(usage);
  return EXIT_USAGE;
}

export async function withPacksAndPython(projectsDir: string | undefined, run: (packs: PackService, checker: Checker) => Promise<number>): Promise<number> {
  const packs = createPackService(projectsDir ?? resolveProjectsRoot(), { watch: false });
  const python = cliPython({ projectFiles: (project) => packs.getProjectFiles(project) }, 'warn')!;
  try {
    return await run(packs, python);
  } finally {
    python.dispose();
  }
}

// The `<project> <milestone> <what>` arguments that `mistake` and `show-file` share:
// parses them, loads the pack (reporting its problems) and finds the milestone.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPack, resolveProjectsRoot } from '../../services/packs';
import type { LoadedMilestone } from '../../shared/pack/types';
import { EXIT_NOT_PASSED, EXIT_USAGE } from '../exit-codes';
import { formatProblem } from '../pack-problems';

export type MilestoneArgument = { ok: true; slug: string; milestone: LoadedMilestone; what: string } | { ok: false; exitCode: number };

export async function readMilestoneArgument(args: string[], usage: string): Promise<MilestoneArgument> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { projects: { type: 'string' } } });
  } catch (error) {
    process.stderr.write(`buildpath: ${(error as Error).message}\n${usage}`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  const [slug, milestoneId, what] = parsed.positionals;
  if (!slug || !milestoneId || !what || parsed.positionals.length > 3) {
    process.stderr.write(usage);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  const root = path.resolve(parsed.values.projects ?? resolveProjectsRoot());
  const result = await loadPack(path.join(root, slug));
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${formatProblem(root, problem)}\n`);
    return { ok: false, exitCode: EXIT_NOT_PASSED };
  }
  const milestone = result.pack.milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) {
    process.stderr.write(`buildpath: ${slug} has no milestone "${milestoneId}" (its milestones: ${result.pack.manifest.milestones.join(', ')})\n`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  return { ok: true, slug, milestone, what };
}

export function printProgram(code: string): void {
  process.stdout.write(code.endsWith('\n') ? code : `${code}\n`);
}

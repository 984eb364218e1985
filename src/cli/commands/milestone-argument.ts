// The `<project> <milestone> <what>` arguments that `mistake` and `show-file` share:
// parses them, loads the pack (reporting its problems) and finds the milestone. What
// they print comes from a pack, which may be somebody else's: on a terminal, control
// characters in it are shown as escapes instead of acting; into a pipe or a file the
// program is written exactly (the authoring tool reads a starter that way).

import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPack, resolveProjectsRoot } from '../../services/packs';
import type { LoadedMilestone } from '../../shared/pack/types';
import { EXIT_NOT_PASSED, EXIT_USAGE } from '../exit-codes';
import { formatProblem } from '../pack-problems';
import { visible, visibleLine } from '../terminal-text';

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
    const known = result.pack.manifest.milestones.map((id) => visibleLine(id)).join(', ');
    process.stderr.write(`buildpath: ${visibleLine(slug)} has no milestone "${visibleLine(milestoneId)}" (its milestones: ${known})\n`);
    return { ok: false, exitCode: EXIT_USAGE };
  }
  return { ok: true, slug, milestone, what };
}

export function printProgram(code: string, stream: NodeJS.WriteStream = process.stdout): void {
  const shown = stream.isTTY ? visible(code) : code;
  process.stdout.write(shown.endsWith('\n') ? shown : `${shown}\n`);
}

// buildpath mistake <project> <milestone> <name> [--projects DIR]: prints the
// complete program a known mistake stands for (in format 2, its patch applied to
// solution.py), so an author can read or run exactly what the checks see. The code
// comes from a pack, which may be somebody else's: control characters are shown as
// escapes, not sent to the terminal (as `check` does with learner output).

import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPack, resolveProjectsRoot } from '../../services/packs';
import { EXIT_NOT_PASSED, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { formatProblem } from '../pack-problems';
import { visible, visibleLine } from '../terminal-text';

const USAGE = 'Usage: buildpath mistake <project> <milestone> <name> [--projects DIR]\n';

export async function runMistakeCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { projects: { type: 'string' } } });
  } catch (error) {
    process.stderr.write(`buildpath: ${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const [slug, milestoneId, name] = parsed.positionals;
  if (!slug || !milestoneId || !name || parsed.positionals.length > 3) {
    process.stderr.write(USAGE);
    return EXIT_USAGE;
  }
  const root = path.resolve(parsed.values.projects ?? resolveProjectsRoot());
  const result = await loadPack(path.join(root, slug));
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${formatProblem(root, problem)}\n`);
    return EXIT_NOT_PASSED;
  }
  const milestone = result.pack.milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) {
    const known = result.pack.manifest.milestones.map(visibleLine).join(', ');
    process.stderr.write(`buildpath: ${visibleLine(slug)} has no milestone "${visibleLine(milestoneId)}" (its milestones: ${known})\n`);
    return EXIT_USAGE;
  }
  const mistake = milestone.mistakes.find((candidate) => candidate.name === name);
  if (!mistake) {
    const known = milestone.mistakes.map((candidate) => visibleLine(candidate.name)).join(', ');
    process.stderr.write(`buildpath: ${visibleLine(slug)}/${visibleLine(milestoneId)} has no mistake "${visibleLine(name)}" (its mistakes: ${known})\n`);
    return EXIT_USAGE;
  }
  const code = visible(mistake.code);
  process.stdout.write(code.endsWith('\n') ? code : `${code}\n`);
  return EXIT_OK;
}

// buildpath mistake <project> <milestone> <name> [--projects DIR]: prints the
// complete program a known mistake stands for (in format 2, its patch applied to
// solution.py), so an author can read or run exactly what the checks see.

import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { printProgram, readMilestoneArgument } from './milestone-argument';

const USAGE = 'Usage: buildpath mistake <project> <milestone> <name> [--projects DIR]\n';

export async function runMistakeCommand(args: string[]): Promise<number> {
  const argument = await readMilestoneArgument(args, USAGE);
  if (!argument.ok) return argument.exitCode;
  const { slug, milestone, what: name } = argument;
  const mistake = milestone.mistakes.find((candidate) => candidate.name === name);
  if (!mistake) {
    const known = milestone.mistakes.map((candidate) => candidate.name).join(', ');
    process.stderr.write(`buildpath: ${slug}/${milestone.id} has no mistake "${name}" (its mistakes: ${known})\n`);
    return EXIT_USAGE;
  }
  printProgram(mistake.code);
  return EXIT_OK;
}

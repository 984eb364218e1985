// buildpath mistake <project> <milestone> <name> [--projects DIR]: prints the
// complete program a known mistake stands for (in format 2, its patch applied to
// solution.py), so an author can read or run exactly what the checks see. Names from
// the pack are shown with control characters escaped; so is the code on a terminal
// (see milestone-argument.ts).

import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { visibleLine } from '../terminal-text';
import { printProgram, readMilestoneArgument } from './milestone-argument';

const USAGE = 'Usage: buildpath mistake <project> <milestone> <name> [--projects DIR]\n';

export async function runMistakeCommand(args: string[]): Promise<number> {
  const argument = await readMilestoneArgument(args, USAGE);
  if (!argument.ok) return argument.exitCode;
  const { slug, milestone, what: name } = argument;
  const mistake = milestone.mistakes.find((candidate) => candidate.name === name);
  if (!mistake) {
    const known = milestone.mistakes.map((candidate) => visibleLine(candidate.name)).join(', ');
    process.stderr.write(`buildpath: ${visibleLine(slug)}/${visibleLine(milestone.id)} has no mistake "${visibleLine(name)}" (its mistakes: ${known})\n`);
    return EXIT_USAGE;
  }
  printProgram(mistake.code);
  return EXIT_OK;
}

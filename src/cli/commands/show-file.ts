// buildpath show-file <project> <milestone> starter|solution [--projects DIR]: prints
// the program the learner starts from, or the reference solution, as the app serves
// it (a starter.patch.py or starter.diff assembled onto solution.py).

import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { printProgram, readMilestoneArgument } from './milestone-argument';

const USAGE = 'Usage: buildpath show-file <project> <milestone> starter|solution [--projects DIR]\n';

export async function runShowFileCommand(args: string[]): Promise<number> {
  const argument = await readMilestoneArgument(args, USAGE);
  if (!argument.ok) return argument.exitCode;
  const { milestone, what } = argument;
  if (what !== 'starter' && what !== 'solution') {
    process.stderr.write(`buildpath: show-file prints "starter" or "solution", not "${what}"\n${USAGE}`);
    return EXIT_USAGE;
  }
  printProgram(milestone[what]);
  return EXIT_OK;
}

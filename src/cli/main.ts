// Entry point of the headless tool. Each command lives in its own module.
import { runCheckCommand } from './commands/check';
import { runGradeCommand } from './commands/grade';
import { runListCommand } from './commands/list';
import { runMistakeCommand } from './commands/mistake';
import { runPortfolioCommand } from './commands/portfolio';
import { runShowFileCommand } from './commands/show-file';
import { runValidateCommand } from './commands/validate';
import { runVerifyCommand } from './commands/verify';
import { EXIT_USAGE } from './exit-codes';

const USAGE = `Usage:
  buildpath check <project> <milestone> <file.py> [--json] [--projects DIR]
  buildpath grade <project> <milestone|all> <folder> [--csv FILE] [--json FILE] [--jobs N] [--memory MB] [--unsafe]
  buildpath list [--projects DIR] [--json]
  buildpath mistake <project> <milestone> <name> [--projects DIR]
  buildpath show-file <project> <milestone> starter|solution [--projects DIR]
  buildpath validate [DIR]
  buildpath portfolio <workspace> --out <folder> [--project SLUG] [--name NAME]
  buildpath verify <folder>

Exit codes: 0 passed / valid / all graded, 1 not passed / invalid / some not graded, 2 usage or pack error.`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  check: runCheckCommand,
  grade: runGradeCommand,
  list: runListCommand,
  mistake: runMistakeCommand,
  'show-file': runShowFileCommand,
  validate: runValidateCommand,
  portfolio: runPortfolioCommand,
  verify: runVerifyCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command || rest.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return name === '--help' || rest.includes('--help') ? 0 : EXIT_USAGE;
  }
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`buildpath: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(EXIT_USAGE);
  },
);

// buildpath verify <folder> [--projects DIR]: exit 0 when every verdict an export
// claims holds for its code with the bundled packs, 1 naming each one that does not.

import { verifyPortfolio } from '../../services/portfolio';
import { EXIT_NOT_PASSED, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { parseCommandArgs, usageError, withPacksAndPython } from '../portfolio-session';
import { visible } from '../terminal-text';

const USAGE = 'Usage: buildpath verify <folder> [--projects DIR]\n';

export async function runVerifyCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, {}, USAGE);
  if (!parsed) return EXIT_USAGE;
  const [folder] = parsed.positionals;
  if (!folder || parsed.positionals.length > 1) return usageError(USAGE);

  return withPacksAndPython(parsed.values.projects as string | undefined, async (packs, checker) => {
    const report = await verifyPortfolio(folder, packs, checker);
    const lines = report.confirmed.map((milestone) => `  OK    ${milestone.milestone}: "${milestone.status}" and ${milestone.checks} check verdicts hold`);
    for (const finding of report.findings) lines.push(`  FAIL  ${finding.milestone ?? 'portfolio'}: ${finding.problem}`);
    const failed = report.findings.length;
    lines.push('', report.ok ? 'Every claim in this portfolio holds.' : `${failed} claim${failed === 1 ? ' does' : 's do'} not hold.`);
    process.stdout.write(`${visible(lines.join('\n'))}\n`);
    return report.ok ? EXIT_OK : EXIT_NOT_PASSED;
  });
}

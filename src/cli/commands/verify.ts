// buildpath verify <folder> [--projects DIR]: exit 0 when every verdict an export
// claims holds for its code with the bundled packs, 1 naming each one that does not.

import { parseArgs } from 'node:util';
import { createPackService, resolveProjectsRoot } from '../../services/packs';
import { verifyPortfolio } from '../../services/portfolio';
import { createNodePythonClient } from '../../services/python/node-python';
import { EXIT_NOT_PASSED, EXIT_OK, EXIT_USAGE } from '../exit-codes';

const USAGE = 'Usage: buildpath verify <folder> [--projects DIR]\n';

export async function runVerifyCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { projects: { type: 'string' } } });
  } catch (error) {
    process.stderr.write(`buildpath: ${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const [folder] = parsed.positionals;
  if (!folder || parsed.positionals.length > 1) {
    process.stderr.write(USAGE);
    return EXIT_USAGE;
  }

  const packs = createPackService(parsed.values.projects ?? resolveProjectsRoot(), { watch: false });
  const python = createNodePythonClient({ projectFiles: (project) => packs.getProjectFiles(project) });
  try {
    const report = await verifyPortfolio(folder, packs, python);
    const lines = report.confirmed.map((milestone) => `  OK    ${milestone.milestone}: "${milestone.status}" and ${milestone.checks} check verdicts hold`);
    for (const finding of report.findings) lines.push(`  FAIL  ${finding.milestone ?? 'portfolio'}: ${finding.problem}`);
    lines.push('', report.ok ? 'Every claim in this portfolio holds.' : `${report.findings.length} claim${report.findings.length === 1 ? '' : 's'} in this portfolio do not hold.`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return report.ok ? EXIT_OK : EXIT_NOT_PASSED;
  } finally {
    python.dispose();
  }
}

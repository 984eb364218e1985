// buildpath portfolio <workspace> --out <folder> [--project SLUG] [--name NAME] [--projects DIR]

import { PackLookupError } from '../../services/packs';
import { buildpathVersion, exportPortfolio, PortfolioExportError } from '../../services/portfolio';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { parseCommandArgs, usageError, withPacksAndPython } from '../portfolio-session';
import { visible } from '../terminal-text';

const USAGE = 'Usage: buildpath portfolio <workspace> --out <folder> [--project SLUG] [--name NAME] [--projects DIR]\n';

export async function runPortfolioCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { out: { type: 'string' }, project: { type: 'string' }, name: { type: 'string' } }, USAGE);
  if (!parsed) return EXIT_USAGE;
  const { values, positionals } = parsed;
  const [workspaceDir] = positionals;
  if (!workspaceDir || typeof values.out !== 'string' || positionals.length > 1) return usageError(USAGE);
  const outDir = values.out;

  return withPacksAndPython(values.projects as string | undefined, async (packs, checker) => {
    try {
      const summary = await exportPortfolio({
        workspaceDir,
        outDir,
        project: values.project as string | undefined,
        learnerName: (values.name as string | undefined) ?? null,
        packs,
        checker,
        buildpathVersion: buildpathVersion(),
      });
      process.stdout.write(
        `Exported ${summary.milestones} milestone${summary.milestones === 1 ? '' : 's'} (${summary.passed} passed) to ${summary.outDir}\n` +
          `  ${summary.pageFile}\n  ${summary.manifestFile}\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof PortfolioExportError || error instanceof PackLookupError)) throw error;
      process.stderr.write(`buildpath: ${visible(error.message)}\n`);
      return EXIT_USAGE;
    }
  });
}

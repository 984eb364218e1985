// buildpath portfolio <workspace> --out <folder> [--project SLUG] [--name NAME] [--projects DIR]

import { parseArgs } from 'node:util';
import { createPackService, PackLookupError, resolveProjectsRoot } from '../../services/packs';
import { buildpathVersion, exportPortfolio, PortfolioExportError } from '../../services/portfolio';
import { createNodePythonClient } from '../../services/python/node-python';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';

const USAGE = 'Usage: buildpath portfolio <workspace> --out <folder> [--project SLUG] [--name NAME] [--projects DIR]\n';

export async function runPortfolioCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, project: { type: 'string' }, name: { type: 'string' }, projects: { type: 'string' } },
    });
  } catch (error) {
    process.stderr.write(`buildpath: ${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const [workspaceDir] = positionals;
  if (!workspaceDir || !values.out || positionals.length > 1) {
    process.stderr.write(USAGE);
    return EXIT_USAGE;
  }

  const packs = createPackService(values.projects ?? resolveProjectsRoot(), { watch: false });
  const python = createNodePythonClient({ projectFiles: (project) => packs.getProjectFiles(project) });
  try {
    const summary = await exportPortfolio({
      workspaceDir,
      outDir: values.out,
      project: values.project,
      learnerName: values.name ?? null,
      packs,
      checker: python,
      buildpathVersion: buildpathVersion(),
    });
    process.stdout.write(
      `Exported ${summary.milestones} milestone${summary.milestones === 1 ? '' : 's'} (${summary.passed} passed) to ${summary.outDir}\n` +
        `  ${summary.pageFile}\n  ${summary.manifestFile}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof PortfolioExportError || error instanceof PackLookupError)) throw error;
    process.stderr.write(`buildpath: ${error.message}\n`);
    return EXIT_USAGE;
  } finally {
    python.dispose();
  }
}

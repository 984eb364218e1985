// buildpath check <project> <milestone> <file.py> [--json] [--projects DIR]

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createPackService, PackLookupError, resolveProjectsRoot } from '../../services/packs';
import { toCheckRequest } from '../../shared/python/check-request';
import { formatCheckReport } from '../check-report';
import { EXIT_NOT_PASSED, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { cliPython } from '../sandboxed-python';
import { visibleLine } from '../terminal-text';

export async function runCheckCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, projects: { type: 'string' } },
  });
  const [slug, milestoneId, file] = positionals;
  if (!slug || !milestoneId || !file || positionals.length > 3) {
    process.stderr.write('Usage: buildpath check <project> <milestone> <file.py> [--json] [--projects DIR]\n');
    return EXIT_USAGE;
  }

  let code: string;
  try {
    code = await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`buildpath: cannot read ${visibleLine(file)}: ${(error as NodeJS.ErrnoException).code ?? error}\n`);
    return EXIT_USAGE;
  }

  const packs = createPackService(values.projects ?? resolveProjectsRoot(), { watch: false });
  let bundle;
  try {
    bundle = await packs.getCheckBundle(slug, milestoneId);
  } catch (error) {
    if (!(error instanceof PackLookupError)) throw error;
    process.stderr.write(`buildpath: ${visibleLine(error.message)}\n`);
    return EXIT_USAGE;
  }

  const python = cliPython({ projectFiles: (project) => packs.getProjectFiles(project) }, 'warn')!;
  try {
    const result = await python.check(toCheckRequest(bundle, code));
    process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatCheckReport(result));
    return result.status === 'pass' ? EXIT_OK : EXIT_NOT_PASSED;
  } finally {
    python.dispose();
  }
}

// buildpath grade <project> <milestone|all> <folder> [--csv FILE] [--json FILE] [--jobs N] [--unsafe]
// Checks a whole class's submissions in the sandbox and writes a gradebook.

import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPackService, loadPack, PackLookupError, resolveProjectsRoot } from '../../services/packs';
import type { PythonClient } from '../../shared/python/python-client';
import { DEFAULT_MEMORY_LIMIT_MB } from '../../services/python/sandbox/sandboxed-worker';
import { EXIT_NOT_PASSED, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { gradebookJson, readEarlierGrades, toCsv, writeFileAtomically, type GradedSubmission } from '../grade/gradebook';
import { gradeSubmissions, planMilestone, type MilestonePlan } from '../grade/grader';
import { createProgress } from '../grade/progress';
import { findSubmissions } from '../grade/submissions';
import { formatSummary } from '../grade/summary';
import { cliPython } from '../sandboxed-python';
import { visibleLine } from '../terminal-text';

const USAGE =
  'Usage: buildpath grade <project> <milestone|all> <folder> [--csv FILE] [--json FILE] [--jobs N] [--memory MB] [--unsafe] [--projects DIR]\n';

function usage(problem?: string): number {
  process.stderr.write(`${problem ? `buildpath: ${problem}\n` : ''}${USAGE}`);
  return EXIT_USAGE;
}

export async function runGradeCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        csv: { type: 'string' },
        json: { type: 'string' },
        jobs: { type: 'string' },
        memory: { type: 'string' },
        unsafe: { type: 'boolean' },
        projects: { type: 'string' },
      },
    });
  } catch (error) {
    return usage(visibleLine((error as Error).message));
  }
  const { values, positionals } = parsed;
  const [slug, milestoneArg, folderArg] = positionals;
  if (!slug || !milestoneArg || !folderArg || positionals.length > 3) return usage();
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) return usage('--jobs takes a whole number from 1 to 64');
  const memoryLimitMb = values.memory === undefined ? DEFAULT_MEMORY_LIMIT_MB : Number(values.memory);
  if (!Number.isInteger(memoryLimitMb) || memoryLimitMb < 64 || memoryLimitMb > 4096) return usage('--memory takes megabytes from 64 to 4096');
  const folder = path.resolve(folderArg);
  if (!(await stat(folder).catch(() => null))?.isDirectory()) return usage(`${visibleLine(folderArg)} is not a folder`);

  const root = path.resolve(values.projects ?? resolveProjectsRoot());
  const loaded = await loadPack(path.join(root, slug));
  if (!loaded.ok) return usage(`${visibleLine(slug)} is not a valid project in ${visibleLine(root)} (see buildpath validate)`);
  const all = milestoneArg === 'all';
  const milestones = all ? loaded.pack.manifest.milestones : [milestoneArg];
  if (!all && !milestones.every((id) => loaded.pack.manifest.milestones.includes(id))) {
    return usage(`${visibleLine(slug)} has no milestone "${visibleLine(milestoneArg)}" (its milestones: ${loaded.pack.manifest.milestones.join(', ')}, or all)`);
  }

  let earlier = new Map<string, GradedSubmission>();
  if (values.json) {
    try {
      earlier = await readEarlierGrades(values.json, slug);
    } catch (error) {
      return usage(visibleLine((error as Error).message));
    }
  }

  const packs = createPackService(root, { watch: false });
  const submissions = await findSubmissions(folder, milestones, all);
  if (submissions.length === 0) return usage(`no submissions in ${visibleLine(folderArg)} (${all ? 'one sub-folder per learner' : 'one .py file per learner'})`);

  const pythons: PythonClient[] = [];
  const workers = Math.min(jobs, submissions.length);
  const gcOnMainThread = workers >= availableParallelism(); // every core already runs one of them
  for (let index = 0; index < workers; index++) {
    const python = cliPython({ projectFiles: (project) => packs.getProjectFiles(project), memoryLimitMb, unsafe: values.unsafe, gcOnMainThread }, 'sandbox');
    if (!python) return EXIT_USAGE;
    pythons.push(python);
  }
  const started = Date.now();
  try {
    const plans = new Map<string, MilestonePlan>();
    for (const milestone of milestones) {
      try {
        plans.set(milestone, await planMilestone(pythons[0]!, await packs.getCheckBundle(slug, milestone)));
      } catch (error) {
        if (error instanceof PackLookupError) return usage(visibleLine(error.message));
        throw error;
      }
    }
    const progress = createProgress(submissions.length);
    const rows = await gradeSubmissions(submissions, { project: slug, plans, pythons, earlier, memoryLimitMb, onDone: progress.done });
    progress.finish();
    if (values.csv) await writeFileAtomically(values.csv, toCsv(rows));
    if (values.json) await writeFileAtomically(values.json, gradebookJson(slug, rows));
    process.stdout.write(formatSummary(slug, rows, (Date.now() - started) / 1000));
    return rows.every((row) => row.graded) ? EXIT_OK : EXIT_NOT_PASSED;
  } finally {
    for (const python of pythons) python.dispose();
  }
}

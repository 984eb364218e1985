// `buildpath grade` against one `buildpath check` process per submission, both as
// an instructor runs them (real processes, the sandbox, the built CLI when
// `npm run build` made one), on house-prices 01 with two processes at a time.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadPack } from '../../src/services/packs';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/buildpath.mjs');
const PROJECT = 'house-prices';
const MILESTONE = '01-load-sales';
const run = promisify(execFile);

export interface GradeFigures {
  jobs: number;
  submissions: number;
  gradeSeconds: number;
  gradePerSecond: number;
  /** Submissions checked by `buildpath check`, one process each, `jobs` at a time. */
  checkProcesses: number;
  checkSeconds: number;
  checkPerSecond: number;
}

/** A class: the reference solution and every known mistake, repeated (each copy a distinct file). */
async function writeClass(count: number): Promise<string[]> {
  const loaded = await loadPack(path.join(REPO, 'projects', PROJECT));
  if (!loaded.ok) throw new Error(`${PROJECT} does not load`);
  const milestone = loaded.pack.milestones.find((candidate) => candidate.id === MILESTONE)!;
  const programs = [milestone.solution, ...milestone.mistakes.map((mistake) => mistake.code)];
  const folder = mkdtempSync(path.join(tmpdir(), 'bp-bench-grade-'));
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const file = path.join(folder, `learner-${String(index).padStart(3, '0')}.py`);
    writeFileSync(file, `${programs[index % programs.length]}\n# learner ${index}\n`);
    files.push(file);
  }
  return files;
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

export async function measureGrade(count = 40, checkProcesses = 8): Promise<GradeFigures> {
  const jobs = Math.min(2, availableParallelism());
  const files = await writeClass(count);
  const folder = path.dirname(files[0]!);
  const csv = path.join(folder, '..', `${path.basename(folder)}.csv`);
  // One check first, so both sides start from the same saved snapshot.
  await run(process.execPath, [BIN, 'check', PROJECT, MILESTONE, files[0]!, '--json']).catch(() => undefined);
  const gradeSeconds = await seconds(() => run(process.execPath, [BIN, 'grade', PROJECT, MILESTONE, folder, '--jobs', String(jobs), '--csv', csv]));
  const queue = files.slice(0, checkProcesses);
  const checkSeconds = await seconds(() =>
    Promise.all(
      Array.from({ length: jobs }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          await run(process.execPath, [BIN, 'check', PROJECT, MILESTONE, file, '--json']).catch((error: { code?: number }) => {
            if (error.code !== 1) throw error; // 1: a mistake that did not pass, as expected
          });
        }
      }),
    ),
  );
  return {
    jobs,
    submissions: count,
    gradeSeconds,
    gradePerSecond: count / gradeSeconds,
    checkProcesses,
    checkSeconds,
    checkPerSecond: checkProcesses / checkSeconds,
  };
}

// `node --import tsx scripts/bench/grade-figures.ts`: this figure alone.
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const figures = await measureGrade();
  process.stdout.write(`${JSON.stringify({ ...figures, ratio: figures.gradePerSecond / figures.checkPerSecond }, null, 2)}\n`);
}

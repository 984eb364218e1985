// `buildpath grade` against one `buildpath check` process per submission, both as
// an instructor runs them (real processes, the sandbox, the built CLI when
// `npm run build` made one), on a house-prices 01 class (grade-class.ts) with two
// processes at a time. Each side runs `rounds` times; the figures are medians. Besides
// wall time, for grade the CPU seconds its whole process tree used per submission
// (Linux), which other work on a shared machine stretches far less: 2 cores ÷ that is
// the best rate the machine could reach. (Not for `check`: it exits without waiting
// for its killed Python process, whose CPU time then goes to init, not to us; grade
// loses only its last Pythons that way.)

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CLASS_MILESTONE, CLASS_PROJECT, writeHousePricesClass } from './grade-class';
import { median } from './stats';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/buildpath.mjs');
const run = promisify(execFile);

export interface GradeSide {
  submissions: number;
  /** Medians over the rounds. */
  seconds: number;
  perSecond: number;
  /** CPU seconds (user + system, every process) per submission; null off Linux or where not counted. */
  cpuSecondsEach: number | null;
  /** Per round, for the record. */
  rounds: { seconds: number; cpuSeconds: number | null }[];
}

export interface GradeFigures {
  jobs: number;
  grade: GradeSide;
  /** Submissions checked by `buildpath check`, one process each, `jobs` at a time. */
  check: GradeSide;
  /** grade ÷ check, submissions per second (medians). */
  ratio: number;
  /** 1-minute load average before and after. */
  load: [number, number];
  /** What the CLI reported about the class, to be sure it graded what it should. */
  statuses: Record<string, number>;
}

/**
 * CPU seconds the whole machine spent so far (every process and thread), from /proc/stat.
 * This process's children fields count only descendants that were waited for, and missed
 * about half of the sandboxed Pythons' time (0.65 against 1.15 s a submission, 2026-12-04).
 * The machine's count is right on an idle machine and an over-count under other load
 * (the figures give the load average beside it).
 */
function machineCpuSeconds(): number | null {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq] = ticks.map(Number);
    return (user! + nice! + system! + irq! + softirq!) / 100; // clock ticks, USER_HZ 100
  } catch {
    return null;
  }
}

async function measured(work: () => Promise<unknown>): Promise<{ seconds: number; cpuSeconds: number | null }> {
  const cpuBefore = machineCpuSeconds();
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = machineCpuSeconds();
  return { seconds, cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function side(submissions: number, rounds: { seconds: number; cpuSeconds: number | null }[], countCpu: boolean): GradeSide {
  const seconds = median(rounds.map((round) => round.seconds));
  const counted = countCpu && rounds.every((round) => round.cpuSeconds !== null);
  const cpu = counted ? median(rounds.map((round) => round.cpuSeconds!)) / submissions : null;
  return { submissions, seconds, perSecond: submissions / seconds, cpuSecondsEach: cpu, rounds };
}

async function checkOne(file: string): Promise<void> {
  await run(process.execPath, [BIN, 'check', CLASS_PROJECT, CLASS_MILESTONE, file, '--json']).catch((error: { code?: number }) => {
    if (error.code !== 1) throw error; // 1: a submission that did not pass, as most of a class does not
  });
}

export async function measureGrade(count = 40, checkProcesses = 8, rounds = 3): Promise<GradeFigures> {
  const jobs = Math.min(2, availableParallelism());
  const folder = mkdtempSync(path.join(tmpdir(), 'bp-bench-grade-'));
  await writeHousePricesClass(folder, count);
  const files = readdirSync(folder).sort().map((name) => path.join(folder, name));
  // One from each block of five (correct, wrong, odd in turn), so `check` sees the class's mix.
  const sample = Array.from({ length: checkProcesses }, (_, block) => files[(block * 5 + (block % 5)) % files.length]!);
  const csv = path.join(folder, '..', `${path.basename(folder)}.csv`);
  const loadBefore = loadavg()[0]!;
  await checkOne(files[0]!); // both sides start from the same saved snapshot
  const gradeRounds = [];
  const checkRounds = [];
  for (let round = 0; round < rounds; round++) {
    gradeRounds.push(await measured(() => run(process.execPath, [BIN, 'grade', CLASS_PROJECT, CLASS_MILESTONE, folder, '--jobs', String(jobs), '--csv', csv])));
    const queue = [...sample];
    checkRounds.push(
      await measured(() =>
        Promise.all(
          Array.from({ length: jobs }, async () => {
            for (let file = queue.shift(); file; file = queue.shift()) await checkOne(file);
          }),
        ),
      ),
    );
  }
  const statuses: Record<string, number> = {};
  for (const line of readFileSync(csv, 'utf8').trim().split('\r\n').slice(1)) {
    const status = line.split(',')[3]!;
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  const grade = side(count, gradeRounds, true);
  const check = side(sample.length, checkRounds, false);
  return { jobs, grade, check, ratio: grade.perSecond / check.perSecond, load: [loadBefore, loadavg()[0]!], statuses };
}

export function gradeTable(figures: GradeFigures): string[][] {
  const cpu = (value: number | null) => (value === null ? '—' : value.toFixed(2));
  return [
    [`Grading house-prices 01 in the sandbox, ${figures.jobs} at a time (medians)`, 'submissions', 'seconds', 'submissions/s', 'machine CPU s each'],
    ['buildpath grade', String(figures.grade.submissions), figures.grade.seconds.toFixed(1), figures.grade.perSecond.toFixed(2), cpu(figures.grade.cpuSecondsEach)],
    ['one buildpath check process each', String(figures.check.submissions), figures.check.seconds.toFixed(1), figures.check.perSecond.toFixed(2), cpu(figures.check.cpuSecondsEach)],
  ];
}

// `node --import tsx scripts/bench/grade-figures.ts [count] [check-processes] [rounds]`: this figure alone.
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const [count, checks, rounds] = process.argv.slice(2).map(Number);
  const figures = await measureGrade(count || 40, checks || 8, rounds || 3);
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  for (const row of gradeTable(figures)) process.stdout.write(`${row.join(' | ')}\n`);
}

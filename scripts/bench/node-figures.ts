// Figures measured in Node: Python start, check latency per milestone, batch
// checking in one process and with a pool of workers, peak memory.

import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createPackService } from '../../src/services/packs';
import { createNodePythonClient } from '../../src/services/python/node-python';
import type { CheckBundle } from '../../src/shared/pack/types';
import { toCheckRequest } from '../../src/shared/python/check-request';
import type { PythonClient } from '../../src/shared/python/python-client';
import { median, p95, timed } from './stats';

const REPO = path.resolve(import.meta.dirname, '../..');

const START_VARIANTS = {
  bare: { child: 'bare', env: {} },
  ours: { child: 'ours', env: {} },
  oursWithoutSnapshot: { child: 'ours', env: { BUILDPATH_SNAPSHOTS: 'off' } },
} as const;

export type StartFigures = Record<keyof typeof START_VARIANTS, { cold: number[]; warm: number[] }>;

function startInFreshProcess(child: string, env: Record<string, string>): { cold: number; warm: number } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'start-child.ts'), child], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return JSON.parse(output.trim().split('\n').pop()!) as { cold: number; warm: number };
}

/** Each variant started in fresh processes; the first start of ours makes the snapshot the others load. */
export function measureNodeStart(runs: number): StartFigures {
  startInFreshProcess('ours', {});
  const figures = Object.fromEntries(Object.keys(START_VARIANTS).map((name) => [name, { cold: [], warm: [] }])) as unknown as StartFigures;
  for (let run = 0; run < runs; run++) {
    for (const [name, { child, env }] of Object.entries(START_VARIANTS) as Array<[keyof StartFigures, (typeof START_VARIANTS)[keyof StartFigures]]>) {
      const { cold, warm } = startInFreshProcess(child, env);
      figures[name].cold.push(cold);
      figures[name].warm.push(warm);
    }
  }
  return figures;
}

export interface Submission {
  label: string;
  bundle: CheckBundle;
}

const packs = createPackService(path.join(REPO, 'projects'));

/** A Node Python client that gets data files from the real projects/. */
function projectsPython() {
  return createNodePythonClient({ projectFiles: (slug) => packs.getProjectFiles(slug) });
}

export async function referenceSubmissions(): Promise<Submission[]> {
  const submissions: Submission[] = [];
  for (const project of await packs.listProjects()) {
    if (project.status !== 'ok') continue;
    for (const milestone of project.milestones) {
      submissions.push({ label: `${project.slug}/${milestone.id}`, bundle: await packs.getCheckBundle(project.slug, milestone.id) });
    }
  }
  return submissions;
}

async function checkReference(client: PythonClient, submission: Submission): Promise<number> {
  const { ms, value } = await timed(() => client.check(toCheckRequest(submission.bundle, submission.bundle.solution)));
  if (value.status !== 'pass') throw new Error(`${submission.label}: the reference solution did not pass (${value.status})`);
  return ms;
}

export interface LatencyRow {
  milestone: string;
  firstMs: number;
  medianMs: number;
  p95Ms: number;
}

export async function measureCheckLatency(submissions: Submission[], repeats: number): Promise<LatencyRow[]> {
  const client = projectsPython();
  await client.ready();
  const rows: LatencyRow[] = [];
  for (const submission of submissions) {
    const firstMs = await checkReference(client, submission);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) times.push(await checkReference(client, submission));
    rows.push({ milestone: submission.label, firstMs, medianMs: median(times), p95Ms: p95(times) });
  }
  client.dispose();
  return rows;
}

export interface BatchFigures {
  submissions: number;
  workers: number;
  seconds: number;
  perSecond: number;
}

/** Every reference solution checked `rounds` times, by one worker or a pool sharing a queue. */
export async function measureBatch(submissions: Submission[], workers: number, rounds: number): Promise<BatchFigures> {
  const clients = Array.from({ length: workers }, () => projectsPython());
  await Promise.all(clients.map((client) => client.ready()));
  const queue = Array.from({ length: rounds }, () => submissions).flat();
  const total = queue.length;
  const { ms } = await timed(() =>
    Promise.all(
      clients.map(async (client) => {
        for (let next = queue.shift(); next; next = queue.shift()) await checkReference(client, next);
      }),
    ),
  );
  for (const client of clients) client.dispose();
  return { submissions: total, workers, seconds: ms / 1000, perSecond: total / (ms / 1000) };
}

export function poolSize(): number {
  return Math.max(2, Math.min(availableParallelism(), 4));
}

export function peakResidentMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

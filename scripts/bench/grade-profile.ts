// Where a `buildpath grade` submission's time goes, phase by phase, on house-prices 01:
// once per batch in the parent (pack, bundle, data files, the child script), once per
// sandboxed process (Node's start, the child's own start, Pyodide from the snapshot,
// the library), and per check (the check in a fresh interpreter and in a warm one,
// and the round trip around it). Prints a table of medians.
// `node --import tsx scripts/bench/grade-profile.ts [repetitions]`

import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { loadPyodide } from 'pyodide';
import { createPackService, resolveProjectsRoot } from '../../src/services/packs';
import { cacheDirectory } from '../../src/services/python/file-snapshots';
import { createNodePythonClient, createSandboxedPythonClient, pyodideDirectory } from '../../src/services/python/node-python';
import { readPythonSources } from '../../src/services/python/python-sources';
import { sandboxChildScript } from '../../src/services/python/sandbox/child-script';
import { permissionArguments, permissionSupport } from '../../src/services/python/sandbox/node-permissions';
import { toCheckRequest } from '../../src/shared/python/check-request';
import { prepareLibrary } from '../../src/shared/python/worker-runtime';
import { CLASS_MILESTONE, CLASS_PROJECT, housePricesClass } from './grade-class';
import { median, timed } from './stats';

export interface PhaseFigure {
  phase: string;
  where: 'once per batch' | 'per process' | 'per check';
  ms: number;
  note?: string;
}

/** A forked Node under the same permission flags that answers at once: the bare cost of a process. */
async function bareProcessMs(): Promise<number> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bp-profile-'));
  const script = path.join(folder, 'answer.mjs');
  writeFileSync(script, 'process.send("up", () => process.exit(0));\n');
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = fork(script, [], { execArgv: [...permissionArguments(permissionSupport(), [script]), '--disable-warning=ExperimentalWarning'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    child.once('message', () => resolve());
    child.once('error', reject);
  });
  return performance.now() - started;
}

function snapshotFile(): string | null {
  const folder = path.join(cacheDirectory(), 'sandbox-snapshots');
  const name = readdirSync(folder, { withFileTypes: true }).find((entry) => entry.name.endsWith('.snapshot'))?.name;
  return name ? path.join(folder, name) : null;
}

export async function profileGrade(repetitions = 5): Promise<PhaseFigure[]> {
  const figures: PhaseFigure[] = [];
  const once = (phase: string, ms: number, note?: string) => figures.push({ phase, where: 'once per batch', ms, note });

  const packs = createPackService(resolveProjectsRoot(), { watch: false });
  const bundleTime = await timed(() => packs.getCheckBundle(CLASS_PROJECT, CLASS_MILESTONE));
  once('pack compile and check bundle', bundleTime.ms);
  const filesTime = await timed(() => packs.getProjectFiles(CLASS_PROJECT));
  const dataBytes = Object.values(filesTime.value.files).reduce((total, content) => total + Buffer.byteLength(content), 0);
  once('project data files (read)', filesTime.ms, `${(dataBytes / 1e6).toFixed(1)} MB`);
  const started = performance.now();
  const childScript = sandboxChildScript(path.join(cacheDirectory(), 'sandbox'));
  once('child script (bundled or found)', performance.now() - started);
  const sourcesTime = await timed(async () => readPythonSources());
  once('Python library sources (read)', sourcesTime.ms);

  // Per process: measured on fresh sandboxed clients, each doing one check (as grade does today).
  const members = await housePricesClass(repetitions);
  const bare: number[] = [];
  const ready: number[] = [];
  const inChild: number[] = [];
  const firstRoundTrip: number[] = [];
  const firstCheck: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    bare.push(await bareProcessMs());
    const spawned = performance.now();
    const python = createSandboxedPythonClient({ projectFiles: (slug) => packs.getProjectFiles(slug) });
    const info = await python.ready();
    ready.push(performance.now() - spawned);
    inChild.push(info.loadMs);
    const request = toCheckRequest(bundleTime.value, members.find((member) => member.expected === 'pass')!.code);
    const sent = performance.now();
    const result = await python.check(request);
    firstRoundTrip.push(performance.now() - sent);
    firstCheck.push(result.duration_ms);
    python.dispose();
  }
  const perProcess = (phase: string, ms: number, note?: string) => figures.push({ phase, where: 'per process', ms, note });
  perProcess('Node process start (fork to first IPC message, same flags)', median(bare));
  perProcess('child script start, IPC start/init (spawn to ready, less the two rows below)', median(ready) - median(bare) - median(inChild));
  perProcess('Python start inside the child (snapshot read, loadPyodide, library, connect)', median(inChild));

  // The in-child start split up, in this process (same snapshot, same library).
  const snapshot = snapshotFile();
  if (snapshot) {
    const reads: number[] = [];
    const loads: number[] = [];
    const libraries: number[] = [];
    const startCpu: number[] = []; // every thread of this process: what each check's fresh learner interpreter costs
    const sources = readPythonSources();
    for (let index = 0; index < Math.min(repetitions, 3); index++) {
      const read = await timed(async () => new Uint8Array(readFileSync(snapshot)));
      reads.push(read.ms);
      const cpuBefore = process.cpuUsage();
      const load = await timed(() => loadPyodide({ indexURL: pyodideDirectory(), _loadSnapshot: read.value } as never));
      loads.push(load.ms);
      libraries.push((await timed(async () => prepareLibrary(load.value as never, sources))).ms);
      const cpu = process.cpuUsage(cpuBefore);
      startCpu.push((cpu.user + cpu.system) / 1000);
    }
    perProcess('  of which: snapshot file read', median(reads), `${(statSync(snapshot).size / 1e6).toFixed(0)} MB`);
    perProcess('  of which: loadPyodide from the snapshot', median(loads));
    perProcess('  of which: library files written and imported', median(libraries));
    perProcess('  the rest (lockdown, connecting the library, replies)', median(inChild) - median(reads) - median(loads) - median(libraries), 'by difference');
    figures.push({ phase: 'a fresh interpreter from the snapshot, CPU ms (loadPyodide and the library)', where: 'per check', ms: median(startCpu), note: 'every thread' });
  }
  const serialised = await timed(async () => serialize({ kind: 'request', message: { type: 'project-files', project: filesTime.value } }));
  perProcess('data files through IPC (structured clone, parent side)', serialised.ms, `${(serialised.value.byteLength / 1e6).toFixed(1)} MB`);

  // Per check: a fresh interpreter's first check against repeats in a warm one (a worker thread, which is reused).
  const warm = createNodePythonClient({ projectFiles: (slug) => packs.getProjectFiles(slug) });
  const warmChecks: number[] = [];
  const warmFirst: number[] = [];
  for (const [index, member] of members.entries()) {
    const result = await warm.check(toCheckRequest(bundleTime.value, member.code));
    (index === 0 ? warmFirst : warmChecks).push(result.duration_ms);
  }
  for (let index = 0; index < repetitions; index++) {
    warmChecks.push((await warm.check(toCheckRequest(bundleTime.value, members.find((member) => member.expected === 'pass')!.code))).duration_ms);
  }
  warm.dispose();
  const perCheck = (phase: string, ms: number, note?: string) => figures.push({ phase, where: 'per check', ms, note });
  perCheck('check, first in a fresh sandboxed interpreter (duration_ms)', median(firstCheck));
  perCheck('round trip around it, less the check (request, result, IPC)', median(firstRoundTrip) - median(firstCheck));
  perCheck('check, first in a worker thread (duration_ms)', median(warmFirst));
  perCheck('check, repeated in the same worker (duration_ms)', median(warmChecks), 'what a reused process pays per check');
  packs.close();
  return figures;
}

export function formatProfile(figures: PhaseFigure[]): string {
  const lines = ['| where | phase | median ms | note |', '|---|---|---|---|'];
  for (const figure of figures) lines.push(`| ${figure.where} | ${figure.phase} | ${figure.ms.toFixed(0)} | ${figure.note ?? ''} |`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  process.stdout.write(formatProfile(await profileGrade(Number(process.argv[2] ?? 5))));
  process.exit(0);
}

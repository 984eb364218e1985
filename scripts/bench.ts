// npm run bench: how fast Python starts, how fast checks answer, how the app
// holds up. Everything is measured in this one run on this machine; the table is
// printed and the figures written to .bench/results.json. See BENCHMARKS.md.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { measureBrowser } from './bench/browser-figures';
import { measureLanguageLatency } from './bench/language-figures';
import { measureBatch, measureCheckLatency, measureNodeStart, peakResidentMb, poolSize, referenceSubmissions } from './bench/node-figures';
import { gradeTable, measureGrade } from './bench/grade-figures';
import { formatProfile, profileGrade } from './bench/grade-profile';
import { measureSizes } from './bench/sizes';
import { median } from './bench/stats';

const REPO = path.resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const REPEATS = quick ? 3 : 9;

const fmt = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');
const ratio = (ours: number, bare: number) => (Number.isFinite(ours / bare) ? `${(ours / bare).toFixed(2)}×` : 'n/a');
const print = (line = '') => process.stdout.write(`${line}\n`);

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) print(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  print();
}

print(`Buildpath benchmarks — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
print(quick ? '(quick run: fewer repetitions)\n' : '');

const nodeStart = measureNodeStart(RUNS);
const startRow = (label: string, key: 'cold' | 'warm') => {
  const bare = median(nodeStart.bare[key]);
  const ours = median(nodeStart.ours[key]);
  const plain = median(nodeStart.oursWithoutSnapshot[key]);
  return [label, fmt(bare), fmt(plain), fmt(ours), ratio(plain, bare), ratio(ours, bare)];
};
table([
  ['Python start in Node (median, fresh processes)', 'bare loadPyodide', 'ours, no snapshot', 'ours', 'no snapshot / bare', 'ours / bare'],
  startRow('cold (first start in the process)', 'cold'),
  startRow('warm (second start in the process)', 'warm'),
]);

const submissions = await referenceSubmissions();
const latency = await measureCheckLatency(submissions, REPEATS);
const checkerPeakMb = peakResidentMb();
table([
  ['Check latency, reference solution, Python started', 'first', 'median', 'p95'],
  ...latency.map((row) => [row.milestone, fmt(row.firstMs), fmt(row.medianMs), fmt(row.p95Ms)]),
]);
print(`Peak resident memory of the headless checker after checking every milestone: ${checkerPeakMb.toFixed(0)} MB\n`);

const rounds = quick ? 1 : 3;
const single = await measureBatch(submissions, 1, rounds);
const pool = await measureBatch(submissions, poolSize(), rounds);
table([
  ['Batch checking (all reference solutions)', 'checks', 'seconds', 'checks/s'],
  ...[single, pool].map((b) => [`${b.workers} worker${b.workers > 1 ? 's' : ''}`, String(b.submissions), b.seconds.toFixed(1), b.perSecond.toFixed(2)]),
]);
print(`Pool speed-up: ${(pool.perSecond / single.perSecond).toFixed(2)}× with ${pool.workers} workers\n`);

const grade = await measureGrade(quick ? 12 : 40, quick ? 4 : 8, quick ? 1 : 3);
table(gradeTable(grade));
print(`grade ÷ one process per submission: ${grade.ratio.toFixed(2)}× (load average ${grade.load.map((value) => value.toFixed(1)).join(' → ')})`);
print(`graded: ${Object.entries(grade.statuses).map(([status, count]) => `${count} ${status}`).join(', ')}\n`);
const gradeProfile = await profileGrade(quick ? 3 : 5);
print('Where a graded submission\'s time goes (house-prices 01, medians):');
print(formatProfile(gradeProfile));

const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
let browser: Awaited<ReturnType<typeof measureBrowser>> | null = null;
if (existsSync(chromiumPath) && existsSync(path.join(REPO, 'out', 'renderer', 'index.html'))) {
  const firstMilestones = new Map<string, string>();
  for (const { bundle } of submissions) if (!firstMilestones.has(bundle.project)) firstMilestones.set(bundle.project, bundle.milestone);
  browser = await measureBrowser(chromiumPath, RUNS, [...firstMilestones]);
  const { start } = browser;
  table([
    ['Python start in Chromium (browser mode)', 'bare loadPyodide', 'page load to ready', 'ours / bare'],
    ['cold (fresh profile)', fmt(median(start.bare.cold)), fmt(median(start.ours.cold)), ratio(median(start.ours.cold), median(start.bare.cold))],
    ['warm (same profile, caches warm)', fmt(median(start.bare.warm)), fmt(median(start.ours.warm)), ratio(median(start.ours.warm), median(start.bare.warm))],
  ]);
  table([
    ['Responsiveness and memory in Chromium', 'figure'],
    ['longest main-thread task during a 5 s Python loop', fmt(browser.longestTaskMs)],
    ['longest main-thread task during a 5 s loop printing every step', fmt(browser.longestTaskWhilePrintingMs)],
    ['longest main-thread task during a 5 s time.sleep (worker idle)', fmt(browser.longestTaskWhileSleepingMs)],
    ['page memory after opening every project (measureUserAgentSpecificMemory)', `${browser.pageMemoryMb.toFixed(0)} MB`],
  ]);
} else {
  print('Chromium figures skipped: needs /usr/bin/chromium (or CHROME_PATH) and a build (npm run build).\n');
}

const language = await measureLanguageLatency(REPEATS * 3);
table([
  ['Editor language help, 300-line file, in Pyodide (Node)', 'median', 'p95'],
  ...language.map((row) => [row.question, `${row.medianMs.toFixed(1)} ms`, `${row.p95Ms.toFixed(1)} ms`]),
]);

const sizes = existsSync(path.join(REPO, 'out', 'renderer')) ? measureSizes(REPO) : {};
table([['Size of the built app', 'MB'], ...Object.entries(sizes).map(([name, mb]) => [name, mb.toFixed(1)])]);

mkdirSync(path.join(REPO, '.bench'), { recursive: true });
const file = path.join(REPO, '.bench', 'results.json');
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), quick, nodeStart, latency, checkerPeakMb, batch: [single, pool], grade, gradeProfile, browser, language, sizes }, null, 2)}\n`);
print(`Figures written to ${path.relative(REPO, file)}`);

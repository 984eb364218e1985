// A targeted run of the editor's figures (npm run build first):
//   node --import tsx scripts/bench/editor.ts [repeats]
// Long main-thread tasks while Python runs (with the slow frames' scripts, from
// Chromium's Long Animation Frames API) and the language help's latency.

import { measureEditorFigures } from './browser-figures';
import { median, p95 } from './stats';

const repeats = Number(process.argv[2] ?? 3);
const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
const figures = await measureEditorFigures(chromiumPath, repeats, (line) => process.stdout.write(`${line}\n`));
const print = (line: string) => process.stdout.write(`${line}\n`);

for (const key of ['longestTaskMs', 'longestTaskWhilePrintingMs', 'longestTaskWhileSleepingMs'] as const) {
  const values = figures.running.map((run) => run[key]);
  print(`${key}: median ${Math.round(median(values))} ms, each ${values.map(Math.round).join(', ')}`);
}
for (const [index, run] of figures.running.entries()) {
  for (const [program, frames] of Object.entries(run.slowFrames)) {
    for (const frame of frames) print(`  run ${index + 1} ${program}: frame ${frame.durationMs} ms (render ${frame.renderMs} ms) ${JSON.stringify(frame.scripts)}`);
  }
}
const { completionMs, diagnosticMs } = figures.languageLatency;
print(`completion: median ${Math.round(median(completionMs))} ms, p95 ${Math.round(p95(completionMs))} ms (${completionMs.map(Math.round).join(', ')})`);
print(`diagnostic: median ${Math.round(median(diagnosticMs))} ms, p95 ${Math.round(p95(diagnosticMs))} ms (${diagnosticMs.map(Math.round).join(', ')})`);

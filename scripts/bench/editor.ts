// A targeted run of the editor's figures (npm run build first):
//   node --import tsx scripts/bench/editor.ts [repeats]
// Long main-thread tasks while Python runs (with the slow frames' scripts, from
// Chromium's Long Animation Frames API), then the language help's latency in Node.

import { measureEditorFigures } from './browser-figures';
import { measureLanguageLatency } from './language-figures';
import { median } from './stats';

const repeats = Number(process.argv[2] ?? 3);
const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
const running = await measureEditorFigures(chromiumPath, repeats, (line) => process.stdout.write(`${line}\n`));
const print = (line: string) => process.stdout.write(`${line}\n`);

for (const key of ['longestTaskMs', 'longestTaskWhilePrintingMs', 'longestTaskWhileSleepingMs'] as const) {
  const values = running.map((run) => run[key]);
  print(`${key}: median ${Math.round(median(values))} ms, each ${values.map(Math.round).join(', ')}`);
}
for (const [index, run] of running.entries()) {
  for (const [program, frames] of Object.entries(run.slowFrames)) {
    for (const frame of frames) print(`  run ${index + 1} ${program}: frame ${frame.durationMs} ms (render ${frame.renderMs} ms) ${JSON.stringify(frame.scripts)}`);
  }
}
for (const row of await measureLanguageLatency(20)) {
  print(`${row.question}: median ${row.medianMs.toFixed(1)} ms, p95 ${row.p95Ms.toFixed(1)} ms`);
}

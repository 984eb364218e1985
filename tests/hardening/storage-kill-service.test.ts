// The app's storage, killed mid-save again and again: a process runs the real
// workspace service (the code file through saveCode, progress.json through
// recordEvent) in a loop and is SIGKILLed at a random moment, at least 100 times.
// After every kill both files hold one complete version and a fresh service opens
// them without calling anything damaged. (tests/unit/storage-kill.test.ts does the
// same for writeFileAtomic alone.)

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WorkspaceService } from '../../src/services/workspace/workspace-service';
import { runWriterAndKill } from '../support/kill-mid-write';

export const SERVICE_KILLS = Number(process.env.BUILDPATH_SERVICE_KILL_ROUNDS ?? 100);
const BODY_LINES = 25_000; // about 0.43 MB of code per version, under the service's limit
const STARTER = 'def f():\n    ...\n';

let dir: string;
let writerScript: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'buildpath-service-kill-'));
  writerScript = path.join(dir, 'writer.mts');
  const service = pathToFileURL(path.resolve('src/services/workspace/workspace-service.ts')).href;
  await fs.writeFile(
    writerScript,
    `import { WorkspaceService } from ${JSON.stringify(service)};
const workspace = WorkspaceService.inFolder(process.argv[2], async () => ${JSON.stringify(STARTER)});
let { code, hash } = await workspace.loadCode('demo', '01-start');
let version = Number(/^# version (\\d+)/.exec(code)?.[1] ?? 0);
for (;;) {
  version += 1;
  const next = '# version ' + version + '\\n' + 'x = 1  # padding\\n'.repeat(${BODY_LINES}) + '# end ' + version + '\\n';
  const saved = await workspace.saveCode('demo', '01-start', next, hash);
  if (!saved.ok) throw new Error('conflict on my own file');
  hash = saved.hash;
  await workspace.recordEvent({ type: 'hint_revealed', project: 'demo', milestone: '01-start', hint_index: version % 100 });
  process.stdout.write('saved ' + version + '\\n');
}
`,
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The version of a complete code file; throws on a torn one. The starter counts as version 0. */
function codeVersion(text: string): number {
  if (text === STARTER) return 0;
  const match = /^# version (\d+)\n((?:x = 1 {2}# padding\n)*)# end (\d+)\n$/.exec(text);
  if (!match || match[1] !== match[3] || match[2]!.length !== 17 * BODY_LINES) {
    throw new Error(`torn code file: ${text.length} characters, starting ${JSON.stringify(text.slice(0, 30))}`);
  }
  return Number(match[1]);
}

it(`the workspace service killed mid-save ${SERVICE_KILLS} times leaves every file old or new`, async () => {
  const workspaceDir = path.join(dir, 'workspace');
  const codeFile = path.join(workspaceDir, 'demo', '01-start.py');
  let lastVersion = 0;
  let killedMidWrite = 0;
  const seenTemporaries = new Set<string>();
  for (let round = 0; round < SERVICE_KILLS; round += 1) {
    expect(await runWriterAndKill(writerScript, [workspaceDir])).toBe('SIGKILL');
    const version = codeVersion(await fs.readFile(codeFile, 'utf8'));
    expect(version).toBeGreaterThanOrEqual(lastVersion);
    codeVersion(await fs.readFile(`${codeFile}.bak`, 'utf8'));
    lastVersion = version;
    const names = [...(await fs.readdir(path.dirname(codeFile))), ...(await fs.readdir(workspaceDir))];
    const fresh = names.filter((name) => name.endsWith('.tmp') && !seenTemporaries.has(name));
    if (fresh.length > 0) killedMidWrite += 1;
    for (const name of fresh) seenTemporaries.add(name);

    // A fresh start reads both files as they are: nothing damaged, nothing restored.
    const reopened = WorkspaceService.inFolder(workspaceDir, async () => STARTER);
    const progress = await reopened.getProgress();
    expect(progress.notice).toBeUndefined();
    expect(JSON.parse(await fs.readFile(path.join(workspaceDir, 'progress.json'), 'utf8'))).toBeTypeOf('object');
    expect((await reopened.loadCode('demo', '01-start')).recoveredFrom).toBeUndefined();
  }
  const corrupt = (await fs.readdir(workspaceDir)).filter((name) => name.includes('corrupt'));
  expect(corrupt).toEqual([]);
  console.log(`${SERVICE_KILLS} kills, ${lastVersion} versions saved, ${killedMidWrite} kills left a half-written temporary`);
  expect(killedMidWrite).toBeGreaterThan(0); // the kills did land inside writes
});

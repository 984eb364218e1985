// A writer process killed with SIGKILL in the middle of saving must leave the old or the
// new content on disk, never a mix. The writer saves large versions in a tight loop and
// is killed at a random moment, again and again; after each kill the file and its backup
// must each be one complete version, and versions only move forward.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runWriterAndKill } from '../support/kill-mid-write';

const KILLS = Number(process.env.BUILDPATH_KILL_ROUNDS ?? 20);
const BODY_LINES = 40_000; // about 0.5 MB per version, so a kill often lands mid-write

let dir: string;
let writerScript: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'buildpath-kill-'));
  writerScript = path.join(dir, 'writer.mts');
  const atomicWrite = pathToFileURL(path.resolve('src/services/storage/atomic-write.ts')).href;
  await fs.writeFile(
    writerScript,
    `import { readFileSync } from 'node:fs';
import { writeFileAtomic } from ${JSON.stringify(atomicWrite)};
const file = process.argv[2];
let version = 0;
try { version = Number(/^version (\\d+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? 0); } catch {}
for (;;) {
  version += 1;
  const line = 'version ' + version + '\\n';
  await writeFileAtomic(file, line + 'x'.repeat(12) .concat('\\n').repeat(${BODY_LINES}) + 'end ' + version + '\\n', { keepPrevious: true });
  process.stdout.write('saved ' + version + '\\n');
}
`,
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The version number of a complete file, or a description of what is wrong with it. */
function versionOf(text: string): number {
  const match = /^version (\d+)\n((?:x{12}\n)*)end (\d+)\n$/.exec(text);
  if (!match || match[1] !== match[3] || match[2]!.length !== 13 * BODY_LINES) {
    throw new Error(`torn file: ${text.length} characters, starting ${JSON.stringify(text.slice(0, 30))}`);
  }
  return Number(match[1]);
}

/** Starts the writer, waits until it has saved at least once, then kills it after a random pause. */
async function runAndKill(file: string): Promise<void> {
  expect(await runWriterAndKill(writerScript, [file])).toBe('SIGKILL');
}

it(`a writer killed mid-save ${KILLS} times leaves old or new content, never a mix`, async () => {
  const file = path.join(dir, 'project', '01-milestone.py');
  let lastVersion = 0;
  let leftoverTemporaries = 0;
  for (let round = 0; round < KILLS; round += 1) {
    await runAndKill(file);
    const version = versionOf(await fs.readFile(file, 'utf8'));
    expect(version).toBeGreaterThanOrEqual(lastVersion);
    const backup = await fs.readFile(`${file}.bak`, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    // The first save has nothing to back up; a kill before the second leaves no .bak.
    if (backup === null) expect(version).toBe(1);
    else expect(versionOf(backup)).toBeLessThanOrEqual(version);
    lastVersion = version;
    const names = await fs.readdir(path.dirname(file));
    const temporaries = names.filter((name) => name.endsWith('.tmp'));
    leftoverTemporaries += temporaries.length;
    // Clear them so the next round's count says whether that kill, too, landed mid-write.
    await Promise.all(temporaries.map((name) => fs.rm(path.join(path.dirname(file), name))));
  }
  // Evidence the kills hit writes in flight rather than the gaps between them.
  console.log(`${KILLS} kills, ${lastVersion} versions saved, ${leftoverTemporaries} half-written temporaries left by kills`);
});

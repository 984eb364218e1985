// A learner's .py file that is not UTF-8 (written by an editor set to Latin-1 or
// Windows-1252) is read as Windows-1252, never as U+FFFD; its original bytes are kept
// in the workspace history before anything is saved over it, and the load says so.
// Real files on disk.

import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodeFiles } from '../../src/services/workspace/code-files';
import { contentHash } from '../../src/services/storage/content-hash';
import { decodeCode } from '../../src/services/workspace/code-text';

const STARTER = 'def mean(values):\n    ...\n';
/** "# café, naïve\nname = 'Zoë'  # costs 5 €\n" as Windows-1252 bytes: é ï ë are Latin-1, € (0x80) is cp1252 only. */
const CP1252 = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(', na'), Buffer.from([0xef]), Buffer.from("ve\nname = 'Zo"), Buffer.from([0xeb]), Buffer.from("'  # costs 5 "), Buffer.from([0x80, 0x0a])]);
const CP1252_TEXT = "# café, naïve\nname = 'Zoë'  # costs 5 €\n";

let root: string;
let files: CodeFiles;
let file: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'buildpath-encoding-'));
  files = new CodeFiles(root, () => new Date('2026-12-03T12:00:00Z'));
  file = files.pathOf('p', '01-m');
  await fs.mkdir(path.dirname(file), { recursive: true });
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function historyFiles(): Promise<string[]> {
  return (await fs.readdir(files.historyDirOf('p')).catch(() => [] as string[])).sort();
}

describe('a code file that is not UTF-8', () => {
  it('is read as Windows-1252, says so, and keeps the original bytes before any save', async () => {
    await fs.writeFile(file, CP1252);
    const loaded = await files.load('p', '01-m', STARTER);
    expect(loaded.code).toBe(CP1252_TEXT);
    expect(loaded.code).not.toContain('\uFFFD');
    expect(loaded.hash).toBe(contentHash(CP1252_TEXT));
    expect(loaded.convertedFrom).toEqual({ encoding: 'Windows-1252', originalKeptAt: expect.stringContaining(files.historyDirOf('p')) });
    expect(await fs.readFile(loaded.convertedFrom!.originalKeptAt)).toEqual(CP1252);
    // Nothing on disk changes until the learner does.
    expect(await fs.readFile(file)).toEqual(CP1252);
  });

  it('keeps one copy however often it is opened', async () => {
    await fs.writeFile(file, CP1252);
    const first = await files.load('p', '01-m', STARTER);
    const second = await files.load('p', '01-m', STARTER);
    expect(second.convertedFrom?.originalKeptAt).toBe(first.convertedFrom?.originalKeptAt);
    expect(await historyFiles()).toHaveLength(1);
  });

  it('saves as UTF-8 without a conflict, and the original stays kept after later saves', async () => {
    await fs.writeFile(file, CP1252);
    const loaded = await files.load('p', '01-m', STARTER);
    const edited = `${loaded.code}print(name)\n`;
    expect(await files.save('p', '01-m', edited, loaded.hash)).toEqual({ ok: true, hash: contentHash(edited) });
    expect(await fs.readFile(file, 'utf8')).toBe(edited);
    await files.save('p', '01-m', `${edited}# more\n`, contentHash(edited));
    expect(await fs.readFile(loaded.convertedFrom!.originalKeptAt)).toEqual(CP1252);
    // UTF-8 now: the next load has nothing to say.
    expect((await files.load('p', '01-m', STARTER)).convertedFrom).toBeUndefined();
  });

  it('changed to Latin-1 outside the app: the conflict shows it readably, and keeping the app’s version keeps the original first', async () => {
    const loaded = await files.load('p', '01-m', STARTER);
    await fs.writeFile(file, CP1252);
    const outcome = await files.save('p', '01-m', 'typed in the app\n', loaded.hash);
    expect(outcome).toEqual({ ok: false, conflict: true, diskCode: CP1252_TEXT, diskHash: contentHash(CP1252_TEXT) });
    expect(await files.save('p', '01-m', 'typed in the app\n', contentHash(CP1252_TEXT))).toMatchObject({ ok: true });
    const kept = await historyFiles();
    expect(kept).toHaveLength(1);
    expect(await fs.readFile(path.join(files.historyDirOf('p'), kept[0]!))).toEqual(CP1252);
  });

  it('reset to the starter keeps the original bytes, not a lossy copy', async () => {
    await fs.writeFile(file, CP1252);
    const reset = await files.reset('p', '01-m', STARTER);
    expect(await fs.readFile(reset.keptAt!)).toEqual(CP1252);
  });
});

describe('decodeCode', () => {
  it('reads every byte as Windows-1252 does, by CPython’s cp1252 codec (which leaves five bytes undefined)', () => {
    const every = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    const ours = decodeCode(every);
    expect(ours.encoding).toBe('Windows-1252');
    const cpython = JSON.parse(
      execFileSync('python3', ['-c', 'import json; print(json.dumps(bytes(range(256)).decode("cp1252", errors="replace")))'], { encoding: 'utf8' }),
    ) as string;
    expect([...ours.text]).toHaveLength(256);
    [...cpython].forEach((char, byte) => expect(ours.text[byte]).toBe(char === '\uFFFD' ? String.fromCharCode(byte) : char));
  });

  it('takes valid UTF-8 as UTF-8', () => {
    expect(decodeCode(Buffer.from('café €'))).toMatchObject({ text: 'café €', encoding: 'UTF-8' });
  });
});

describe('a UTF-8 code file with a byte-order mark', () => {
  it('loads without the mark (Python would refuse it as U+FEFF) and saves without a conflict', async () => {
    await fs.writeFile(file, '\uFEFFprint("hi")\n');
    const loaded = await files.load('p', '01-m', STARTER);
    expect(loaded.code).toBe('print("hi")\n');
    expect(loaded.convertedFrom).toBeUndefined();
    expect(await files.save('p', '01-m', 'print("hi!")\n', loaded.hash)).toMatchObject({ ok: true });
  });
});

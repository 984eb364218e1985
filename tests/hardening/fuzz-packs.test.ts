// Property-based: whatever folder an instructor (or an attacker) hands over as a
// pack, loadPack answers with a result, never a crash, and a broken pack comes with
// problems a person can read. Two generators: random trees from scratch, and the
// fixture pack with one of its files replaced by junk.

import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadPack } from '../../src/services/packs';
import type { PackLoadResult } from '../../src/shared/pack/types';
import { recordUnhandledRejections } from './support/unhandled';

export const PACK_RUNS = { tree: 150, mutation: 150 };
const FIXTURE = path.resolve('tests/fixtures/packs/fixture-basics');

let scratch: string;
const unhandled = recordUnhandledRejections();

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'buildpath-fuzz-packs-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  expect(unhandled()).toEqual([]);
});

type Entry =
  | { kind: 'file'; name: string; content: Uint8Array | string }
  | { kind: 'folder'; name: string; entries: Entry[] }
  | { kind: 'link'; name: string; target: string };

/** Names a pack uses, so random trees often look like packs, plus hostile ones. */
const entryName = fc.oneof(
  fc.constantFrom('project.json', 'milestones', 'data', 'DATA.md', '01-start', '02-next', 'milestone.json', 'checks.py',
    'starter.py', 'solution.py', 'instructions.md', 'hints.md', 'mistakes', 'alternatives', 'scores.csv', '.hidden', 'x'.repeat(255)),
  fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }),
).filter((name) => !name.includes('/') && !name.includes('\0') && name !== '.' && name !== '..' && Buffer.byteLength(name) <= 255);

const manifestLike = fc.record(
  {
    format: fc.oneof(fc.constantFrom(1, 2), fc.anything()),
    slug: fc.oneof(fc.constant('pack'), fc.string()),
    title: fc.oneof(fc.string(), fc.anything()),
    milestones: fc.oneof(fc.constant(['01-start', '02-next']), fc.array(fc.string(), { maxLength: 5 }), fc.anything()),
    datasets: fc.oneof(fc.array(fc.record({ file: fc.oneof(fc.constantFrom('data/scores.csv', '../../etc/passwd', '/etc/passwd'), fc.string()), rows: fc.anything() })), fc.anything()),
  },
  { requiredKeys: [] },
);

const content = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.json().map((text) => text),
  manifestLike.map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 2000, unit: 'binary' }),
  fc.constant('{'.repeat(5000)),
  fc.constant('\uFEFF{"format": 1}'),
);

const linkTarget = fc.constantFrom('/', '/etc/passwd', '..', '../..', '.', 'milestones', 'project.json', '/dev/zero', '/proc/self/fd/0', 'missing');

const entries: fc.Arbitrary<Entry[]> = fc.letrec<{ entries: Entry[]; entry: Entry }>((tie) => ({
  entries: fc.array(tie('entry'), { maxLength: 6 }).map((list) => uniqueNames(list)),
  entry: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('file' as const), name: entryName, content }),
    fc.record({ kind: fc.constant('folder' as const), name: entryName, entries: tie('entries') as fc.Arbitrary<Entry[]> }),
    fc.record({ kind: fc.constant('link' as const), name: entryName, target: linkTarget }),
  ),
})).entries;

function uniqueNames(list: Entry[]): Entry[] {
  const seen = new Set<string>();
  return list.filter((entry) => !seen.has(entry.name) && seen.add(entry.name));
}

async function build(dir: string, list: Entry[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const entry of list) {
    const target = path.join(dir, entry.name);
    if (entry.kind === 'file') await writeFile(target, entry.content);
    else if (entry.kind === 'folder') await build(target, entry.entries);
    else await symlink(entry.target, target);
  }
}

/** A deep chain of folders, beyond what any real pack has. */
async function deepNesting(dir: string, depth: number): Promise<void> {
  await mkdir(path.join(dir, ...Array.from({ length: depth }, () => 'd')), { recursive: true });
}

let packCounter = 0;
async function freshPackDir(): Promise<string> {
  packCounter += 1;
  const dir = path.join(scratch, String(packCounter), 'pack');
  await mkdir(path.dirname(dir), { recursive: true });
  return dir;
}

function expectReadableResult(result: PackLoadResult): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.file).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim()).not.toBe('');
    expect(problem.message).not.toMatch(/\bat .*\.ts:\d+|Cannot read properties|is not a function|undefined is not/);
  }
}

it(`loads ${PACK_RUNS.tree} random folder trees (junk, links, odd names) without crashing`, async () => {
  await fc.assert(
    fc.asyncProperty(entries, fc.nat({ max: 3 }), async (list, nesting) => {
      const dir = await freshPackDir();
      await build(dir, list);
      if (nesting === 3) await deepNesting(path.join(dir, 'nested-beyond-reason'), 200);
      const result = await loadPack(dir);
      expectReadableResult(result);
      expect(result.ok).toBe(false); // no random tree is a complete, valid pack
    }),
    { numRuns: PACK_RUNS.tree },
  );
});

it(`loads the fixture pack with one file replaced by junk, ${PACK_RUNS.mutation} times, without crashing`, async () => {
  const files = (await readdir(FIXTURE, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(FIXTURE, path.join(entry.parentPath, entry.name)));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...files), content, fc.boolean(), async (victim, junk, asLink) => {
      const dir = await freshPackDir();
      await cp(FIXTURE, dir, { recursive: true });
      const target = path.join(dir, victim);
      await rm(target);
      if (asLink) await symlink('/etc/passwd', target);
      else await writeFile(target, junk);
      expectReadableResult(await loadPack(dir));
    }),
    { numRuns: PACK_RUNS.mutation },
  );
});

it('reports a link to a file outside the pack instead of reading it', async () => {
  const dir = await freshPackDir();
  await cp(FIXTURE, dir, { recursive: true });
  await rm(path.join(dir, 'data', 'scores.csv'));
  await symlink('/etc/passwd', path.join(dir, 'data', 'scores.csv'));
  const result = await loadPack(dir);
  expect(result.ok).toBe(false);
  expect(JSON.stringify(result)).not.toContain('root:x:0:0');
});

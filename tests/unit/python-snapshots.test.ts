// Python starts from a saved memory snapshot after the first start, and falls
// back to a plain start when the snapshot is damaged.

import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodePythonClient } from '../../src/services/python/node-python';

let cacheDir: string;
const previous = process.env.BUILDPATH_CACHE;

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-snapshots-'));
  process.env.BUILDPATH_CACHE = cacheDir; // worker threads copy the environment when created
});

afterAll(async () => {
  if (previous === undefined) delete process.env.BUILDPATH_CACHE;
  else process.env.BUILDPATH_CACHE = previous;
  await rm(cacheDir, { recursive: true, force: true });
});

async function startAndRun(): Promise<{ startedFrom: string; output: string; random: string }> {
  const client = createNodePythonClient();
  try {
    const { startedFrom } = await client.ready();
    let output = '';
    await client.run(
      { code: 'import buildpath.show, random\nprint(buildpath.show.table.__name__)\nprint(random.random())', filename: 'main.py' },
      { onStream: (_stream, text) => (output += text) },
    );
    const [name, random] = output.trim().split('\n');
    return { startedFrom, output: name!, random: random! };
  } finally {
    client.dispose();
  }
}

describe('start-up snapshots', () => {
  it('saves a snapshot on the first start and starts from it the next time', async () => {
    const first = await startAndRun();
    expect(first).toMatchObject({ startedFrom: 'fresh', output: 'table' });
    const saved = (await readdir(cacheDir)).filter((name) => name.endsWith('.snapshot'));
    expect(saved).toHaveLength(1);

    const second = await startAndRun();
    expect(second).toMatchObject({ startedFrom: 'snapshot', output: 'table' });
    const third = await startAndRun();
    expect(third.random).not.toBe(second.random); // each start is reseeded
  });

  it('falls back to a plain start when the snapshot is damaged', async () => {
    const [saved] = (await readdir(cacheDir)).filter((name) => name.endsWith('.snapshot'));
    await writeFile(path.join(cacheDir, saved!), 'not a snapshot');
    const damaged = await startAndRun();
    expect(damaged).toMatchObject({ startedFrom: 'fresh', output: 'table' });
    expect((await startAndRun()).startedFrom).toBe('snapshot');
  });
});

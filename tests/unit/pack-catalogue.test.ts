// The pack catalogue compiles each pack once, serves every host call from that,
// and compiles a pack again only after something in its folder changed.

import { cp, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPackCatalogue, createPackService, type PackCatalogue } from '../../src/services/packs';
import { createHostServices } from '../../src/services/host-services';

const FIXTURE = path.resolve('tests/fixtures/packs/fixture-basics');
const BROKEN = path.resolve('tests/fixtures/broken-packs/too-few-hints');
const INSTRUCTIONS = 'milestones/01-mean/instructions.md';

let root: string;
let catalogue: PackCatalogue | undefined;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'buildpath-catalogue-'));
  await cp(FIXTURE, path.join(root, 'fixture-basics'), { recursive: true });
  await cp(BROKEN, path.join(root, 'too-few-hints'), { recursive: true });
});

afterEach(async () => {
  catalogue?.close();
  catalogue = undefined;
  await rm(root, { recursive: true, force: true });
});

/** Waits until `condition` holds: file events arrive asynchronously. */
async function eventually(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the change was not noticed in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the pack catalogue', () => {
  it('compiles a pack once however many calls it serves', async () => {
    catalogue = createPackCatalogue(root);
    const first = await catalogue.get('fixture-basics');
    await Promise.all([catalogue.get('fixture-basics'), catalogue.list(), catalogue.get('fixture-basics')]);
    expect(await catalogue.get('fixture-basics')).toBe(first);
    expect(catalogue.compileCounts.get('fixture-basics')).toBe(1);
    expect([...first.bundles.keys()]).toEqual(['01-mean', '02-variance']);
    expect(first.files?.files).toHaveProperty(['data/scores.csv']);
  });

  it('compiles a pack again after a file in it was edited, and only that pack', async () => {
    catalogue = createPackCatalogue(root);
    await catalogue.list();
    const file = path.join(root, 'fixture-basics', INSTRUCTIONS);
    await writeFile(file, `${await readFile(file, 'utf8')}\nAn added line.\n`);
    await eventually(async () => (await catalogue!.get('fixture-basics')).views.get('01-mean')!.instructions.includes('An added line.'));
    expect(catalogue.compileCounts.get('fixture-basics')).toBeGreaterThanOrEqual(2);
    await catalogue.get('too-few-hints');
    expect(catalogue.compileCounts.get('too-few-hints')).toBe(1);
  });

  it('keeps a broken pack with its problems, and notices when it is mended', async () => {
    catalogue = createPackCatalogue(root);
    const broken = await catalogue.get('too-few-hints');
    expect(broken.summary).toMatchObject({ status: 'broken', problems: [expect.objectContaining({ message: expect.stringContaining('has 2 hints') })] });
    expect(broken.bundles.size).toBe(0);
    await writeFile(path.join(root, 'too-few-hints/milestones/01-add/hints.md'), 'One.\n\n---\n\nTwo.\n\n---\n\nThree.\n');
    await eventually(async () => (await catalogue!.get('too-few-hints')).summary.status === 'ok');
  });

  it('notices a pack folder added to the projects root', async () => {
    catalogue = createPackCatalogue(root);
    expect((await catalogue.list()).map((pack) => pack.slug)).toEqual(['fixture-basics', 'too-few-hints']);
    await cp(FIXTURE, path.join(root, 'zz-copy'), { recursive: true });
    await eventually(async () => (await catalogue!.list()).length === 3);
  });

  it('without watching, compiles once and keeps it (one-shot commands)', async () => {
    catalogue = createPackCatalogue(root, { watch: false });
    await catalogue.get('fixture-basics');
    await catalogue.get('fixture-basics');
    expect(catalogue.compileCounts.get('fixture-basics')).toBe(1);
  });
});

describe('host calls served from the catalogue', () => {
  it('saves while typing and every pack call are served from one compile', async () => {
    const packs = createPackService(root);
    const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-catalogue-workspace-'));
    const host = createHostServices({ mode: 'browser', version: 'test', workspaceDir, packs });
    try {
      const loaded = await host.loadCode('fixture-basics', '01-mean');
      let hash = loaded.hash;
      for (let i = 0; i < 5; i++) {
        const saved = await host.saveCode('fixture-basics', '01-mean', `${loaded.code}\n# ${i}`, hash);
        if (!saved.ok) throw new Error('the save was refused');
        hash = saved.hash;
      }
      expect((await host.getMilestone('fixture-basics', '01-mean')).milestoneId).toBe('01-mean');
      const bundle = await host.getCheckBundle('fixture-basics', '02-variance');
      expect(bundle.project).toBe('fixture-basics');
      expect(bundle).not.toHaveProperty('files');
      expect(Object.keys((await host.getProjectFiles('fixture-basics')).files)).toEqual(['data/scores.csv']);
      expect(packs.catalogue.compileCounts.get('fixture-basics')).toBe(1);
    } finally {
      packs.close();
      await rm(workspaceDir, { recursive: true, force: true });
    }
  });
});

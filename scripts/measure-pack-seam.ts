// Times what the workbench asks the host for when a milestone opens (its view and
// its check bundle) and what a save asks for (the starter, through the view), and
// how big the check bundle is as JSON. Run: node --import tsx scripts/measure-pack-seam.ts
// Host services are built the way the app builds them, over the real projects/.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHostServices } from '../src/services/host-services';
import { median, p95, timed } from './bench/stats';

const ROUNDS = 20;

const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-seam-'));
try {
  const host = createHostServices({ mode: 'browser', version: 'measure', workspaceDir, projectsRoot: path.resolve(import.meta.dirname, '../projects') });
  const listed = await timed(() => host.listProjects());
  const projects = listed.value;
  console.log(`listProjects, first call (compiles every pack): ${listed.ms.toFixed(1)} ms`);
  for (const project of projects) {
    if (project.status !== 'ok') continue;
    const milestoneId = project.milestones[0]!.id;
    const openMs: number[] = [];
    const saveMs: number[] = [];
    let bundleBytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const open = await timed(async () => {
        await host.getMilestone(project.slug, milestoneId);
        return host.getCheckBundle(project.slug, milestoneId);
      });
      openMs.push(open.ms);
      bundleBytes = Buffer.byteLength(JSON.stringify(open.value));
      const loaded = await host.loadCode(project.slug, milestoneId);
      saveMs.push((await timed(() => host.saveCode(project.slug, milestoneId, `${loaded.code}\n# ${round}`, loaded.hash))).ms);
    }
    const figures = (values: number[]) => `first ${values[0]!.toFixed(1)} ms, median ${median(values).toFixed(1)} ms, p95 ${p95(values).toFixed(1)} ms`;
    const dataBytes = Buffer.byteLength(JSON.stringify(await host.getProjectFiles(project.slug)));
    console.log(
      `${project.slug}/${milestoneId}: view+bundle ${figures(openMs)}; save ${figures(saveMs)}; ` +
        `bundle ${(bundleBytes / 1e6).toFixed(3)} MB JSON; data files (once per project) ${(dataBytes / 1e6).toFixed(3)} MB JSON`,
    );
  }
} finally {
  await rm(workspaceDir, { recursive: true, force: true });
}

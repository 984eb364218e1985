// The host method behind desktop reminders: a notification where the host has one.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostServices, dispatchHostCall } from '../../src/services/host-services';

describe('showReminder', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'buildpath-reminders-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the notification in the desktop app', async () => {
    const shown: string[][] = [];
    const services = createHostServices({ mode: 'desktop', version: 't', workspaceDir: dir, projectsRoot: dir, notify: (title, body) => shown.push([title, body]) });
    expect(await services.showReminder('Study block', 'Monday 19:00, 60 min')).toBe(true);
    expect(shown).toEqual([['Study block', 'Monday 19:00, 60 min']]);
  });

  it('says there is no notification in browser mode', async () => {
    const services = createHostServices({ mode: 'browser', version: 't', workspaceDir: dir, projectsRoot: dir });
    expect(await services.showReminder('Study block', 'now')).toBe(false);
  });

  it('refuses what is not short text, as it arrives from the UI', async () => {
    const shown: unknown[] = [];
    const services = createHostServices({ mode: 'desktop', version: 't', workspaceDir: dir, projectsRoot: dir, notify: (title) => shown.push(title) });
    await expect(dispatchHostCall(services, 'showReminder', [42, 'now'])).rejects.toThrow();
    await expect(dispatchHostCall(services, 'showReminder', ['Study block', 'x'.repeat(201)])).rejects.toThrow();
    expect(shown).toEqual([]);
  });
});

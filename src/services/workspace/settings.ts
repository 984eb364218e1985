// Buildpath's settings file: <config folder>/settings.json (location.ts). Buildpath
// only reads it; an unreadable one is ignored with a notice rather than fatal.

import path from 'node:path';
import { z } from 'zod';
import { parseJsonText } from '../../shared/json-text';
import { readTextIfPresent } from '../storage/atomic-write';

export const settingsSchema = z.object({
  /** Absolute path of the workspace folder, or ~/… */
  workspaceDir: z.string().min(1).max(4096).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export interface LoadedSettings {
  settings: Settings;
  file: string;
  notice?: string;
}

export function settingsFileIn(configDir: string): string {
  return path.join(configDir, 'settings.json');
}

/** `text` is null when there is no settings file. */
function parseSettings(text: string | null, file: string): LoadedSettings {
  if (text === null) return { settings: {}, file };
  try {
    const parsed = settingsSchema.safeParse(parseJsonText(text));
    if (parsed.success) return { settings: parsed.data, file };
  } catch {
    // fall through to the notice below
  }
  return { settings: {}, file, notice: `The settings file ${file} could not be read; default settings are used.` };
}

export async function loadSettings(configDir: string): Promise<LoadedSettings> {
  const file = settingsFileIn(configDir);
  return parseSettings(await readTextIfPresent(file), file);
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findAppRoot } from '../packs';

/** Buildpath's version from its package.json, for hosts that are not Electron (the CLI). */
export function buildpathVersion(): string {
  try {
    const { version } = JSON.parse(readFileSync(path.join(findAppRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

// The files a project's Python code may open, in the form the worker copies them.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedPack } from '../../shared/pack/types';
import type { ProjectFiles } from '../../shared/python/protocol';

export async function readProjectFiles(pack: LoadedPack): Promise<ProjectFiles> {
  const files: Record<string, string> = {};
  for (const file of pack.dataFiles) files[file] = await readFile(path.join(pack.dir, file), 'utf8');
  return { slug: pack.slug, files };
}

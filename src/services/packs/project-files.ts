// The files a project's Python code may open, in the form the worker copies them.
// A byte-order mark that a Windows editor put at the start of a data file is dropped:
// Python's open() would keep it, and csv.DictReader would name the first column
// "\ufeffstudent", so `row["student"]` fails for a learner who did nothing wrong.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedPack } from '../../shared/pack/types';
import type { ProjectFiles } from '../../shared/python/protocol';

const BYTE_ORDER_MARK = '\uFEFF';

export async function readProjectFiles(pack: LoadedPack): Promise<ProjectFiles> {
  const files: Record<string, string> = {};
  for (const file of pack.dataFiles) {
    const text = await readFile(path.join(pack.dir, file), 'utf8');
    files[file] = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  }
  return { slug: pack.slug, files };
}

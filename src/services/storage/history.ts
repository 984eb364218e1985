// Versions the learner replaced on purpose (e.g. by resetting to the starter) are kept
// in a history folder, one timestamped file per version, so they can be recovered.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

/** A file name safe on every OS: 2026-11-21T19-30-05-123Z. */
function timestampForFileName(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** Writes `content` as <historyDir>/<stem>.<timestamp><ext> and returns its path. */
export async function keepInHistory(historyDir: string, fileName: string, content: string | Uint8Array, at: Date): Promise<string> {
  const ext = path.extname(fileName);
  const stem = path.basename(fileName, ext);
  let target = path.join(historyDir, `${stem}.${timestampForFileName(at)}${ext}`);
  for (let n = 2; await fs.stat(target).then(() => true, () => false); n += 1) {
    target = path.join(historyDir, `${stem}.${timestampForFileName(at)}-${n}${ext}`);
  }
  await writeFileAtomic(target, content);
  return target;
}

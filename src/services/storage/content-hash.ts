import { createHash } from 'node:crypto';

/** Identifies a version of a text file, to notice when it changed on disk. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// What `grade` finds in the folder: for one milestone, one `.py` file per learner;
// for `all`, one sub-folder per learner holding `<NN-milestone>.py` files (the
// workspace layout). Hidden files and folders are skipped.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { learnerFilename } from '../../shared/python/check-request';

export interface Submission {
  /** The learner: the file name without `.py`, or the sub-folder's name. */
  name: string;
  milestone: string;
  /** Absolute path; the file may not exist (a learner who has not started that milestone). */
  file: string;
  /** As shown in the gradebook, relative to the folder. */
  relative: string;
}

const visibleEntry = (name: string) => !name.startsWith('.');

export async function findSubmissions(folder: string, milestones: string[], all: boolean): Promise<Submission[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => visibleEntry(entry.name));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!all) {
    const milestone = milestones[0]!;
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.py'))
      .map((entry) => ({ name: entry.name.slice(0, -3), milestone, file: path.join(folder, entry.name), relative: entry.name }));
  }
  const found: Submission[] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    for (const milestone of milestones) {
      const relative = path.join(entry.name, learnerFilename(milestone));
      found.push({ name: entry.name, milestone, file: path.join(folder, relative), relative });
    }
  }
  return found;
}

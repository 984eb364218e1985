// Skills a pack may name: those of the stages and paths of the paths file (paths.json) beside
// the packs, so that every skill a project trains appears on the roadmap. Where
// there is no paths file (a folder of packs of an instructor's own), any skill goes.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseJsonText } from '../../shared/json-text';
import { parseStudyMap, skillsOfStudyMap } from '../../shared/roadmap/paths-file';
import type { LoadedMilestone } from '../../shared/pack/types';
import type { ProjectManifest } from '../../shared/pack/schema';
import type { PackReader } from './pack-reader';

export const PATHS_FILE = 'paths.json';

/** The skills of `<projectsRoot>/paths.json`, or null when there is no valid paths file. */
export async function knownSkills(projectsRoot: string): Promise<Set<string> | null> {
  let text: string;
  try {
    text = await readFile(path.join(projectsRoot, PATHS_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    return skillsOfStudyMap(parseStudyMap(parseJsonText(text)));
  } catch {
    return null; // an invalid paths file is reported on its own, not as a problem of every pack
  }
}

export function checkSkills(
  reader: PackReader,
  skills: Set<string>,
  manifest: ProjectManifest | undefined,
  milestones: (LoadedMilestone | undefined)[],
): void {
  const check = (file: string, named: string[]) =>
    named.forEach((skill, index) => {
      if (!skills.has(skill)) {
        reader.report(file, `"${skill}" is not a skill of ${PATHS_FILE}; use one of its skills, or add it to a path there`, `skills[${index}]`);
      }
    });
  if (manifest) check('project.json', manifest.skills);
  for (const milestone of milestones) if (milestone) check(`milestones/${milestone.id}/milestone.json`, milestone.meta.skills);
}

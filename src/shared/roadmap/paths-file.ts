// The certification paths file, projects/paths.json: the stages every path starts with
// (Foundations), the three paths with their prerequisites, focus, difficulty, the
// skills each expects and the suggested order. It sits beside the project folders and
// is data, like them: editing it changes the map, the advice and the planner.

import { z } from 'zod';
import { CERTIFICATION_PATHS } from '../pack/schema';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const skill = z.string().regex(kebab, 'a kebab-case skill');

/** A stage: the projects to do before the paths that list it (maths before any model). */
export const studyStageSchema = z.strictObject({
  id: z
    .string()
    .regex(kebab, 'a kebab-case id')
    .refine((id) => !(CERTIFICATION_PATHS as readonly string[]).includes(id), 'is the id of a certification path'),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Slugs of the projects whose milestones make up the stage, in the order to do them. */
  projects: z.array(z.string().regex(kebab, 'a project slug')).min(1),
  skills: z.array(skill).min(1),
});

export const certificationPathSchema = z.strictObject({
  id: z.enum(CERTIFICATION_PATHS),
  title: z.string().min(1),
  /** 1 = study first. */
  order: z.number().int().positive(),
  /** Stages and paths to finish first, stages first. Recommended, never enforced. */
  prerequisites: z.array(z.string()),
  /** What a learner should bring from outside Buildpath, e.g. "basic maths and Python". */
  entry_knowledge: z.string().min(1),
  focus: z.array(z.string().min(1)).min(1),
  difficulty: z.string().min(1),
  summary: z.string().min(1),
  skills: z.array(skill).min(1),
});

export const pathsFileSchema = z
  .strictObject({
    format: z.literal(1),
    source: z.string().min(1),
    stages: z.array(studyStageSchema).optional(),
    paths: z.array(certificationPathSchema).min(1),
  })
  .superRefine((file, context) => {
    const stageIds = (file.stages ?? []).map((stage) => stage.id);
    stageIds.forEach((id, index) => {
      if (stageIds.indexOf(id) !== index) context.addIssue({ code: 'custom', path: ['stages', index, 'id'], message: `"${id}" is listed twice` });
    });
    const ids = file.paths.map((path) => path.id);
    file.paths.forEach((path, index) => {
      if (ids.indexOf(path.id) !== index) context.addIssue({ code: 'custom', path: ['paths', index, 'id'], message: `"${path.id}" is listed twice` });
      for (const prerequisite of path.prerequisites) {
        const known = stageIds.includes(prerequisite) || (ids.includes(prerequisite as (typeof ids)[number]) && prerequisite !== path.id);
        if (!known) {
          context.addIssue({ code: 'custom', path: ['paths', index, 'prerequisites'], message: `"${prerequisite}" is not a stage or another path of this file` });
        }
      }
      const firstPath = path.prerequisites.findIndex((prerequisite) => !stageIds.includes(prerequisite));
      if (firstPath >= 0 && path.prerequisites.slice(firstPath).some((prerequisite) => stageIds.includes(prerequisite))) {
        context.addIssue({ code: 'custom', path: ['paths', index, 'prerequisites'], message: 'lists a stage after a path: stages come first' });
      }
    });
  });

export type StudyStage = z.infer<typeof studyStageSchema>;
export type CertificationPathInfo = z.infer<typeof certificationPathSchema>;

export interface StudyMap {
  /** In the file's order, which is the order to do them in. */
  stages: StudyStage[];
  /** In the suggested study order. */
  paths: CertificationPathInfo[];
}

/** The stages and paths of the file. Throws with the first problem when the file is invalid. */
export function parseStudyMap(json: unknown): StudyMap {
  const parsed = pathsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`projects/paths.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return { stages: parsed.data.stages ?? [], paths: [...parsed.data.paths].sort((a, b) => a.order - b.order) };
}

/** The paths in the suggested study order. Throws with the first problem when the file is invalid. */
export function parsePathsFile(json: unknown): CertificationPathInfo[] {
  return parseStudyMap(json).paths;
}

/** Every skill the file names, of its stages and its paths. */
export function skillsOfStudyMap(map: StudyMap): Set<string> {
  return new Set([...map.stages, ...map.paths].flatMap((entry) => entry.skills));
}

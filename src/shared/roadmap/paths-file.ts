// The certification paths file, projects/paths.json: the three paths with their
// prerequisites, focus, difficulty, the skills each expects and the suggested order.
// It sits beside the project folders and is data, like them: editing it changes the map.

import { z } from 'zod';
import { CERTIFICATION_PATHS } from '../pack/schema';

const skill = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case skill');

export const certificationPathSchema = z.strictObject({
  id: z.enum(CERTIFICATION_PATHS),
  title: z.string().min(1),
  /** 1 = study first. */
  order: z.number().int().positive(),
  /** Paths to finish first. Recommended, never enforced. */
  prerequisites: z.array(z.enum(CERTIFICATION_PATHS)),
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
    paths: z.array(certificationPathSchema).min(1),
  })
  .superRefine((file, context) => {
    const ids = file.paths.map((path) => path.id);
    file.paths.forEach((path, index) => {
      if (ids.indexOf(path.id) !== index) context.addIssue({ code: 'custom', path: ['paths', index, 'id'], message: `"${path.id}" is listed twice` });
      for (const prerequisite of path.prerequisites) {
        if (!ids.includes(prerequisite) || prerequisite === path.id) {
          context.addIssue({ code: 'custom', path: ['paths', index, 'prerequisites'], message: `"${prerequisite}" is not another path of this file` });
        }
      }
    });
  });

export type CertificationPathInfo = z.infer<typeof certificationPathSchema>;

/** The paths in the suggested study order. Throws with the first problem when the file is invalid. */
export function parsePathsFile(json: unknown): CertificationPathInfo[] {
  const parsed = pathsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`projects/paths.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return [...parsed.data.paths].sort((a, b) => a.order - b.order);
}

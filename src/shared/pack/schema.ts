// The schemas of a pack's two JSON files (docs/pack-format.md). Strict: a key
// the format does not know is an error, so a typo never passes silently.

import { z } from 'zod';

/** A project's folder name and slug: lower-case letters and digits joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A milestone folder: two digits, a hyphen, then a slug, e.g. "01-load-data". */
export const MILESTONE_ID_PATTERN = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKILL_PATTERN = SLUG_PATTERN;

export const CERTIFICATION_PATHS = ['machine-learning', 'ai-expert', 'deep-learning'] as const;
export const DIFFICULTIES = ['beginner', 'moderate', 'advanced'] as const;

const text = z.string().trim().min(1, 'must not be empty');
const skills = z.array(z.string().regex(SKILL_PATTERN, 'must be kebab-case, e.g. "linear-regression"'));
const certificationPaths = z.array(z.enum(CERTIFICATION_PATHS));

export const datasetSchema = z.strictObject({
  file: z.string(),
  title: text,
  rows: z.number().int().nonnegative(),
});

/** Format 2: mistakes are patches of the solution, and a pack may have checks_support.py. */
export const CURRENT_PACK_FORMAT = 2;
export const PACK_FORMATS = [1, 2] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export const projectManifestSchema = z.strictObject({
  format: z.literal(PACK_FORMATS),
  slug: z.string().regex(SLUG_PATTERN, 'must be lower-case letters, digits and hyphens'),
  title: text,
  blurb: text,
  difficulty: z.enum(DIFFICULTIES),
  paths: certificationPaths.min(1, 'must name at least one certification path'),
  skills: skills.min(1, 'must name at least one skill'),
  estimated_hours: z.number().positive(),
  datasets: z.array(datasetSchema),
  milestones: z
    .array(z.string().regex(MILESTONE_ID_PATTERN, 'must be a folder name like "01-load-data"'))
    .min(1, 'must list at least one milestone'),
});

export const milestoneMetaSchema = z.strictObject({
  title: text,
  summary: text,
  estimated_minutes: z.number().positive(),
  skills,
  paths: certificationPaths.optional(),
  reveal_expected: z.boolean().optional(),
  time_budget_seconds: z.number().positive().optional(),
});

export type ProjectManifest = z.infer<typeof projectManifestSchema>;
export type MilestoneMeta = z.infer<typeof milestoneMetaSchema>;
export type CertificationPath = (typeof CERTIFICATION_PATHS)[number];

/** Seconds each check may take when neither the check nor milestone.json says otherwise. */
export const DEFAULT_CHECK_BUDGET_SECONDS = 10;

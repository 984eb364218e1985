// portfolio.json (docs/portfolio.md): what an export claims, in a form `buildpath
// verify` can test. Every file's SHA-256, the hash of what each milestone's checks
// depend on, and each check's verdict. `digest` is the SHA-256 of the document
// without it, so an edit by hand shows; it is tamper-evidence, not a signature.

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { MILESTONE_ID_PATTERN, SLUG_PATTERN } from '../../shared/pack/schema';
import { OVERALL_STATUSES, TEST_STATUSES } from '../../shared/check-result';
import type { CheckBundle } from '../../shared/pack/types';
import type { ProjectFiles } from '../../shared/python/protocol';

export const PORTFOLIO_FORMAT = 'buildpath-portfolio';
export const PORTFOLIO_VERSION = 1;

const sha256Text = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
const isoTime = z.iso.datetime().nullable();
const relativeFile = z
  .string()
  .max(300)
  .regex(/^(?:index\.html|code\/[a-z0-9-]+\/[A-Za-z0-9_-]+\.py)$/, 'index.html or code/<project>/<milestone>.py');

export const checkVerdictSchema = z.strictObject({
  name: z.string().max(500),
  status: z.enum(TEST_STATUSES),
});

export const milestoneEntrySchema = z.strictObject({
  id: z.string().regex(MILESTONE_ID_PATTERN),
  title: z.string().max(300),
  code_file: relativeFile,
  /** SHA-256 of checks.py, checks_support.py, the solution, the starter, the budget and the data files. */
  checks_sha256: sha256Text,
  status: z.enum(OVERALL_STATUSES),
  checks: z.array(checkVerdictSchema).max(1000),
  /** From progress.json when there was one; null otherwise. */
  first_attempt_at: isoTime,
  passed_at: isoTime,
  code_changed_at: isoTime,
  study_minutes: z.number().int().nonnegative().nullable(),
  hints_used: z.number().int().nonnegative().nullable(),
  hints_total: z.number().int().nonnegative(),
  solution_viewed_before_passing: z.boolean().nullable(),
});

export const projectEntrySchema = z.strictObject({
  slug: z.string().regex(SLUG_PATTERN).max(64),
  title: z.string().max(300),
  milestones: z.array(milestoneEntrySchema),
});

export const portfolioManifestSchema = z.strictObject({
  format: z.literal(PORTFOLIO_FORMAT),
  version: z.literal(PORTFOLIO_VERSION),
  created_at: z.iso.datetime(),
  buildpath_version: z.string().max(50),
  learner_name: z.string().max(200).nullable(),
  /** Path inside the export folder → SHA-256 of its bytes. */
  files: z.record(relativeFile, sha256Text),
  projects: z.array(projectEntrySchema),
  digest: sha256Text,
});

export type PortfolioManifest = z.infer<typeof portfolioManifestSchema>;
export type ProjectEntry = z.infer<typeof projectEntrySchema>;
export type MilestoneEntry = z.infer<typeof milestoneEntrySchema>;
export type CheckVerdict = z.infer<typeof checkVerdictSchema>;

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The digest of a manifest: the SHA-256 of its JSON with `digest` left out. */
export function manifestDigest(manifest: Omit<PortfolioManifest, 'digest'> & { digest?: string }): string {
  const { digest: _digest, ...rest } = manifest;
  return sha256(JSON.stringify(rest));
}

export function sealManifest(manifest: Omit<PortfolioManifest, 'digest'>): PortfolioManifest {
  return { ...manifest, digest: manifestDigest(manifest) };
}

/**
 * Everything a milestone's verdicts depend on besides the learner's code. Any data
 * file of the project may be opened by the checks, so all of them count.
 */
export function checksHash(bundle: CheckBundle, files: ProjectFiles): string {
  const data = Object.keys(files.files)
    .sort()
    .map((name) => [name, sha256(files.files[name]!)]);
  return sha256(
    JSON.stringify({
      checks: bundle.checks,
      checksSupport: bundle.checksSupport ?? null,
      solution: bundle.solution,
      starter: bundle.starter,
      defaultBudgetSeconds: bundle.defaultBudgetSeconds,
      revealExpected: bundle.revealExpected,
      data,
    }),
  );
}

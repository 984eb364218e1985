// `buildpath verify`: does an export still say only what is true? Every file must
// have the SHA-256 portfolio.json gives it, portfolio.json its own digest, each
// milestone's checks the hash they had at export (else this Buildpath's packs
// cannot confirm the verdicts), a fresh run of those checks on the exported code
// must give every verdict claimed, and index.html must be the page those claims
// make. The pictures are left out of that comparison: code that draws random data
// draws a different chart each run, and a chart is not a claim.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { toCheckRequest } from '../../shared/python/check-request';
import { PackLookupError, type PackService } from '../packs';
import type { CheckResult } from '../../shared/check-result';
import type { Checker } from './collect';
import { MANIFEST_FILE, PAGE_FILE, verdictsOf } from './export-portfolio';
import { checksHash, manifestDigest, portfolioManifestSchema, sha256, type MilestoneEntry, type PortfolioManifest } from './manifest';
import { renderPortfolioPage, withoutPictures, type PageProject } from './page';

export interface VerifyFinding {
  /** "project/milestone", or null for the export as a whole. */
  milestone: string | null;
  problem: string;
}

export interface VerifiedMilestone {
  milestone: string;
  status: MilestoneEntry['status'];
  checks: number;
}

export interface VerifyReport {
  ok: boolean;
  findings: VerifyFinding[];
  /** Milestones whose verdicts a fresh run confirmed. */
  confirmed: VerifiedMilestone[];
}

export async function verifyPortfolio(folder: string, packs: PackService, checker: Checker): Promise<VerifyReport> {
  const findings: VerifyFinding[] = [];
  const confirmed: VerifiedMilestone[] = [];
  const manifest = await readManifest(folder, findings);
  if (!manifest) return { ok: false, findings, confirmed };

  if (manifestDigest(manifest) !== manifest.digest) {
    findings.push({ milestone: null, problem: `${MANIFEST_FILE} was edited after export: its digest does not match its content.` });
  }
  const changedFiles = new Set<string>();
  for (const [file, expected] of Object.entries(manifest.files)) {
    const bytes = await fs.readFile(path.join(folder, file)).catch(() => null);
    if (bytes === null || sha256(bytes) !== expected) {
      changedFiles.add(file);
      if (!file.startsWith('code/')) findings.push({ milestone: null, problem: `${file} was ${bytes === null ? 'removed' : 'edited'} after export.` });
    }
  }

  const pageProjects: PageProject[] = [];
  for (const project of manifest.projects) {
    const pageProject: PageProject = { slug: project.slug, title: project.title, milestones: [] };
    pageProjects.push(pageProject);
    for (const entry of project.milestones) {
      const where = `${project.slug}/${entry.id}`;
      const outcome = await verifyMilestone(folder, project.slug, entry, manifest, changedFiles, packs, checker);
      if (typeof outcome === 'string') {
        findings.push({ milestone: where, problem: outcome });
        continue;
      }
      confirmed.push({ milestone: where, status: entry.status, checks: entry.checks.length });
      pageProjects.at(-1)!.milestones.push({ entry, code: outcome.code, displays: outcome.result.displays, message: outcome.result.message });
    }
  }
  if (findings.length === 0 && !(await pageMatches(folder, manifest, pageProjects))) {
    findings.push({ milestone: null, problem: `${PAGE_FILE} does not show what ${MANIFEST_FILE} claims: the page was changed after export.` });
  }
  return { ok: findings.length === 0, findings, confirmed };
}

/** Whether the page is the one these claims and this code make, pictures aside. */
async function pageMatches(folder: string, manifest: PortfolioManifest, projects: PageProject[]): Promise<boolean> {
  const page = await fs.readFile(path.join(folder, PAGE_FILE), 'utf8').catch(() => null);
  if (page === null) return false;
  const { files: _files, projects: _projects, digest: _digest, ...head } = manifest;
  return withoutPictures(page) === withoutPictures(renderPortfolioPage(head, projects));
}

async function readManifest(folder: string, findings: VerifyFinding[]): Promise<PortfolioManifest | null> {
  const text = await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8').catch(() => null);
  if (text === null) {
    findings.push({ milestone: null, problem: `${folder} has no ${MANIFEST_FILE}: it is not a Buildpath portfolio.` });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    findings.push({ milestone: null, problem: `${MANIFEST_FILE} is not valid JSON (it was edited after export).` });
    return null;
  }
  const parsed = portfolioManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'the file';
    findings.push({ milestone: null, problem: `${MANIFEST_FILE} is not a portfolio this Buildpath reads (${field}: ${issue?.message ?? 'invalid'}).` });
    return null;
  }
  return parsed.data;
}

async function verifyMilestone(
  folder: string,
  slug: string,
  entry: MilestoneEntry,
  manifest: PortfolioManifest,
  changedFiles: ReadonlySet<string>,
  packs: PackService,
  checker: Checker,
): Promise<string | { code: string; result: CheckResult }> {
  if (!(entry.code_file in manifest.files)) return `its code file ${entry.code_file} has no SHA-256 in ${MANIFEST_FILE}.`;
  if (changedFiles.has(entry.code_file)) return `its code (${entry.code_file}) was edited or removed after export.`;

  let bundle;
  let files;
  try {
    bundle = await packs.getCheckBundle(slug, entry.id);
    files = await packs.getProjectFiles(slug);
  } catch (error) {
    if (error instanceof PackLookupError) return 'the bundled packs have no such milestone, so its verdicts cannot be checked.';
    throw error;
  }
  if (checksHash(bundle, files) !== entry.checks_sha256) {
    return "the pack's checks changed since the export (its checks hash differs), so these packs cannot confirm its verdicts.";
  }

  const code = await fs.readFile(path.join(folder, entry.code_file), 'utf8');
  const result = await checker.check(toCheckRequest(bundle, code));
  const fresh = verdictsOf(result.tests);
  const differences: string[] = [];
  if (result.status !== entry.status) differences.push(`claims "${entry.status}" but the checks now give "${result.status}"`);
  if (fresh.length !== entry.checks.length) differences.push(`claims ${entry.checks.length} checks, the milestone has ${fresh.length}`);
  fresh.forEach((verdict, index) => {
    const claimed = entry.checks[index];
    if (claimed && (claimed.name !== verdict.name || claimed.status !== verdict.status)) {
      // Name the check as the pack names it: the claimed name is text from the file.
      differences.push(`check ${index + 1} "${verdict.name}" is claimed "${claimed.status}" but gives "${verdict.status}"${claimed.name === verdict.name ? '' : ' (its name was changed)'}`);
    }
  });
  return differences.length > 0 ? `${differences.join('; ')}.` : { code, result };
}

// The host API's portfolio methods. In the app, learner code runs only in the UI's
// Python (the browser's sandbox), as it does for the Check button: the UI lists the
// code (portfolioCode), checks each file and hands the results back with the hash
// of the code they are for; the export takes a result only for that exact code.
// An export goes to a folder of the workspace named after what it holds, so the UI
// passes no path and cannot write elsewhere.

import path from 'node:path';
import { z } from 'zod';
import { checkResultSchema, type CheckResult } from '../../shared/check-result';
import type { PortfolioCode, PortfolioExport } from '../../shared/host-api';
import { projectSlugSchema } from '../../shared/progress/schema';
import type { PackService } from '../packs';
import { readTextIfPresent } from '../storage/atomic-write';
import { findPortfolioCode, type Checker } from './collect';
import { exportPortfolio, PAGE_FILE, PortfolioExportError } from './export-portfolio';
import { sha256 } from './manifest';

export const PDF_FILE = 'portfolio.pdf';
const MAX_CHECKS = 1000;

export const portfolioRequestSchema = z.strictObject({
  project: projectSlugSchema.nullable(),
  learnerName: z.string().max(200).nullable(),
  checks: z.array(z.strictObject({ codeSha256: z.string().regex(/^[0-9a-f]{64}$/), result: checkResultSchema })).max(MAX_CHECKS),
});

/** Renders an HTML file to a PDF file: Electron's webContents.printToPDF in the desktop app. */
export type PrintToPdf = (pageFile: string, pdfFile: string) => Promise<void>;

export interface HostPortfolioContext {
  workspaceDir: string;
  version: string;
  packs: PackService;
  printToPdf?: PrintToPdf;
}

export function exportFolderFor(workspaceDir: string, project: string | null): string {
  return path.join(workspaceDir, project ? `portfolio-${project}` : 'portfolio');
}

/** A checker that answers from results already computed, and only for the code they were computed on. */
export function checkerFromResults(checks: readonly { codeSha256: string; result: CheckResult }[]): Checker {
  const byMilestone = new Map(checks.map((check) => [`${check.result.project}/${check.result.milestone}`, check]));
  return {
    async check(request) {
      const where = `${request.project}/${request.milestone}`;
      const found = byMilestone.get(where);
      if (!found) throw new PortfolioExportError(`${where} was not checked; export again.`);
      if (found.codeSha256 !== sha256(request.code)) throw new PortfolioExportError(`The code of ${where} changed while exporting; export again.`);
      return found.result;
    },
  };
}

export function createHostPortfolio(context: HostPortfolioContext) {
  return {
    async portfolioCode(project: unknown): Promise<PortfolioCode[]> {
      const slug = projectSlugSchema.nullable().parse(project);
      return findPortfolioCode(context.workspaceDir, context.packs, slug ?? undefined);
    },

    async exportPortfolio(request: unknown): Promise<PortfolioExport> {
      const { project, learnerName, checks } = portfolioRequestSchema.parse(request);
      const summary = await exportPortfolio({
        workspaceDir: context.workspaceDir,
        outDir: exportFolderFor(context.workspaceDir, project),
        project: project ?? undefined,
        learnerName,
        packs: context.packs,
        checker: checkerFromResults(checks as { codeSha256: string; result: CheckResult }[]),
        buildpathVersion: context.version,
      });
      return { folder: summary.outDir, pageFile: summary.pageFile, milestones: summary.milestones, passed: summary.passed };
    },

    async savePortfolioPdf(project: unknown): Promise<string | null> {
      const slug = projectSlugSchema.nullable().parse(project);
      if (!context.printToPdf) return null;
      const folder = exportFolderFor(context.workspaceDir, slug);
      const pageFile = path.join(folder, PAGE_FILE);
      if ((await readTextIfPresent(pageFile)) === null) throw new PortfolioExportError('Export the portfolio first: there is no page to print yet.');
      const pdfFile = path.join(folder, PDF_FILE);
      await context.printToPdf(pageFile, pdfFile);
      return pdfFile;
    },
  };
}

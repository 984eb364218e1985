// The host API's portfolio methods: an export goes to a folder of the workspace
// named after what it holds, so the UI passes no path and cannot write elsewhere.

import path from 'node:path';
import { z } from 'zod';
import type { PortfolioExport, PortfolioRequest } from '../../shared/host-api';
import { projectSlugSchema } from '../../shared/progress/schema';
import type { PackService } from '../packs';
import { readTextIfPresent } from '../storage/atomic-write';
import type { Checker } from './collect';
import { exportPortfolio, PAGE_FILE, PortfolioExportError } from './export-portfolio';

export const PDF_FILE = 'portfolio.pdf';

const requestSchema = z.strictObject({
  project: projectSlugSchema.nullable(),
  learnerName: z.string().max(200).nullable(),
});

/** Renders an HTML file to a PDF file: Electron's webContents.printToPDF in the desktop app. */
export type PrintToPdf = (pageFile: string, pdfFile: string) => Promise<void>;

export interface HostPortfolioContext {
  workspaceDir: string;
  version: string;
  packs: PackService;
  /** Made on first use: starting Python costs a second or two. */
  checker: () => Checker;
  printToPdf?: PrintToPdf;
}

export function exportFolderFor(workspaceDir: string, project: string | null): string {
  return path.join(workspaceDir, project ? `portfolio-${project}` : 'portfolio');
}

export function createHostPortfolio(context: HostPortfolioContext) {
  return {
    async exportPortfolio(request: unknown): Promise<PortfolioExport> {
      const { project, learnerName } = requestSchema.parse(request) satisfies PortfolioRequest;
      const summary = await exportPortfolio({
        workspaceDir: context.workspaceDir,
        outDir: exportFolderFor(context.workspaceDir, project),
        project: project ?? undefined,
        learnerName,
        packs: context.packs,
        checker: context.checker(),
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

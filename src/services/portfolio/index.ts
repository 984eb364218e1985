export type { Checker } from './collect';
export { exportPortfolio, PortfolioExportError, MANIFEST_FILE, PAGE_FILE, type ExportOptions, type ExportSummary } from './export-portfolio';
export { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, portfolioManifestSchema, type PortfolioManifest } from './manifest';
export { verifyPortfolio, type VerifyFinding, type VerifyReport } from './verify-portfolio';
export { buildpathVersion } from './app-version';
export { checkerFromResults, createHostPortfolio, exportFolderFor, PDF_FILE, type PrintToPdf } from './host-portfolio';

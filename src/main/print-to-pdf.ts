// "Save as PDF" for an exported portfolio: the page is opened in a hidden window
// that runs no script (the page needs none) and printed with its print stylesheet.

import { BrowserWindow } from 'electron';
import { writeFileAtomic } from '../services/storage/atomic-write';
import { SECURE_WEB_PREFERENCES } from './app-origin';

export async function printPageToPdf(pageFile: string, pdfFile: string): Promise<void> {
  const window = new BrowserWindow({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false } });
  try {
    await window.loadFile(pageFile);
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    await writeFileAtomic(pdfFile, pdf);
  } finally {
    window.destroy();
  }
}

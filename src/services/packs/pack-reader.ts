// Reads a pack's text and JSON files through its scan, recording a problem for
// each file that is missing, not UTF-8 or not valid JSON instead of throwing.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseJsonText } from '../../shared/json-text';
import type { PackProblem } from '../../shared/pack/types';
import type { PackScan } from './pack-scan';

export interface FolderListing {
  files: string[];
  folders: string[];
}

export class PackReader {
  readonly problems: PackProblem[] = [];

  constructor(
    readonly packDir: string,
    /** The pack's folder name: problems name files as `<label>/<path>`. */
    readonly label: string,
    private readonly scan: PackScan,
  ) {}

  report(relative: string, message: string, field?: string): void {
    const file = relative ? `${this.label}/${relative}` : this.label;
    this.problems.push(field === undefined ? { file, message } : { file, field, message });
  }

  hasFile(relative: string): boolean {
    return this.scan.files.has(relative);
  }

  hasFolder(relative: string): boolean {
    return this.scan.folders.has(relative);
  }

  /** Whether the scan already reported this path (a link leaving the pack, an oversized file). */
  isUnusable(relative: string): boolean {
    return this.scan.unusable.has(relative);
  }

  /** The files and folders directly inside a folder of the pack. */
  list(relativeDir: string): FolderListing {
    const prefix = relativeDir ? `${relativeDir}/` : '';
    const direct = (entry: string) => entry.startsWith(prefix) && entry.length > prefix.length && !entry.slice(prefix.length).includes('/');
    const names = (entries: Iterable<string>) => [...entries].filter(direct).map((entry) => entry.slice(prefix.length)).sort();
    return { files: names(this.scan.files.keys()), folders: names(this.scan.folders) };
  }

  /** Every file below a folder, as paths from the pack folder. */
  filesBelow(relativeDir: string): string[] {
    return [...this.scan.files.keys()].filter((file) => file.startsWith(`${relativeDir}/`)).sort();
  }

  /** A required text file's content, or undefined after recording why it cannot be used. */
  async text(relative: string): Promise<string | undefined> {
    if (this.isUnusable(relative)) return undefined;
    if (!this.hasFile(relative)) {
      this.report(relative, this.hasFolder(relative) ? 'is a folder; a file was expected' : 'is missing');
      return undefined;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(this.packDir, relative));
    } catch (error) {
      this.report(relative, `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return undefined;
    }
    return this.decode(relative, bytes);
  }

  /** A required JSON file, parsed, or undefined after recording why not. */
  async json(relative: string): Promise<unknown> {
    const source = await this.text(relative);
    if (source === undefined) return undefined;
    try {
      return parseJsonText(source);
    } catch (error) {
      const { message, line } = describeJsonError(source, error);
      this.report(relative, `is not valid JSON: ${message}`, line === undefined ? undefined : `line ${line}`);
      return undefined;
    }
  }

  private decode(relative: string, bytes: Buffer): string | undefined {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const lossy = new TextDecoder('utf-8').decode(bytes);
      const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
      this.report(relative, 'is not UTF-8 text; save it as UTF-8', `line ${line}`);
      return undefined;
    }
  }
}

/** V8's JSON.parse message without its character offset, and the line that offset is on. */
function describeJsonError(source: string, error: unknown): { message: string; line?: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const position = / in JSON at position (\d+)/.exec(raw);
  const message = raw.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  if (position) return { message, line: source.slice(0, Number(position[1])).split('\n').length };
  if (/end of JSON input/.test(raw)) return { message, line: source.split('\n').length };
  return { message };
}

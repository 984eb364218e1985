// Reading structure out of a milestone's text files: task headings, hints, and
// the header of a mistake program. What checks.py declares is read by running it
// in Python (src/python/buildpath/_listing.py).

import type { TaskHeading } from './types';

const TASK_HEADING = /^##\s+(\d+)\.\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** The `## N. Title` headings of instructions.md, skipping fenced code blocks. */
export function parseTaskHeadings(markdown: string): TaskHeading[] {
  const headings: TaskHeading[] = [];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = TASK_HEADING.exec(line);
    if (match) headings.push({ number: Number(match[1]), title: match[2]! });
  }
  return headings;
}

/** The hints of hints.md: blocks separated by lines holding only `---`. Empty blocks are dropped. */
export function splitHints(markdown: string): string[] {
  return markdown
    .split(/^[ \t]*---[ \t]*$/m)
    .map((hint) => hint.trim())
    .filter((hint) => hint.length > 0);
}

export interface MistakeHeader {
  mistake?: string;
  expect?: string;
  check?: string;
}

const HEADER_LINE = /^#\s*(mistake|expect|check)\s*:\s*(.*?)\s*$/;

/** The `# mistake:`, `# expect:` and `# check:` lines of the comment block opening a file. */
export function parseMistakeHeader(source: string): MistakeHeader {
  const header: MistakeHeader = {};
  for (const line of source.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) break;
    const match = HEADER_LINE.exec(trimmed);
    if (match && match[2]) header[match[1] as keyof MistakeHeader] = match[2];
  }
  return header;
}

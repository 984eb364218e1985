// Reading structure out of a milestone's text files: task headings, hints,
// the task numbers checks use, and the header of a mistake program.

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

export interface CheckTaskUse {
  task: number;
  /** 1-based line of the decorator in checks.py. */
  line: number;
}

const CHECK_DECORATOR = /@check\s*\(/g;
const TASK_ARGUMENT = /\btask\s*=\s*(\d+)/;

/** Every `@check(task=N …)` in checks.py, with the decorator's line. */
export function findCheckTaskUses(source: string): CheckTaskUse[] {
  const uses: CheckTaskUse[] = [];
  for (const match of source.matchAll(CHECK_DECORATOR)) {
    const start = match.index + match[0].length;
    const task = TASK_ARGUMENT.exec(decoratorArguments(source, start));
    if (task) uses.push({ task: Number(task[1]), line: lineOf(source, match.index) });
  }
  return uses;
}

/** Counts the `@check` decorators (with or without arguments). */
export function countChecks(source: string): number {
  return source.match(/^\s*@check\b/gm)?.length ?? 0;
}

/** The text between an opening parenthesis (just before `start`) and its partner. */
function decoratorArguments(source: string, start: number): string {
  let depth = 1;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) return source.slice(start, i);
  }
  return source.slice(start);
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
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

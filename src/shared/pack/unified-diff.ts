// Applies a unified diff (as `diff -u` or `git diff` writes it) to one file's text.
// A hunk must match exactly; it may have moved (the nearest match to its stated
// line wins), which is how `patch` treats an offset, but there is no fuzz: a hunk
// whose lines changed is reported, never applied approximately.

import type { AssemblyResult, PatchProblem } from './mistake-patch';

interface Hunk {
  /** 1-based line of the `@@` header in the diff file. */
  headerLine: number;
  header: string;
  /** 0-based line of the target the hunk says it starts at. */
  oldStart: number;
  oldLines: string[];
  newLines: string[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/;

/** `target` names the text the diff applies to, for its messages. */
export function applyUnifiedDiff(original: string, diff: string, target = 'solution.py'): AssemblyResult {
  const parsed = parseHunks(diff);
  if (!parsed.ok) return parsed;
  const lines = original.split(/\r?\n/);
  const problems: PatchProblem[] = [];
  let shift = 0;
  for (const hunk of parsed.hunks) {
    const at = findHunk(lines, hunk.oldLines, hunk.oldStart + shift);
    if (at === undefined) {
      problems.push({
        line: hunk.headerLine,
        message: `hunk "${hunk.header}" does not apply: ${target} no longer holds its ${hunk.oldLines.length} context and removed lines`,
      });
      continue;
    }
    lines.splice(at, hunk.oldLines.length, ...hunk.newLines);
    shift = at - hunk.oldStart + hunk.newLines.length - hunk.oldLines.length;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, code: lines.join('\n') };
}

function parseHunks(diff: string): { ok: true; hunks: Hunk[] } | { ok: false; problems: PatchProblem[] } {
  const lines = diff.split(/\r?\n/);
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const header = HUNK_HEADER.exec(line);
    if (header) {
      const oldStart = Math.max(0, Number(header[1]) - (header[2] === '0' ? 0 : 1));
      current = { headerLine: index + 1, header: header[0], oldStart, oldLines: [], newLines: [] };
      hunks.push(current);
    } else if (current && (line.startsWith(' ') || line === '')) {
      if (line === '' && index === lines.length - 1) continue; // the diff file's final newline
      current.oldLines.push(line.slice(1));
      current.newLines.push(line.slice(1));
    } else if (current && line.startsWith('-') && !line.startsWith('--- ')) current.oldLines.push(line.slice(1));
    else if (current && line.startsWith('+') && !line.startsWith('+++ ')) current.newLines.push(line.slice(1));
    else if (line.startsWith('\\')) continue; // "\ No newline at end of file"
    else current = undefined; // file headers and free text (the # mistake: and # expect: lines)
  }
  if (hunks.length === 0) return { ok: false, problems: [{ line: 1, message: 'holds no "@@ -N,M +N,M @@" hunk; write it with diff -u or git diff' }] };
  return { ok: true, hunks };
}

/** Where `wanted` occurs in `lines`, nearest to `expected`; undefined when nowhere. */
function findHunk(lines: string[], wanted: string[], expected: number): number | undefined {
  const matchesAt = (start: number) => wanted.every((line, offset) => lines[start + offset] === line);
  for (let distance = 0; distance <= lines.length; distance++) {
    for (const start of [expected - distance, expected + distance]) {
      if (start >= 0 && start + wanted.length <= lines.length && matchesAt(start)) return start;
    }
  }
  return undefined;
}

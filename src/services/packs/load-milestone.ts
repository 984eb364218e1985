// Loads and checks one milestone folder: its JSON, its texts, and the promises
// the files make to each other. What checks.py declares is checked by running it
// (check-declarations.ts), which `buildpath validate` and the test suites do.

import { countOf } from '../../shared/count-of';
import { parseMistakeHeader, parseTaskHeadings, splitHints } from '../../shared/pack/content-parsing';
import { assemblePatch, type PatchKind } from '../../shared/pack/mistake-patch';
import { milestoneMetaSchema, type PackFormat } from '../../shared/pack/schema';
import type { AlternativeProgram, LoadedMilestone, MistakeProgram, TaskHeading } from '../../shared/pack/types';
import type { PackReader } from './pack-reader';
import { parseWithSchema } from './schema-problems';

export const MIN_HINTS = 3;
export const MIN_MISTAKES = 2;
export const MIN_ALTERNATIVES = 1;

export async function loadMilestone(reader: PackReader, id: string, format: PackFormat): Promise<LoadedMilestone | undefined> {
  const base = `milestones/${id}`;
  const problemsBefore = reader.problems.length;
  const metaJson = await reader.json(`${base}/milestone.json`);
  const meta = metaJson === undefined ? undefined : parseWithSchema(reader, `${base}/milestone.json`, milestoneMetaSchema, metaJson);
  const instructions = await reader.text(`${base}/instructions.md`);
  const solution = await reader.text(`${base}/solution.py`);
  const starter = await loadStarter(reader, base, format, solution);
  const checks = await reader.text(`${base}/checks.py`);
  const hintsText = await reader.text(`${base}/hints.md`);

  const taskHeadings = instructions === undefined ? [] : checkTaskHeadings(reader, base, instructions);
  const hints = hintsText === undefined ? [] : checkHints(reader, base, hintsText);
  const mistakes = await loadMistakes(reader, base, format, solution);
  const alternatives = await loadAlternatives(reader, base);

  if (reader.problems.length > problemsBefore) return undefined;
  return {
    id,
    meta: meta!,
    instructions: instructions!,
    taskHeadings,
    starter: starter!,
    solution: solution!,
    checks: checks!,
    hints,
    mistakes,
    alternatives,
  };
}

function checkTaskHeadings(reader: PackReader, base: string, instructions: string): TaskHeading[] {
  const headings = parseTaskHeadings(instructions);
  const file = `${base}/instructions.md`;
  if (headings.length === 0) {
    reader.report(file, 'has no task headings; write each task as "## 1. Title", "## 2. Title", …');
  }
  const numbers = headings.map((heading) => heading.number);
  if (numbers.some((number, index) => number !== index + 1)) {
    reader.report(file, `task headings must be numbered 1, 2, 3… in order; found ${numbers.join(', ')}`);
  }
  return headings;
}

function checkHints(reader: PackReader, base: string, text: string): string[] {
  const hints = splitHints(text);
  if (hints.length < MIN_HINTS) {
    reader.report(
      `${base}/hints.md`,
      `has ${countOf(hints.length, 'hint')}; a milestone needs at least ${MIN_HINTS}, separated by lines holding only ---`,
    );
  }
  return hints;
}

/** The files of an optional folder such as mistakes/ whose names end in one of `extensions`, reporting anything else in it. */
async function readPrograms(
  reader: PackReader,
  folder: string,
  extensions: readonly string[] = ['.py'],
): Promise<{ name: string; extension: string; code: string; file: string }[]> {
  const { files, folders } = reader.list(folder);
  const wanted = extensions.join(' or ');
  for (const name of folders) reader.report(`${folder}/${name}`, `is a folder; only ${wanted} files belong here`);
  const programs = [];
  for (const name of files) {
    const file = `${folder}/${name}`;
    const extension = extensions.find((candidate) => name.endsWith(candidate));
    if (extension === undefined) {
      reader.report(file, extensions.length === 1 ? 'is not a .py program' : `is not a ${wanted} file`);
      continue;
    }
    const code = await reader.text(file);
    if (code !== undefined) programs.push({ name: name.slice(0, -extension.length), extension, code, file });
  }
  return programs;
}

function countPrograms(reader: PackReader, folder: string, extensions: readonly string[] = ['.py']): number {
  return reader.list(folder).files.filter((name) => extensions.some((extension) => name.endsWith(extension))).length;
}

const PATCH_KINDS: Record<string, PatchKind> = { '.py': 'definitions', '.diff': 'diff' };

/** The ways a starter may be written (docs/pack-format.md, "starter.py"): complete, or (format 2) patches of solution.py. */
export const STARTER_FILES = { complete: 'starter.py', definitions: 'starter.patch.py', diff: 'starter.diff' } as const;

/**
 * The starter the learner sees: starter.py as written, or (format 2) solution.py with
 * starter.patch.py's definitions applied, then starter.diff's hunks, either or both.
 */
async function loadStarter(reader: PackReader, base: string, format: PackFormat, solution: string | undefined): Promise<string | undefined> {
  const has = (name: string) => reader.hasFile(`${base}/${name}`);
  const patches = format === 1 ? [] : [STARTER_FILES.definitions, STARTER_FILES.diff].filter(has);
  if (patches.length === 0) return reader.text(`${base}/${STARTER_FILES.complete}`); // reports it missing
  if (has(STARTER_FILES.complete)) {
    reader.report(`${base}/${patches[0]}`, `is a second starter beside ${STARTER_FILES.complete}; write the starter either complete or as a patch of solution.py`);
    return undefined;
  }
  let starter = solution;
  for (const name of patches) {
    const file = `${base}/${name}`;
    const source = await reader.text(file);
    if (source === undefined || starter === undefined) return undefined;
    const afterDefinitions = name === STARTER_FILES.diff && patches.includes(STARTER_FILES.definitions);
    const target = afterDefinitions ? `solution.py with ${STARTER_FILES.definitions} applied` : 'solution.py';
    const assembled = assemblePatch(starter, source, name === STARTER_FILES.diff ? 'diff' : 'definitions', target);
    if (!assembled.ok) {
      for (const problem of assembled.problems) reader.report(file, problem.message, `line ${problem.line}`);
      return undefined;
    }
    starter = assembled.code;
  }
  return starter;
}

/**
 * Format 1: each mistake is a complete program. Format 2: a patch of solution.py, assembled
 * here (src/shared/pack/mistake-patch.ts); `solution` is undefined when it could not be read.
 */
async function loadMistakes(reader: PackReader, base: string, format: PackFormat, solution: string | undefined): Promise<MistakeProgram[]> {
  const folder = `${base}/mistakes`;
  const extensions = format === 1 ? ['.py'] : Object.keys(PATCH_KINDS);
  const mistakes: MistakeProgram[] = [];
  const programs = await readPrograms(reader, folder, extensions);
  for (const { name, extension, code: source, file } of programs) {
    const header = parseMistakeHeader(source);
    if (header.expect === undefined) {
      reader.report(file, 'has no "# expect: …" line at the top naming the message the mistake must trigger');
      continue;
    }
    let code = source;
    if (format !== 1 && solution !== undefined) {
      const assembled = assemblePatch(solution, source, PATCH_KINDS[extension]!);
      if (!assembled.ok) {
        for (const problem of assembled.problems) reader.report(file, problem.message, `line ${problem.line}`);
        continue;
      }
      code = assembled.code;
    }
    const mistake: MistakeProgram = { name, code, expect: header.expect, label: header.mistake ?? name.replace(/[-_]/g, ' ') };
    if (header.check !== undefined) mistake.check = header.check;
    mistakes.push(mistake);
  }
  const count = countPrograms(reader, folder, extensions);
  if (count < MIN_MISTAKES) {
    reader.report(folder, `holds ${countOf(count, 'mistake program')}; a milestone needs at least ${MIN_MISTAKES}`);
  }
  return mistakes;
}

async function loadAlternatives(reader: PackReader, base: string): Promise<AlternativeProgram[]> {
  const folder = `${base}/alternatives`;
  const alternatives = (await readPrograms(reader, folder)).map(({ name, code }) => ({ name, code }));
  if (countPrograms(reader, folder) < MIN_ALTERNATIVES) {
    reader.report(folder, `holds no alternative solution; a milestone needs at least ${MIN_ALTERNATIVES}`);
  }
  return alternatives;
}

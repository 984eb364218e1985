// Loads and checks one milestone folder: its JSON, its texts, and the promises
// the files make to each other. What checks.py declares is checked by running it
// (check-declarations.ts), which `buildpath validate` and the test suites do.

import { countOf } from '../../shared/count-of';
import { parseMistakeHeader, parseTaskHeadings, splitHints } from '../../shared/pack/content-parsing';
import { milestoneMetaSchema } from '../../shared/pack/schema';
import type { AlternativeProgram, LoadedMilestone, MistakeProgram, TaskHeading } from '../../shared/pack/types';
import type { PackReader } from './pack-reader';
import { parseWithSchema } from './schema-problems';

export const MIN_HINTS = 3;
export const MIN_MISTAKES = 2;
export const MIN_ALTERNATIVES = 1;

export async function loadMilestone(reader: PackReader, id: string): Promise<LoadedMilestone | undefined> {
  const base = `milestones/${id}`;
  const problemsBefore = reader.problems.length;
  const metaJson = await reader.json(`${base}/milestone.json`);
  const meta = metaJson === undefined ? undefined : parseWithSchema(reader, `${base}/milestone.json`, milestoneMetaSchema, metaJson);
  const instructions = await reader.text(`${base}/instructions.md`);
  const starter = await reader.text(`${base}/starter.py`);
  const solution = await reader.text(`${base}/solution.py`);
  const checks = await reader.text(`${base}/checks.py`);
  const hintsText = await reader.text(`${base}/hints.md`);

  const taskHeadings = instructions === undefined ? [] : checkTaskHeadings(reader, base, instructions);
  const hints = hintsText === undefined ? [] : checkHints(reader, base, hintsText);
  const mistakes = await loadMistakes(reader, base);
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

/** The .py programs of an optional folder such as mistakes/, reporting anything else in it. */
async function readPrograms(reader: PackReader, folder: string): Promise<{ name: string; code: string; file: string }[]> {
  const { files, folders } = reader.list(folder);
  for (const name of folders) reader.report(`${folder}/${name}`, 'is a folder; only .py programs belong here');
  const programs = [];
  for (const name of files) {
    const file = `${folder}/${name}`;
    if (!name.endsWith('.py')) {
      reader.report(file, 'is not a .py program');
      continue;
    }
    const code = await reader.text(file);
    if (code !== undefined) programs.push({ name: name.slice(0, -'.py'.length), code, file });
  }
  return programs;
}

function countPrograms(reader: PackReader, folder: string): number {
  return reader.list(folder).files.filter((name) => name.endsWith('.py')).length;
}

async function loadMistakes(reader: PackReader, base: string): Promise<MistakeProgram[]> {
  const folder = `${base}/mistakes`;
  const mistakes: MistakeProgram[] = [];
  const programs = await readPrograms(reader, folder);
  for (const { name, code, file } of programs) {
    const header = parseMistakeHeader(code);
    if (header.expect === undefined) {
      reader.report(file, 'has no "# expect: …" line at the top naming the message the mistake must trigger');
      continue;
    }
    const mistake: MistakeProgram = { name, code, expect: header.expect, label: header.mistake ?? name.replace(/[-_]/g, ' ') };
    if (header.check !== undefined) mistake.check = header.check;
    mistakes.push(mistake);
  }
  const count = countPrograms(reader, folder);
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

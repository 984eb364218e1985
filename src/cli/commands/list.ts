// buildpath list [--projects DIR] [--json]: the catalogue as a table (or JSON),
// broken packs included and marked as such.

import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { listProjects, resolveProjectsRoot } from '../../services/packs';
import { countOf } from '../../shared/count-of';
import type { ProjectSummary } from '../../shared/pack/types';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { visibleLine } from '../terminal-text';

const USAGE = 'Usage: buildpath list [--projects DIR] [--json]\n';

export async function runListCommand(args: string[]): Promise<number> {
  let values: { projects?: string; json?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { projects: { type: 'string' }, json: { type: 'boolean' } } }));
  } catch (error) {
    process.stderr.write(`buildpath: ${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const root = values.projects ?? resolveProjectsRoot();
  if (!(await stat(root).catch(() => null))?.isDirectory()) {
    process.stderr.write(`buildpath: ${visibleLine(root)} is not a folder\n`);
    return EXIT_USAGE;
  }
  const summaries = await listProjects(root);
  process.stdout.write(values.json ? `${JSON.stringify(summaries, null, 2)}\n` : formatTable(summaries));
  return EXIT_OK;
}

function formatTable(summaries: ProjectSummary[]): string {
  if (summaries.length === 0) return 'No projects.\n';
  const rows = summaries.map((summary) =>
    summary.status === 'ok'
      ? [visibleLine(summary.slug), visibleLine(summary.title), String(summary.milestones.length), 'ok']
      : [visibleLine(summary.slug), visibleLine(summary.title), '-', `broken (${countOf(summary.problems.length, 'problem')})`],
  );
  const table = [['SLUG', 'TITLE', 'MILESTONES', 'STATUS'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n') + '\n';
}

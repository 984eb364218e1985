// The table `grade` prints on stdout: per milestone, how many submissions ended in
// each status, then the submissions that could not be graded.

import { visible, visibleLine } from '../terminal-text';
import type { GradedSubmission, GradeStatus } from './gradebook';

const STATUSES: GradeStatus[] = ['pass', 'fail', 'error', 'timeout', 'not_attempted'];

export function formatSummary(project: string, rows: GradedSubmission[], seconds: number): string {
  const milestones = [...new Set(rows.map((row) => row.milestone))];
  const table = [['MILESTONE', 'SUBMISSIONS', ...STATUSES.map((status) => status.toUpperCase())]];
  for (const milestone of milestones) {
    const mine = rows.filter((row) => row.milestone === milestone);
    table.push([visibleLine(milestone), String(mine.length), ...STATUSES.map((status) => String(mine.filter((row) => row.status === status).length))]);
  }
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const lines = [`${visibleLine(project)}: ${rows.length} graded in ${seconds.toFixed(1)} s`, ''];
  for (const row of table) lines.push(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  const ungraded = rows.filter((row) => !row.graded);
  if (ungraded.length > 0) {
    lines.push('', `Could not be graded (${ungraded.length}):`);
    for (const row of ungraded) lines.push(`  ${visibleLine(row.submission)} ${visibleLine(row.milestone)}: ${visible(row.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

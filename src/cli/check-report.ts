// The readable report of `buildpath check`: one line per check, in check order,
// with the message indented under it. Every string in it can come from learner
// code or a pack, so it is printed through terminal-text.ts.

import type { CheckResult, TestStatus } from '../shared/check-result';
import { visible, visibleLine } from './terminal-text';

const LABELS: Record<TestStatus, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  error: 'ERROR',
  not_attempted: 'TODO',
  timeout: 'TIME',
};

const VERDICTS: Record<CheckResult['status'], string> = {
  pass: 'Milestone passed',
  fail: 'Not passed yet',
  error: 'Could not be checked',
  not_attempted: 'Not attempted yet',
};

export function formatCheckReport(result: CheckResult): string {
  const lines = [`${visibleLine(result.project)} / ${visibleLine(result.milestone)}`];
  if (result.message) lines.push('', indent(visible(result.message), 2));
  if (result.tests.length > 0) lines.push('');
  for (const test of result.tests) {
    const task = test.task_id === null ? '' : `task ${test.task_id}: `;
    const hidden = test.hidden ? ' (hidden)' : '';
    lines.push(`  ${LABELS[test.status].padEnd(5)} ${task}${visibleLine(test.name)}${hidden}`);
    if (test.message && test.status !== 'pass' && test.message !== result.message) lines.push(indent(visible(test.message), 8));
  }
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  const tally = result.tests.length > 0 ? ` — ${passed} of ${result.tests.length} checks passed` : '';
  lines.push('', `${VERDICTS[result.status] ?? 'Unknown verdict'}${tally} (${Math.round(result.duration_ms)} ms)`);
  return `${lines.join('\n')}\n`;
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

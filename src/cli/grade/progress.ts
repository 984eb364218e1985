// Progress of a grading run on stderr: a bar redrawn in place on a terminal, one
// plain line per submission otherwise (CI logs, files).

import { visibleLine } from '../terminal-text';
import type { GradedSubmission } from './gradebook';

export interface Progress {
  done(row: GradedSubmission, skipped: boolean): void;
  finish(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0;
  const tty = stream.isTTY === true;
  return {
    done(row, skipped) {
      count++;
      const what = `${visibleLine(row.submission)} ${visibleLine(row.milestone)}: ${row.status}${skipped ? ' (unchanged, kept)' : ''}`;
      if (!tty) {
        stream.write(`[${count}/${total}] ${what} (${row.checks_passed}/${row.checks_total} checks)\n`);
        return;
      }
      const width = 30;
      const filled = Math.round((count / total) * width);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      const columns = stream.columns ?? 80;
      stream.write(`\r\x1b[2K[${bar}] ${count}/${total} ${what}`.slice(0, columns + 5));
    },
    finish() {
      if (tty && count > 0) stream.write('\n');
    },
  };
}

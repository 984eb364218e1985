// A Run's outcome is made by Python that learner code can change, so the host keeps
// only the fields it knows, of the types it expects.

import { sanitizeLearnerObjects } from '../language/learner-objects';
import type { ErrorLocation, RunOutcome } from './protocol';

const STATUSES = new Set(['ok', 'error', 'interrupted']);
const MAX_TRACEBACK = 100_000;

export function sanitizeRunOutcome(raw: unknown): RunOutcome {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const status = typeof value.status === 'string' && STATUSES.has(value.status) ? (value.status as RunOutcome['status']) : 'error';
  const outcome: RunOutcome = {
    status,
    durationMs: typeof value.durationMs === 'number' && Number.isFinite(value.durationMs) ? value.durationMs : 0,
    droppedChars: 0,
  };
  if (typeof value.traceback === 'string') outcome.traceback = value.traceback.slice(0, MAX_TRACEBACK);
  const error = errorLocation(value.error);
  if (error) outcome.error = error;
  if (value.objects !== undefined) outcome.objects = sanitizeLearnerObjects(value.objects);
  return outcome;
}

function errorLocation(raw: unknown): ErrorLocation | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { line, column, message, kind } = raw as Record<string, unknown>;
  if (!Number.isSafeInteger(line) || typeof message !== 'string' || typeof kind !== 'string') return undefined;
  const location: ErrorLocation = { line: line as number, message: message.slice(0, 2_000), kind: kind.slice(0, 100) };
  if (Number.isSafeInteger(column)) location.column = column as number;
  return location;
}

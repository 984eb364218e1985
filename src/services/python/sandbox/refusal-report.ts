// A job during which the sandbox refused something ends as an error naming it,
// whatever the code did afterwards: a caught refusal must not leave a pass.

import type { FromWorker } from '../../../shared/python/protocol';

export function refusalMessage(refused: string[]): string {
  return `Your code was stopped: Buildpath's sandbox refused ${refused.join(', ')}. Learner code may not reach the host's files, processes or network.`;
}

export function reportRefusals(message: FromWorker, refused: string[]): FromWorker {
  if (refused.length === 0) return message;
  const text = refusalMessage(refused);
  if (message.type === 'check-done') return { ...message, result: { ...message.result, status: 'error', message: text } };
  if (message.type === 'run-done') return { ...message, outcome: { ...message.outcome, status: 'error', traceback: text } };
  if (message.type === 'checks-listed') return { ...message, listing: { error: text } };
  return message;
}

/** What to tell the learner about a failure: an Error's message, or the value itself. */
export function errorMessage(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

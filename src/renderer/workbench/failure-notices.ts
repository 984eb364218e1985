// The error notices of one kind of work (saving code, saving progress, …), keyed by
// what failed: a failure replaces the notice of its kind, and a later success of the
// same kind takes that notice down, leaving every other notice where it is. So
// "Your progress could not be saved" goes away once progress is saved again.

export type FailureNotices<Kind extends string> = Readonly<Partial<Record<Kind, string>>>;

export function withFailure<Kind extends string>(notices: FailureNotices<Kind>, kind: Kind, message: string): FailureNotices<Kind> {
  return notices[kind] === message ? notices : { ...notices, [kind]: message };
}

/** The same object when there is nothing to take down, so React sees no change. */
export function withSuccess<Kind extends string>(notices: FailureNotices<Kind>, kind: Kind): FailureNotices<Kind> {
  if (notices[kind] === undefined) return notices;
  const rest: Partial<Record<Kind, string>> = { ...notices };
  delete rest[kind];
  return rest;
}

/** The messages to show, in the order given. */
export function failureMessages<Kind extends string>(notices: FailureNotices<Kind>, order: readonly Kind[]): string[] {
  return order.flatMap((kind) => (notices[kind] === undefined ? [] : [notices[kind]!]));
}

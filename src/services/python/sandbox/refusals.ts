// What the sandbox refused during the current job. A refused attempt turns the
// job's verdict into an error naming it, whatever the learner's code did next
// (it may have caught the exception), and the process is replaced afterwards.

const refused = new Set<string>();

export class SandboxRefusal extends Error {
  constructor(what: string) {
    super(`Buildpath's sandbox refused ${what}: learner code may not reach the host from Python.`);
    this.name = 'SandboxRefusal';
  }
}

/** Records the attempt and returns the error to throw. */
export function refusal(what: string): SandboxRefusal {
  refused.add(what);
  return new SandboxRefusal(what);
}

/** What was refused since the last call, oldest first; clears the record. */
export function takeRefusals(): string[] {
  const list = [...refused];
  refused.clear();
  return list;
}

/** Replaces each named member of `holder` with one that refuses (and records) `what`, for good. */
export function refuseMembers(holder: object | undefined, names: string[], what: string): void {
  if (!holder) return;
  for (const name of names) {
    if (!(name in holder)) continue;
    Object.defineProperty(holder, name, {
      value: () => {
        throw refusal(what);
      },
      writable: false,
      configurable: false,
      enumerable: false,
    });
  }
}

// File-system failures said in the learner's terms. A save that fails because the disk
// is full or the workspace cannot be written must tell them what to do, not show errno.

const EXPLANATIONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full. Free some space; your code stays in the editor and is saved when you next type',
  EDQUOT: 'your disk quota is used up. Free some space; your code stays in the editor and is saved when you next type',
  EROFS: 'the workspace folder is on a read-only disk. Choose another workspace folder; your code stays in the editor',
  EACCES: 'Buildpath may not write to the workspace folder. Check its permissions; your code stays in the editor',
  EPERM: 'Buildpath may not write to the workspace folder. Check its permissions; your code stays in the editor',
  EMFILE: 'too many files are open. Close some programs and try again',
  EIO: 'the disk reported an input/output error. Check the disk; your code stays in the editor',
};

export class StorageError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** A StorageError with a plain explanation for file-system errors; anything else unchanged. */
export function explainStorageError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const explanation = code === undefined ? undefined : EXPLANATIONS[code];
  return explanation ? new StorageError(`${explanation} (${code})`, code!) : error;
}

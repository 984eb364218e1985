// File-system failures said in the learner's terms. A save that fails because the disk
// is full or the workspace cannot be written must tell them what to do, not show errno.

const KEPT = 'Nothing saved earlier is lost, and what is in the editor is saved at your next change';

const EXPLANATIONS: Readonly<Record<string, string>> = {
  ENOSPC: `the disk is full (ENOSPC). Free some space. ${KEPT}`,
  EDQUOT: `your disk quota is used up (EDQUOT). Free some space. ${KEPT}`,
  EROFS: `the workspace folder is on a read-only disk (EROFS). Make it writable or choose another workspace folder. ${KEPT}`,
  EACCES: `Buildpath may not write to the workspace folder (EACCES). Check its permissions. ${KEPT}`,
  EPERM: `Buildpath may not write to the workspace folder (EPERM). Check its permissions. ${KEPT}`,
  EMFILE: `too many files are open (EMFILE). Close some programs. ${KEPT}`,
  EIO: `the disk reported an input/output error (EIO). Check the disk. ${KEPT}`,
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
  return explanation ? new StorageError(`${explanation}.`, code!) : error;
}

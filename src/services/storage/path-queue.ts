// Serialises operations on the same file: each one starts when the previous one for
// that path has settled, so two saves racing for one file cannot interleave their
// read-compare-write steps. Different paths proceed in parallel.

import path from 'node:path';

export class PathQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(file: string, operation: () => Promise<T>): Promise<T> {
    const key = path.resolve(file);
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(operation);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

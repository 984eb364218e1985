// The only way between the checker's interpreter and the learner's: bytes, copied.
// Both run in this realm, so what one hands the other must be a fresh Uint8Array the
// bridge made, never an object the learner's code made or could change afterwards.
// The intrinsics used here are taken when this module loads, before any learner code
// runs, so patching them later (`js.Uint8Array.prototype.set = ...`) changes nothing here.

const BytesArray = Uint8Array;
const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
const lengthOf = Object.getOwnPropertyDescriptor(typedArrayPrototype, 'length')!.get!;
const tagOf = Object.getOwnPropertyDescriptor(typedArrayPrototype, Symbol.toStringTag)!.get!;
const copyInto = (typedArrayPrototype as { set: (source: ArrayLike<number>) => void }).set;
const apply = Reflect.apply;

/** Mirrors MAX_MESSAGE_BYTES in buildpath/_wire.py, with room for the envelope. */
export const MAX_BRIDGE_BYTES = 65 * 1024 * 1024;

/** A copy of `value`, which must be a real Uint8Array; anything else throws. */
export function copyBytes(value: unknown): Uint8Array {
  if (apply(tagOf, value, []) !== 'Uint8Array') throw new TypeError('the answer is not bytes');
  const length = apply(lengthOf, value, []) as number;
  if (length > MAX_BRIDGE_BYTES) throw new TypeError('the answer is too large');
  const copy = new BytesArray(length);
  apply(copyInto, copy, [value]);
  return copy;
}

/** A Python function as the host holds it (a PyProxy): bytes in, bytes out. */
export type PythonBytesFunction = (data: Uint8Array) => unknown;

/**
 * One check job's link: `toLearner` is what the checker calls (its `exchange`); the
 * learner's interpreter calls `toChecker` when its code calls a function a check lent it,
 * which is only allowed while the checker is waiting on the learner.
 */
export class ByteBridge {
  private waiting = 0;
  private closed = false;
  /** Whether the checker asked the learner's interpreter anything. */
  used = false;
  /** Set when the learner's interpreter failed for good (Pyodide's fatal error). */
  learnerFailure: string | null = null;

  constructor(
    private readonly learnerServe: PythonBytesFunction,
    private readonly checkerServe: PythonBytesFunction,
    private readonly isFatal: (error: unknown) => boolean,
  ) {}

  toLearner = (data: unknown): Uint8Array => {
    if (this.closed) throw new Error("the learner's Python is no longer there");
    if (this.learnerFailure) throw new Error(`the learner's Python crashed (${this.learnerFailure})`);
    const request = copyBytes(data);
    this.used = true;
    this.waiting += 1;
    let answer: unknown;
    try {
      answer = this.learnerServe(request);
    } catch (error) {
      const text = describe(error);
      if (this.isFatal(error)) this.learnerFailure = text;
      throw new Error(`the learner's Python failed (${text})`);
    } finally {
      this.waiting -= 1;
    }
    return copyBytes(answer);
  };

  toChecker = (data: unknown): Uint8Array => {
    if (this.closed || this.waiting === 0) throw new Error('no check is waiting for an answer');
    return copyBytes(this.checkerServe(copyBytes(data)));
  };

  close(): void {
    this.closed = true;
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

// The checker's interpreter and the learner's share this realm's built-in objects. Learner
// code can change them from Python (`js.Uint8Array.prototype.set = f`): the checker's
// Pyodide would then call the learner's function with views of its own memory, and could
// be read or written through them. So once the interpreters have started, before any
// learner code runs, the built-ins are frozen: their prototypes wholly, their
// constructors' functions and their global names.

/** Globals whose objects Pyodide or the runtime uses, frozen with everything they hold. */
const BUILT_INS = [
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt', 'Math', 'JSON', 'Reflect',
  'Proxy', 'Promise', 'Date', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Map', 'Set', 'WeakMap', 'WeakSet',
  'WeakRef', 'FinalizationRegistry', 'Iterator', 'WebAssembly', 'TextDecoder', 'TextEncoder', 'crypto', 'Crypto',
  'performance', 'Performance', 'MessageChannel', 'MessagePort', 'queueMicrotask', 'structuredClone',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'parseInt', 'parseFloat', 'isNaN', 'isFinite',
  'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'URL', 'URLSearchParams',
];

/** Names code commonly assigns on its own objects; frozen on a prototype they would refuse that. */
const OVERRIDABLE = new Set<PropertyKey>(['constructor', 'toString', 'toLocaleString', 'valueOf', 'name', 'message', 'toJSON']);

/** Objects with no global name of their own. */
function hiddenIntrinsics(): object[] {
  const generator = function* () {};
  const asyncGenerator = async function* () {};
  const arrayIterator = [][Symbol.iterator]();
  return [
    Object.getPrototypeOf(Uint8Array),
    Object.getPrototypeOf(generator),
    Object.getPrototypeOf(asyncGenerator),
    Object.getPrototypeOf(async function () {}),
    Object.getPrototypeOf(arrayIterator),
    Object.getPrototypeOf(Object.getPrototypeOf(arrayIterator)),
    Object.getPrototypeOf(new Map().entries()),
    Object.getPrototypeOf(new Set().values()),
    Object.getPrototypeOf(''[Symbol.iterator]()),
    Object.getPrototypeOf(/x/[Symbol.matchAll]('')),
    Object.getPrototypeOf(generator()),
    Object.getPrototypeOf(asyncGenerator()),
  ];
}

let hardened = false;

export function hardenRealm(scope: object = globalThis): void {
  if (hardened) return;
  hardened = true;
  const seen = new WeakSet<object>();
  const holder = scope as Record<string, unknown>;
  for (const name of BUILT_INS) {
    if (!(name in holder)) continue;
    const value = holder[name];
    lockGlobal(scope, name);
    if (isObject(value)) harden(value, seen, false);
  }
  for (const intrinsic of hiddenIntrinsics()) harden(intrinsic, seen, true);
}

/** `asPrototype`: an object others inherit from (Function.prototype is one, though callable). */
function harden(value: object, seen: WeakSet<object>, asPrototype: boolean): void {
  if (seen.has(value)) return;
  seen.add(value);
  if (typeof value === 'function' && !asPrototype) {
    lockFunctions(value);
    const prototype = (value as { prototype?: unknown }).prototype;
    if (isObject(prototype)) harden(prototype, seen, true);
    for (const child of ownValues(value)) if (typeof child === 'function' || isNamespace(child)) harden(child as object, seen, false);
  } else {
    freezePrototype(value, seen);
  }
  const parent = Object.getPrototypeOf(value) as object | null;
  if (parent) harden(parent, seen, true);
}

/** Every own property fixed; the usual overridden names become accessors so instances can still set their own. */
function freezePrototype(prototype: object, seen: WeakSet<object>): void {
  for (const key of Reflect.ownKeys(prototype)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(prototype, key)!;
    if ('value' in descriptor && OVERRIDABLE.has(key) && descriptor.configurable) {
      const value: unknown = descriptor.value;
      Reflect.defineProperty(prototype, key, {
        get: () => value,
        set(this: object, next: unknown) {
          if (this === prototype) throw new TypeError(`${String(key)} of a built-in prototype cannot be changed`);
          Reflect.defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
        },
        enumerable: descriptor.enumerable,
        configurable: false,
      });
    }
    const child: unknown = 'value' in descriptor ? descriptor.value : undefined;
    if (typeof child === 'function') harden(child, seen, false);
  }
  Object.freeze(prototype);
}

/** A constructor's own functions (Array.from, ArrayBuffer.isView…) fixed; its data (Error.stackTraceLimit) left alone. */
function lockFunctions(target: object): void {
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key)!;
    if (!descriptor.configurable) continue;
    const isFunction = typeof descriptor.value === 'function' || isNamespace(descriptor.value) || key === 'prototype';
    if ('value' in descriptor && isFunction) Reflect.defineProperty(target, key, { value: descriptor.value, writable: false, configurable: false, enumerable: descriptor.enumerable });
    else if (!('value' in descriptor)) Reflect.defineProperty(target, key, { ...descriptor, configurable: false });
  }
}

function lockGlobal(scope: object, name: string): void {
  const descriptor = Reflect.getOwnPropertyDescriptor(scope, name);
  if (!descriptor?.configurable) return;
  if ('value' in descriptor) Reflect.defineProperty(scope, name, { value: descriptor.value, writable: false, configurable: false, enumerable: descriptor.enumerable });
  else Reflect.defineProperty(scope, name, { get: descriptor.get, set: undefined, configurable: false, enumerable: descriptor.enumerable });
}

function ownValues(target: object): unknown[] {
  return Reflect.ownKeys(target).flatMap((key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key)!;
    return 'value' in descriptor ? [descriptor.value] : [];
  });
}

/** Math, JSON, Reflect, Atomics, WebAssembly, crypto, performance: objects holding functions. */
function isNamespace(value: unknown): value is object {
  return isObject(value) && typeof value !== 'function';
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

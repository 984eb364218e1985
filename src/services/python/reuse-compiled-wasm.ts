// Every check gives learner code a fresh Pyodide (worker-runtime.ts), and each
// loadPyodide hands WebAssembly.instantiate the bytes of pyodide.asm.wasm (9.6 MB) to
// compile again. A compiled module is immutable and serves any number of instances, so
// the last large one compiled is kept and reused while the same bytes come back.

/** Smaller modules (Emscripten's little function wrappers) are compiled as before. */
const WORTH_KEEPING_BYTES = 1024 * 1024;

type Instantiate = (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) => Promise<unknown>;

export function reuseCompiledWasm(): void {
  const instantiate = WebAssembly.instantiate.bind(WebAssembly) as Instantiate;
  let kept: { bytes: Buffer; module: WebAssembly.Module } | null = null;

  async function instantiateKept(source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports): Promise<unknown> {
    if (source instanceof WebAssembly.Module) return instantiate(source, imports);
    const bytes = ArrayBuffer.isView(source) ? Buffer.from(source.buffer, source.byteOffset, source.byteLength) : Buffer.from(source);
    if (bytes.byteLength < WORTH_KEEPING_BYTES) return instantiate(source, imports);
    if (!kept || !kept.bytes.equals(bytes)) kept = { bytes: Buffer.from(bytes), module: await WebAssembly.compile(bytes) };
    const module = kept.module;
    return { module, instance: await instantiate(module, imports) };
  }

  (WebAssembly as { instantiate: Instantiate }).instantiate = instantiateKept;
}

// The layers of src/ and what each may import, read with the TypeScript compiler's
// own import scanner (every import, export … from, import() and require):
// shared is imported by everyone and imports no other layer (nor Node's modules, as
// it also runs in the browser); the renderer imports only shared; nothing on the
// Node side imports the renderer. tsconfig.node.json / tsconfig.web.json keep the
// platform types apart; this keeps the dependencies apart.

import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const LAYERS = ['shared', 'main', 'preload', 'renderer', 'server', 'services', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

/** The layers each layer may import from (besides itself). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  shared: [],
  renderer: ['shared'],
  preload: ['shared'],
  main: ['shared', 'services', 'server'],
  server: ['shared', 'services'],
  services: ['shared'],
  cli: ['shared', 'services'],
};

/** Content the bundler inlines (projects/paths.json, stylesheets), not code of another layer. */
const DATA_FILE = /\.(json|css)$/;

/** Layers that also run in a browser, where Node's modules do not exist. */
const BROWSER_LAYERS: readonly Layer[] = ['shared', 'renderer'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mts)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(dir, file));
}

function layerOf(file: string): Layer | undefined {
  const first = path.relative(SRC, file).split(path.sep)[0];
  return LAYERS.find((layer) => layer === first);
}

interface Violation {
  file: string;
  imports: string;
  why: string;
}

/** What `file` (holding `text`) imports that its layer may not. */
function violationsIn(file: string, text: string): Violation[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const violations: Violation[] = [];
  for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
    const report = (why: string) => violations.push({ file: path.relative(SRC, file), imports: specifier, why });
    if (specifier.startsWith('.')) {
      const target = layerOf(path.resolve(path.dirname(file), specifier));
      if (target === undefined) {
        if (!DATA_FILE.test(specifier)) report('imports code from outside the layers of src/');
      }
      else if (target !== layer && !ALLOWED[layer].includes(target)) report(`${layer} may not import ${target}`);
    } else if (BROWSER_LAYERS.includes(layer) && (specifier.startsWith('node:') || builtinModules.includes(specifier))) {
      report(`${layer} also runs in the browser, where there is no ${specifier}`);
    }
  }
  return violations;
}

describe('layer boundaries', () => {
  it('every layer imports only what it may', () => {
    expect(sourceFiles(SRC).flatMap((file) => violationsIn(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the rule sees a forbidden import (shared → services, renderer → services, services → renderer)', () => {
    const cases: [folder: string, text: string][] = [
      ['shared', "import { x } from '../services/packs';"],
      ['renderer/deep', "export { y } from '../../services/host-services';"],
      ['services', "const z = await import('../renderer/host');"],
      ['shared', "import { readFile } from 'node:fs';"],
    ];
    const found = cases.flatMap(([folder, text]) => violationsIn(path.join(SRC, folder, 'probe.ts'), text).map((violation) => violation.why));
    expect(found).toEqual([
      'shared may not import services',
      'renderer may not import services',
      'services may not import renderer',
      'shared also runs in the browser, where there is no node:fs',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { OutputBatcher, OUTPUT_LIMIT_CHARS } from '../../src/shared/python/output-batcher';

function collect() {
  const sent: Array<[string, string]> = [];
  const batcher = new OutputBatcher((stream, text) => sent.push([stream, text]));
  batcher.reset();
  return { batcher, sent };
}

describe('output batcher', () => {
  it('sends a finished line at once, so a print before a long computation shows', () => {
    const { batcher, sent } = collect();
    batcher.add('stdout', 'hi\n');
    expect(sent).toEqual([['stdout', 'hi\n']]);
    batcher.add('stdout', 'working\n');
    expect(sent).toEqual([['stdout', 'hi\n'], ['stdout', 'working\n']]);
  });

  it('batches a flood of lines into few messages, in order, losing nothing below the cap', () => {
    const { batcher, sent } = collect();
    for (let i = 0; i < 10_000; i++) batcher.add('stdout', `${i}\n`);
    batcher.flush();
    expect(sent.length).toBeLessThan(100);
    const lines = sent.flatMap(([, text]) => text.split('\n').filter(Boolean));
    expect(lines).toEqual(Array.from({ length: 10_000 }, (_, i) => String(i)));
  });

  it('keeps stdout and stderr apart and in order', () => {
    const { batcher, sent } = collect();
    const writes = [['stdout', '>'], ['stdout', 'a'], ['stdout', 'b'], ['stderr', 'c'], ['stdout', 'd']] as const;
    for (const [stream, text] of writes) batcher.add(stream, text);
    batcher.flush();
    // The first write opens a batch at once; the rest arrive together, merged per stream.
    expect(sent).toEqual([['stdout', '>'], ['stdout', 'ab'], ['stderr', 'c'], ['stdout', 'd']]);
  });

  it('cuts output at the cap, counts what it dropped and says so once', () => {
    const { batcher, sent } = collect();
    let cuts = 0;
    batcher.onCut(() => cuts++);
    const line = `${'x'.repeat(999)}\n`;
    for (let i = 0; i < OUTPUT_LIMIT_CHARS / 1000 + 50; i++) batcher.add('stdout', line);
    batcher.flush();
    expect(sent.reduce((total, [, text]) => total + text.length, 0)).toBe(OUTPUT_LIMIT_CHARS);
    expect(batcher.droppedChars).toBe(50 * 1000);
    expect(cuts).toBe(1);
  });
});

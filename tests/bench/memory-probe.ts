/**
 * Run in a fresh process by the pipeline bench: loads one thing and prints what it added to the
 * JS heap and ArrayBuffers (after full GCs), as JSON. `node --expose-gc --import tsx memory-probe.ts WHAT`
 * with WHAT = stock | compact | glossary | compact+glossary.
 */
import { loadStockKuromoji } from '../helpers/stock-kuromoji';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';
import { loadNodeIpadic } from '../../src/tokenizer-host/node-dictionary';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const what = process.argv[2] ?? '';
// The parent compiles the compact IPADIC first, so this reads the cache. Nothing is loaded before
// the first measurement: a buffer dropped just before it may not be released yet and would hide the load.
const measure = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers, rss: m.rss };
};
const before = measure();
const keep: unknown[] = [];
if (what.includes('stock')) keep.push(await loadStockKuromoji());
if (what.includes('compact')) keep.push(await loadNodeIpadic());
if (what.includes('glossary')) keep.push(await loadNodeGlossary());
const after = measure();
process.stdout.write(
  JSON.stringify({
    heap: after.heap - before.heap,
    buffers: after.buffers - before.buffers,
    rss: after.rss - before.rss,
    kept: keep.length,
  }) + '\n',
);

import { readFileSync, readdirSync } from 'node:fs';
import { createAnnotator } from '/work/wt-glossary/src/analyzer/create-annotator';
import { loadNodeTokenizer } from '/work/wt-glossary/src/analyzer/node-dictionary';
import { loadNodeGlossary } from '/work/wt-glossary/src/dictionaries/load-glossary-node';
const dir = '/work/shared/eval-dev/';
const [tk, g] = await Promise.all([loadNodeTokenizer(), loadNodeGlossary()]);
const ann = createAnnotator(tk, g);
const counts = new Map<string, number>();
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  for (const s of JSON.parse(readFileSync(dir + f, 'utf8')).segments) {
    for (const t of ann(s.text).terms) {
      const key = `${t.source}\t${t.kind}\t${t.surface}\t${t.english}\t${(t.description ?? '').slice(0, 60)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
}
for (const [k, n] of [...counts].sort()) console.log(n + '\t' + k);

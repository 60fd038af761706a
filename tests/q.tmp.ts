import { loadNodeGlossary } from '../src/dictionaries/load-glossary-node';
import { loadNodeTokenizer } from '../src/analyzer/node-dictionary';
const g = await loadNodeGlossary(); const tk = await loadNodeTokenizer();
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(g.detectTerms(t, tk(t)).map(x=>[x.surface,x.english,x.kind,x.source,x.reading])));

// Runs the bundled examples and compares each headline contact with examples/expected.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Engine } from '../dist/core/engine.js';
import { readInputs } from '../dist/stages/01-ingest/index.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'examples');
const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8'));
const engine = new Engine();
const verbose = process.argv.includes('-v');
// Names are compared without accents: the article writes "Erdogan", the knowledge base "Erdoğan".
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
let ok = 0;
for await (const item of readInputs([path.join(root, 'articles')])) {
  if (item.kind !== 'input') { console.log('REJECTED', item.rejection); continue; }
  const rel = path.relative(path.join(root, 'articles'), item.input.origin.replace(/:\d+$/, ''));
  const exp = expected.find((e) => e.file === rel && (e.id === null || e.id === item.input.externalId));
  const out = engine.process(item.input);
  if (!out.ok) { console.log('REJECTED', out.rejection); continue; }
  const recs = engine.records(out.doc).filter((r) => r.kind === 'contact');
  const h = exp.headline;
  const match = recs.find((r) => h.participants.every((p) => r.contact.participants.some((a) => plain(a.name) === plain(p))) && r.date.value === h.date);
  const good = match && match.contact.mode === h.mode && [h.cameo].flat().includes(match.cameo) && (h.durationMinutes === null || match.contact.durationMinutes === h.durationMinutes);
  if (good) ok++;
  console.log(`${good ? 'OK  ' : 'FAIL'} ${rel}${item.input.externalId ? '#' + item.input.externalId : ''}: want ${h.participants.join('+')} ${h.date} ${h.mode} ${h.cameo} ${h.location ?? ''} ${h.durationMinutes ?? ''}`);
  if (!good || verbose) for (const r of recs) console.log(`     got ${r.cameo} ${r.date.value}(${r.date.text}) ${r.source.map((a) => a.name)} -> ${r.target.map((a) => a.name)} ${r.contact.mode} ${r.contact.location ?? ''} ${r.contact.durationMinutes ?? ''} [${r.rule}] s${r.evidence.map((e) => e.sentence)}`);
}
console.log(`${ok}/${expected.length} headline contacts`);

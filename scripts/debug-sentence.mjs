// Prints the tokens, mentions and events of one text: a rule author's view of the pipeline.
// Usage: node scripts/debug-sentence.mjs "Sentence text." [published YYYY-MM-DD]
import { Engine } from '../dist/core/engine.js';

const text = process.argv[2];
if (!text) {
  console.error('usage: node scripts/debug-sentence.mjs "Sentence." [YYYY-MM-DD]');
  process.exit(2);
}
const out = new Engine().process({ origin: 'debug', format: 'txt', content: text, fields: { published: process.argv[3] ?? '2019-01-01' } });
if (!out.ok) {
  console.error('rejected:', out.rejection.code, out.rejection.reason);
  process.exit(1);
}
const doc = out.doc;
console.log(doc.tokens.map((t) => `${t.text}/${t.pos}`).join(' '));
for (const m of doc.mentions) console.log('mention', JSON.stringify(m.text), m.type, m.actors.map((a) => a.code ?? a.name).join(','));
for (const e of doc.events) console.log('event', JSON.stringify(e).slice(0, 400));

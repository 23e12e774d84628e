// Prints the cross-check of the knowledge base against ../shared/data/state_dept_leader_travel.
// Usage: node scripts/kb-crosscheck.mjs [--since 1980-01-01] [--show N]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crossCheckTravel, loadKnowledgeBase } from '../dist/kb/index.js';
import { dataPath } from '../dist/resources.js';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const shared = process.env.READOUT_SHARED ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'shared');
const file = path.join(shared, 'data', 'state_dept_leader_travel', 'state_dept_leader_travel.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const kb = loadKnowledgeBase(dataPath('kb'));
const report = crossCheckTravel(kb, records, arg('--since', '1980-01-01'));
console.log(`agreement ${report.agreed}/${report.total} = ${(report.rate * 100).toFixed(1)}% (${kb.version})`);
const byDecade = {};
for (const c of report.cases) { const d = c.date.slice(0, 3) + '0s'; byDecade[d] ??= [0, 0]; byDecade[d][1]++; if (c.agreed) byDecade[d][0]++; }
for (const [d, [a, t]] of Object.entries(byDecade).sort()) console.log(`  ${d}: ${a}/${t} = ${(a / t * 100).toFixed(1)}%`);
if (Object.keys(report.unknownCountries).length) console.log('countries not in the KB:', report.unknownCountries);
const show = Number(arg('--show', 40));
for (const c of report.cases.filter((x) => !x.agreed).slice(0, show)) console.log(`  ✗ ${c.date} ${c.country} ${c.title} ${c.name} — KB: ${c.kbHolders.join(', ') || 'nobody'} [${c.record}]`);

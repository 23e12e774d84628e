import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { Engine } from '../core/engine.js';
import { ingest, type IngestSummary } from '../core/ingest.js';
import { resolvePhrase, searchKnowledgeBase } from '../core/kb-query.js';
import { ALL_KINDS } from '../core/records.js';
import { checkKnowledgeBase } from '../kb/index.js';
import { loadResources } from '../pipeline/presets.js';
import { packageVersion } from '../core/versions.js';
import { describeError, isReadoutError, ReadoutError, type RecordKind } from '../model/index.js';
import { detectFormat, evaluateConfliBert, evaluateMultiRater, evaluatePetrarch, readJsonl, type ConfliBertRecord, type MultiRaterRecord, type PetrarchRecord, type Split } from '../eval/index.js';
import { dataPath } from '../resources.js';
import { countInputs, normalizePublishedDate, readInputs } from '../stages/01-ingest/index.js';
import { openStore, type EventFilter } from '../store/index.js';
import { contactTable, eventTable, formatConfliBert, formatMultiRater, formatPetrarch, recordTable, summaryLine } from './format.js';
import { createProgress } from './progress.js';

const DEFAULT_DB = 'readout.db';
const DEFAULT_LIMIT = 50;

function parseDay(value: string): string {
  const d = normalizePublishedDate(value);
  if (!d) throw new InvalidArgumentError(`"${value}" is not a date; use YYYY-MM-DD (e.g. 2022-03-07)`);
  return d;
}

function parsePeriod(value: string): string {
  if (/^\d{4}$/.test(value) || /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  return parseDay(value);
}

function parseKinds(value: string): RecordKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(ALL_KINDS as readonly string[]).includes(k));
  if (bad.length > 0) throw new InvalidArgumentError(`unknown kind ${bad.join(', ')}; choose from ${ALL_KINDS.join(', ')}`);
  return kinds as RecordKind[];
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a count; use a whole number (0 means all)`);
  return n;
}

function parseBytes(value: string): number {
  const m = /^(\d+)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size; use e.g. 16m or 500k`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

function printRejections(summary: { rejections: readonly { origin: string; code: string; reason: string; hint?: string }[] }): void {
  for (const r of summary.rejections) {
    process.stderr.write(`rejected ${r.origin}: ${r.code} ${r.reason}${r.hint ? ` (next: ${r.hint})` : ''}\n`);
  }
}

async function runIngest(paths: string[], opts: { db: string; published?: string; json?: boolean; strict?: boolean; maxArticleBytes?: number }): Promise<IngestSummary> {
  const engine = new Engine({ defaults: opts.published ? { published: opts.published } : {} });
  const store = await openStore(opts.db);
  try {
    const total = await countInputs(paths);
    const progress = createProgress(total, 'ingest', !opts.json && Boolean(process.stderr.isTTY));
    const summary = await ingest(paths, engine, store, {
      read: { maxArticleBytes: opts.maxArticleBytes },
      onProgress: (s, origin) => progress.update(s.read, origin),
    });
    progress.stop();
    return summary;
  } finally {
    await store.close();
  }
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('readout')
    .description('Readout turns news articles into a checkable ledger of diplomatic contacts and political events: who talked to whom, when, for how long, at whose request — coded in CAMEO and PLOVER, with the evidence sentence for each.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // Set before the subcommands are added, so they inherit it: usage errors exit 2, not 1.
    .exitOverride()
    .configureHelp({ sortSubcommands: false })
    .addHelpText(
      'after',
      `
Quick start:
  $ readout demo                                  ingest the bundled examples into readout.db and print the contact ledger
  $ readout ingest articles/ feed.jsonl           add your own articles (folders, .txt, .html, .jsonl, - for stdin)
  $ readout events --actor Putin --kind contact   list contacts involving Putin
  $ readout extract article.txt --published 2022-03-07   JSON Lines for one article, no database
  $ readout kb resolve "the French president" --date 2010-05-01   who held an office on a date

Exit codes: 0 success; 1 some inputs were rejected (extract, or ingest --strict); 2 usage or setup error.
Every error has a code (RD0xx) and says what to do next.`,
    );

  program
    .command('ingest')
    .summary('add articles to the ledger (skips articles it already has)')
    .description('Reads articles from files, folders (recursively), .jsonl batches and stdin (-), extracts events and contacts, and writes each article with its records to the ledger in one transaction. Articles are identified by a hash of their content, so ingesting the same article again adds nothing.')
    .argument('<paths...>', '.txt, .html or .jsonl files (optionally .gz), folders, or - for stdin')
    .option('--db <file>', 'SQLite ledger file', DEFAULT_DB)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none', parseDay)
    .option('--json', 'print the summary as JSON on stdout')
    .option('--strict', 'exit with code 1 when any input is rejected')
    .addOption(new Option('--max-article-bytes <size>', 'largest article accepted (e.g. 16m)').argParser(parseBytes))
    .addHelpText('after', `
Examples:
  $ readout ingest ../shared/data/news/guardian-ukraine-2022/articles.jsonl
  $ readout ingest --db ledger.db --published 2022-03-07 article.txt
  $ curl -s https://example.org/story.html | readout ingest -

Each .jsonl line is an object with "text" and optionally "id", "published" (or "date"), "title", "url", "source".
Text files may start with front matter (--- / title: … / published: YYYY-MM-DD / outlet: … / ---).
Rejected inputs (empty, binary, malformed lines…) are listed with a reason and kept in the ledger's
rejection list; the rest of the batch always goes through.`)
    .action(async (paths: string[], opts: { db: string; published?: string; json?: boolean; strict?: boolean; maxArticleBytes?: number }) => {
      const started = Date.now();
      const summary = await runIngest(paths, opts);
      const seconds = (Date.now() - started) / 1000;
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...summary, seconds, db: opts.db })}\n`);
      } else {
        printRejections(summary);
        process.stderr.write(`ingested into ${opts.db} in ${seconds.toFixed(1)} s: ${summaryLine(summary)}\n`);
      }
      if (opts.strict && summary.rejected > 0) process.exitCode = 1;
    });

  program
    .command('extract')
    .summary('print the records of articles as JSON Lines (no database)')
    .description('Runs the whole pipeline without a database and prints one JSON record per line on stdout: events and contacts (with CAMEO/PLOVER codes, actors, date, status, evidence and the rule behind each). Diagnostics go to stderr. The output format is a stable contract (docs/ARCHITECTURE.md).')
    .argument('<files...>', '.txt, .html or .jsonl files, folders, or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none', parseDay)
    .option('--kinds <list>', `which records to print: ${ALL_KINDS.join(',')}`, parseKinds)
    .addOption(new Option('--format <format>', 'jsonl (the contract) or table (for people)').choices(['jsonl', 'table']).default('jsonl'))
    .option('--explain', 'add an "explain" list to each record: every rule that contributed, with its reason')
    .addOption(new Option('--max-article-bytes <size>', 'largest article accepted (e.g. 16m)').argParser(parseBytes))
    .addHelpText('after', `
Examples:
  $ readout extract article.txt --published 2022-03-07
  $ readout extract batch.jsonl --kinds contact --format table
  $ readout extract page.html --explain | jq '.explain'

Exit code 0 when every input was processed; 1 when some were rejected (each is named on stderr).`)
    .action(async (files: string[], opts: { published?: string; kinds?: RecordKind[]; format: 'jsonl' | 'table'; explain?: boolean; maxArticleBytes?: number }) => {
      const engine = new Engine({ defaults: opts.published ? { published: opts.published } : {} });
      const kinds = new Set<RecordKind>(opts.kinds ?? ALL_KINDS);
      let rejected = 0;
      for await (const item of readInputs(files, { maxArticleBytes: opts.maxArticleBytes })) {
        const outcome = item.kind === 'input' ? engine.process(item.input) : { ok: false as const, rejection: item.rejection };
        if (!outcome.ok) {
          rejected++;
          const r = outcome.rejection;
          process.stderr.write(`rejected ${r.origin}: ${r.code} ${r.reason}${r.hint ? ` (next: ${r.hint})` : ''}\n`);
          continue;
        }
        const doc = outcome.doc;
        const records = engine.records(doc, kinds);
        if (opts.format === 'table') {
          process.stdout.write(`${doc.article.id}  ${doc.article.meta.title ?? doc.article.origin}  (published ${doc.article.meta.published ?? 'unknown'})\n`);
          process.stdout.write(records.length > 0 ? `${recordTable(records)}\n\n` : '  no records\n\n');
          continue;
        }
        const explain = opts.explain ? new Map(doc.events.map((e) => [e.id, e.provenance])) : null;
        for (const r of records) {
          const line = explain ? { ...r, explain: explain.get(r.id) ?? [] } : r;
          process.stdout.write(`${JSON.stringify(line)}\n`);
        }
      }
      if (rejected > 0) process.exitCode = 1;
    });

  program
    .command('events')
    .summary('list events and contacts from the ledger')
    .description('Lists events from the ledger, oldest first, filtered by actor, dyad, kind and period.')
    .option('--db <file>', 'SQLite ledger file', DEFAULT_DB)
    .option('--actor <actor>', 'an actor: name (or part of it), KB id, CAMEO code (FRAGOV) or country (FRA)')
    .option('--with <actor>', 'a second actor in the same event (a dyad), same forms as --actor')
    .addOption(new Option('--kind <kind>', 'only this kind of record').choices(['event', 'contact']))
    .option('--since <date>', 'events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', parsePeriod)
    .option('--until <date>', 'events on or before this date', parsePeriod)
    .option('--limit <n>', `at most n events (0 = all)`, parseLimit, DEFAULT_LIMIT)
    .option('--json', 'print JSON Lines (the extract record of each event, plus its article)')
    .addHelpText('after', `
Examples:
  $ readout events --kind contact
  $ readout events --actor Macron --with Putin --since 2022-02-24
  $ readout events --actor RUS --kind event --json --limit 0 > russia.jsonl`)
    .action(async (opts: { db: string; actor?: string; with?: string; kind?: RecordKind; since?: string; until?: string; limit: number; json?: boolean }) => {
      const store = await openStore(opts.db);
      try {
        const filter: EventFilter = { actor: opts.actor, with: opts.with, kind: opts.kind, since: opts.since, until: opts.until, limit: opts.limit === 0 ? 0 : opts.limit + 1 };
        const rows = await store.listEvents(filter);
        const truncated = opts.limit > 0 && rows.length > opts.limit;
        const shown = truncated ? rows.slice(0, opts.limit) : rows;
        if (opts.json) {
          for (const e of shown) process.stdout.write(`${JSON.stringify({ ...e.record, articleInfo: e.article })}\n`);
        } else if (shown.length === 0) {
          process.stderr.write(`no events match in ${opts.db}${(await store.counts()).articles === 0 ? ' (the ledger is empty: run `readout ingest PATH` or `readout demo` first)' : ''}\n`);
        } else {
          const onlyContacts = shown.every((e) => e.record.kind === 'contact');
          process.stdout.write(`${onlyContacts ? contactTable(shown) : eventTable(shown)}\n`);
        }
        if (truncated) process.stderr.write(`showing the first ${opts.limit}; use --limit 0 for all\n`);
      } finally {
        await store.close();
      }
    });

  program
    .command('rejected')
    .summary('list inputs the ledger rejected, with the reason')
    .option('--db <file>', 'SQLite ledger file', DEFAULT_DB)
    .option('--json', 'print JSON Lines')
    .action(async (opts: { db: string; json?: boolean }) => {
      const store = await openStore(opts.db);
      try {
        const rows = await store.listRejections();
        for (const r of rows) process.stdout.write(opts.json ? `${JSON.stringify(r)}\n` : `${r.at}  ${r.code}  ${r.origin}: ${r.reason}\n`);
        if (!opts.json && rows.length === 0) process.stderr.write('no rejected inputs\n');
      } finally {
        await store.close();
      }
    });

  program
    .command('eval')
    .summary('score extraction against a gold file (ConfliBERT, multi-rater CAMEO, PETRARCH2 suite)')
    .description('Runs the extractor over the sentences of a gold JSON Lines file and scores its primary event: the five-way CAMEO class (precision, recall, F1 per class, macro-F1, confusion matrix) and source/target spans (overlap F1) for ConfliBERT records; agreement with the coders\' majority CAMEO root for multi-rater records. One record in five (by a hash of its id) is a fixed holdout: --split holdout scores it without ever printing its sentences.')
    .argument('<gold>', 'a gold .jsonl file (format detected from its fields)')
    .addOption(new Option('--split <split>', 'which records: dev (4 in 5), holdout (1 in 5, never printed), all').choices(['dev', 'holdout', 'all']).default('dev'))
    .option('--errors <n>', 'how many errors to print with their evidence (dev and all only)', parseLimit, 15)
    .option('--json', 'print the scores as JSON')
    .addHelpText('after', `
Examples:
  $ readout eval ../shared/data/conflibert_cameo/conflibert_cameo.train.jsonl
  $ readout eval ../shared/data/conflibert_cameo/conflibert_cameo.train.jsonl --split holdout
  $ readout eval ../shared/data/conflibert_cameo/cameo_rawannotations_multirater.jsonl --split all
  $ readout eval ../shared/data/petrarch2-suite/dev.jsonl        (the suite's pass rule; it needs its own dictionaries)`)
    .action((gold: string, opts: { split: Split; errors: number; json?: boolean }) => {
      const records = readJsonl<Record<string, unknown>>(gold);
      if (records.length === 0) throw new ReadoutError('RD002', `${gold} holds no records`, 'pass a gold JSON Lines file');
      const engine = new Engine();
      const format = detectFormat(records[0]!);
      const showErrors = opts.split === 'holdout' ? 0 : opts.errors;
      if (format === 'conflibert') {
        const r = evaluateConfliBert(engine, records as unknown as ConfliBertRecord[], opts.split);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ format, ...r, errors: r.errors.slice(0, showErrors) })}\n`);
          return;
        }
        process.stdout.write(formatConfliBert(r, showErrors));
      } else if (format === 'petrarch') {
        const r = evaluatePetrarch(engine, records as unknown as PetrarchRecord[]);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ format, ...r, failures: r.failures.slice(0, showErrors) })}\n`);
          return;
        }
        process.stdout.write(formatPetrarch(r, showErrors));
      } else {
        const r = evaluateMultiRater(engine, records as unknown as MultiRaterRecord[], opts.split);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ format, ...r, errors: r.errors.slice(0, showErrors) })}\n`);
          return;
        }
        process.stdout.write(formatMultiRater(r, showErrors));
      }
    });

  const kb = program
    .command('kb')
    .summary('query and check the knowledge base (who held which office when)')
    .description('The knowledge base behind actor resolution: states, organisations, and office-holders with dated terms.');

  kb.command('resolve')
    .summary('who a phrase names on a date, and why')
    .description('Resolves a phrase exactly as articles are read: a name ("Putin"), an office ("the French president", "Kenya\'s foreign minister") or a seat of government ("the Kremlin"), on a date.')
    .argument('<phrase>', 'the words to resolve, e.g. "the French president"')
    .option('--date <date>', 'the date to resolve on (YYYY-MM-DD); default today', parseDay)
    .option('--country <country>', 'the country a bare office belongs to ("the president"): ISO-3 code or name')
    .option('--json', 'print JSON: name, id, country, role, kind, code, title, term, reason')
    .addHelpText('after', `
Examples:
  $ readout kb resolve "the French president" --date 2010-05-01
  $ readout kb resolve "the prime minister" --country GBR --date 2019-08-01 --json
  $ readout kb resolve "Kenya's foreign minister" --date 2015-06-01`)
    .action((phrase: string, opts: { date?: string; country?: string; json?: boolean }) => {
      const engine = new Engine();
      const date = opts.date ?? new Date().toISOString().slice(0, 10);
      const r = resolvePhrase(engine, phrase, date, opts.country ?? null);
      if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
      else if (r.name === null) process.stdout.write(`"${phrase}" on ${date}: not resolved (${r.reason})\n`);
      else {
        process.stdout.write(`"${phrase}" on ${date}: ${r.name}${r.id ? ` [${r.id}]` : ''}, ${r.kind}${r.country ? `, ${r.country}` : ''}${r.code ? `, ${r.code}` : ''}${r.role ? `, ${r.role}` : ''}\n`);
        if (r.term) process.stdout.write(`  ${r.title ?? r.role} ${r.term.from}..${r.term.until ?? 'now'}\n`);
        process.stdout.write(`  why: ${r.reason}\n`);
      }
      if (r.name === null) process.exitCode = 1;
    });

  kb.command('search')
    .summary('find people, states and organisations by name')
    .argument('<name>', 'part of a name or alias (accents and case ignored)')
    .option('--limit <n>', 'at most n entries', parseLimit, 20)
    .option('--json', 'print JSON Lines')
    .action((name: string, opts: { limit: number; json?: boolean }) => {
      const hits = searchKnowledgeBase(loadResources().kb, name, opts.limit === 0 ? Infinity : opts.limit);
      for (const h of hits) process.stdout.write(opts.json ? `${JSON.stringify(h)}\n` : `${h.type.padEnd(12)} ${h.id.padEnd(28)} ${h.name}\n             ${h.detail}\n`);
      if (hits.length === 0) {
        process.stderr.write(`nothing in the knowledge base matches "${name}"\n`);
        process.exitCode = 1;
      }
    });

  kb.command('check')
    .summary('consistency checks: dates in order, no overlapping terms for one office, known countries')
    .option('--json', 'print JSON Lines')
    .action((opts: { json?: boolean }) => {
      const k = loadResources().kb;
      const issues = checkKnowledgeBase(k);
      for (const i of issues) process.stdout.write(opts.json ? `${JSON.stringify(i)}\n` : `${i.level.padEnd(7)} ${i.check}: ${i.message}\n`);
      const errors = issues.filter((i) => i.level === 'error').length;
      process.stderr.write(`${k.people.length} people, ${k.countries.length} states, ${k.organizations.length} organisations (${k.version}): ${errors} errors, ${issues.length - errors} warnings\n`);
      if (errors > 0) process.exitCode = 1;
    });

  program
    .command('demo')
    .summary('ingest the bundled example articles and print the contact ledger')
    .description('Ingests the example articles that ship with readout (examples/articles: real diplomatic contacts of 2015–2023, written for readout) into the ledger and prints every contact found.')
    .option('--db <file>', 'SQLite ledger file', DEFAULT_DB)
    .action(async (opts: { db: string }) => {
      const examples = dataPath('..', 'examples', 'articles');
      const summary = await runIngest([examples], { db: opts.db });
      printRejections(summary);
      process.stdout.write(`Ingested the example articles into ${opts.db}: ${summaryLine(summary)}.\n\n`);
      const store = await openStore(opts.db);
      try {
        const contacts = await store.listEvents({ kind: 'contact' });
        process.stdout.write(`Contact ledger (${contacts.length} contacts)\n\n${contactTable(contacts)}\n\n`);
        process.stdout.write(`Next:\n  readout events --actor Putin              every event involving Putin\n  readout events --actor Biden --with Xi    one dyad\n  readout events --kind contact --json      JSON Lines for scripts\n  readout extract FILE --format table       try an article of your own\n`);
      } finally {
        await store.close();
      }
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`readout: ${describeError(e)}\n`);
    process.exitCode = isReadoutError(e) ? 2 : 3;
  }
}
